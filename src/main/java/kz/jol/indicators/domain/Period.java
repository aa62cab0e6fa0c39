package kz.jol.indicators.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a month, a quarter, a half-year or a year of the calendar, written
 * {@code 2026-07}, {@code 2026-Q3}, {@code 2026-H1} or {@code 2026}.
 *
 * @param type its length
 * @param year the calendar year
 * @param index which one of the year, from 1 (always 1 for a year)
 */
public record Period(PeriodType type, int year, int index) implements Comparable<Period> {

  /** The earliest and latest years a period may name. */
  public static final int FIRST_YEAR = 2000;

  public static final int LAST_YEAR = 2100;

  private static final Pattern FORMAT =
      Pattern.compile("(\\d{4})(?:-(?:(\\d{2})|Q([1-4])|H([12])))?");

  public Period {
    Objects.requireNonNull(type, "type");
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    if (index < 1 || index > type.perYear()) {
      throw new IllegalArgumentException(type + " " + index + " does not exist");
    }
  }

  /**
   * Reads {@code 2026}, {@code 2026-H1}, {@code 2026-Q3} or {@code 2026-07}; empty for anything
   * else (a thirteenth month, a fifth quarter, a year out of range, lower-case letters).
   */
  public static Optional<Period> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = FORMAT.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      return Optional.empty();
    }
    if (m.group(2) != null) {
      int month = Integer.parseInt(m.group(2));
      return month >= 1 && month <= 12
          ? Optional.of(new Period(PeriodType.MONTH, year, month)) : Optional.empty();
    }
    if (m.group(3) != null) {
      return Optional.of(new Period(PeriodType.QUARTER, year, Integer.parseInt(m.group(3))));
    }
    if (m.group(4) != null) {
      return Optional.of(new Period(PeriodType.HALF_YEAR, year, Integer.parseInt(m.group(4))));
    }
    return Optional.of(new Period(PeriodType.YEAR, year, 1));
  }

  /** The period of the type that contains the day. */
  public static Period containing(PeriodType type, LocalDate day) {
    return new Period(type, day.getYear(), (day.getMonthValue() - 1) / type.months() + 1);
  }

  /** The first day. */
  public LocalDate first() {
    return LocalDate.of(year, (index - 1) * type.months() + 1, 1);
  }

  /** The last day, included. */
  public LocalDate last() {
    return first().plusMonths(type.months()).minusDays(1);
  }

  /** Whether the day lies in the period. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(first()) && !day.isAfter(last());
  }

  /** The period of the same type just before this one. */
  public Period previous() {
    return index > 1 ? new Period(type, year, index - 1)
        : new Period(type, year - 1, type.perYear());
  }

  @Override
  public int compareTo(Period other) {
    return first().compareTo(other.first()) != 0 ? first().compareTo(other.first())
        : Integer.compare(type.months(), other.type.months());
  }

  /** The period as it is written: {@code 2026-07}, {@code 2026-Q3}, {@code 2026-H1}, {@code 2026}. */
  @Override
  public String toString() {
    return switch (type) {
      case MONTH -> "%d-%02d".formatted(year, index);
      case QUARTER -> year + "-Q" + index;
      case HALF_YEAR -> year + "-H" + index;
      case YEAR -> Integer.toString(year);
    };
  }
}
