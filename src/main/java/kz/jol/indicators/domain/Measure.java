package kz.jol.indicators.domain;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A computed figure before it is shown: numerator, denominator and value, and the same for its
 * parts (a breakdown by domain or organisation). A {@code null} numerator, denominator or value
 * is hidden (small cells) or does not apply (a count has no denominator).
 *
 * @param unit what the value is
 * @param numerator a share's or a count's numerator; null for a median
 * @param denominator a share's denominator, or how many values a median was taken over; null for
 *     a count
 * @param value the share (0..1, three places), the count, or the median in days (one place)
 * @param persons whether the counts are persons or their events (then small ones are hidden);
 *     false for things that are not persons (police prevention measures)
 * @param parts the breakdown, each with a group ("domain", "organisation") and a key
 */
public record Measure(Unit unit, Long numerator, Long denominator, Double value, boolean persons,
    List<Part> parts) {

  /**
   * One line of a breakdown.
   *
   * @param group what the key is: {@code domain}, {@code organisation}
   * @param key the domain's code or the organisation's id
   * @param numerator as the measure's
   * @param denominator as the measure's
   * @param value as the measure's
   */
  public record Part(String group, String key, Long numerator, Long denominator, Double value) {}

  public Measure {
    Objects.requireNonNull(unit, "unit");
    parts = parts == null ? List.of() : List.copyOf(parts);
  }

  /** A count of persons or their events. */
  public static Measure count(long n) {
    return new Measure(Unit.COUNT, n, null, (double) n, true, List.of());
  }

  /** A count of things that are not persons: never hidden. */
  public static Measure countOfThings(long n) {
    return new Measure(Unit.COUNT, n, null, (double) n, false, List.of());
  }

  /** numerator / denominator; no value when the denominator is 0. */
  public static Measure share(long numerator, long denominator) {
    if (numerator < 0 || denominator < 0 || numerator > denominator) {
      throw new IllegalArgumentException(
          "a share needs 0 <= numerator <= denominator: " + numerator + "/" + denominator);
    }
    return new Measure(Unit.SHARE, numerator, denominator, ratio(numerator, denominator), true,
        List.of());
  }

  /** The median of the days measured, over how many there were. */
  public static Measure medianDays(Collection<? extends Number> days) {
    var median = Median.of(days);
    return new Measure(Unit.DAYS, null, (long) days.size(),
        median.isPresent() ? Math.round(median.getAsDouble() * 10.0) / 10.0 : null, true,
        List.of());
  }

  /** The same measure with a breakdown. */
  public Measure withParts(List<Part> parts) {
    return new Measure(unit, numerator, denominator, value, persons, parts);
  }

  /** A share rounded to three places; null when the denominator is 0. */
  public static Double ratio(long numerator, long denominator) {
    return denominator == 0 ? null : Math.round(1000.0 * numerator / denominator) / 1000.0;
  }
}
