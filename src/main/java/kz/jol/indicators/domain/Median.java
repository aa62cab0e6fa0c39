package kz.jol.indicators.domain;

import java.util.Collection;
import java.util.OptionalDouble;

/** The median of a list of whole numbers (days). */
public final class Median {

  private Median() {}

  /**
   * The middle value of the sorted values, or the mean of the two middle ones when there is an
   * even number of them; empty for no values.
   */
  public static OptionalDouble of(Collection<? extends Number> values) {
    long[] sorted = values.stream().mapToLong(Number::longValue).sorted().toArray();
    int n = sorted.length;
    if (n == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(n % 2 == 1 ? sorted[n / 2]
        : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0);
  }
}
