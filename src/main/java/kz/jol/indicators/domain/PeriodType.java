package kz.jol.indicators.domain;

/** The lengths of a reporting period. */
public enum PeriodType {
  MONTH(1),
  QUARTER(3),
  HALF_YEAR(6),
  YEAR(12);

  private final int months;

  PeriodType(int months) {
    this.months = months;
  }

  /** How many months a period of this type covers. */
  public int months() {
    return months;
  }

  /** How many periods of this type a year has. */
  public int perYear() {
    return 12 / months;
  }
}
