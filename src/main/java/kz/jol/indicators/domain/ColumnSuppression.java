package kz.jol.indicators.domain;

/**
 * Hides the small counts of one figure across the parts of a territory and in the whole: a part
 * or a whole from 1 to {@code threshold - 1}, or one already hidden for another reason (the
 * caller's: e.g. the persons not found are a small number), is hidden; and then, while exactly
 * one part is hidden, the smallest other non-zero part too — otherwise the whole minus the shown
 * parts would give it back. Where no other part can be hidden, the whole is hidden instead; and a
 * hidden whole whose parts are all shown has its smallest non-zero part hidden, or the parts
 * would add up to it. Zeros stay visible unless the caller hid them.
 *
 * <p>The parts must add up to the whole; a remainder no part shows (what is filed at the whole
 * itself) is passed as one more part, so that it protects nothing it might not.
 */
public final class ColumnSuppression {

  private ColumnSuppression() {}

  /**
   * What to hide.
   *
   * @param parts for each part, whether it is hidden
   * @param whole whether the whole is hidden
   */
  public record Hidden(boolean[] parts, boolean whole) {}

  /**
   * @param parts the counts of the parts, adding up to {@code whole}
   * @param partsHidden parts the caller hides already (same length), or null
   * @param whole the count of the whole
   * @param wholeHidden whether the caller hides the whole already
   * @param threshold the smallest count that may be shown
   */
  public static Hidden suppress(long[] parts, boolean[] partsHidden, long whole,
      boolean wholeHidden, int threshold) {
    if (partsHidden != null && partsHidden.length != parts.length) {
      throw new IllegalArgumentException("one flag per part");
    }
    long sum = 0;
    boolean[] hidden = new boolean[parts.length];
    for (int i = 0; i < parts.length; i++) {
      if (parts[i] < 0) {
        throw new IllegalArgumentException("a count cannot be negative: " + parts[i]);
      }
      sum += parts[i];
      hidden[i] = (partsHidden != null && partsHidden[i]) || small(parts[i], threshold);
    }
    if (parts.length > 0 && sum != whole) {
      throw new IllegalArgumentException("the parts add up to " + sum + ", not " + whole);
    }
    boolean wholeGone = wholeHidden || small(whole, threshold);
    boolean changed = true;
    while (changed) {
      changed = false;
      int count = 0;
      for (boolean h : hidden) {
        count += h ? 1 : 0;
      }
      if (count == 1 && !wholeGone) {
        int other = smallestShownNonZero(parts, hidden);
        if (other >= 0) {
          hidden[other] = true;
        } else {
          wholeGone = true;
        }
        changed = true;
      } else if (count == 0 && wholeGone) {
        int other = smallestShownNonZero(parts, hidden);
        if (other >= 0) {
          hidden[other] = true;
          changed = true;
        }
      }
    }
    return new Hidden(hidden, wholeGone);
  }

  /** A count from 1 to {@code threshold - 1}: few enough to point at a person. */
  public static boolean small(long count, int threshold) {
    return count > 0 && count < threshold;
  }

  private static int smallestShownNonZero(long[] parts, boolean[] hidden) {
    int smallest = -1;
    for (int i = 0; i < parts.length; i++) {
      if (!hidden[i] && parts[i] > 0 && (smallest < 0 || parts[i] < parts[smallest])) {
        smallest = i;
      }
    }
    return smallest;
  }
}
