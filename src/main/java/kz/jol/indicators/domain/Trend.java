package kz.jol.indicators.domain;

/** How a figure moved against the previous period, read through the indicator's direction. */
public enum Trend {
  BETTER,
  WORSE,
  SAME,
  /** The indicator has no good direction, or a value is missing (hidden, no data, no cases). */
  NONE;

  /**
   * The trend from {@code previous} to {@code current}.
   *
   * @param current this period's value, or null
   * @param previous the previous period's value, or null
   */
  public static Trend of(Direction direction, Double current, Double previous) {
    if (current == null || previous == null || direction == Direction.NEUTRAL) {
      return NONE;
    }
    int c = Double.compare(current, previous);
    if (c == 0) {
      return SAME;
    }
    return (c > 0) == (direction == Direction.HIGHER_IS_BETTER) ? BETTER : WORSE;
  }
}
