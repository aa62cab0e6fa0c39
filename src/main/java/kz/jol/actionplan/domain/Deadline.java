package kz.jol.actionplan.domain;

import java.time.LocalDate;
import java.time.Month;

/**
 * A measure's deadline as plans write it: a quarter of a year («2 квартал 2017 года»), a
 * half-year, a year, or a span of years («2017 – 2019 годы»). What counts is the last day it
 * allows: a measure not done by then is overdue.
 *
 * @param kind which of the four
 * @param year the year, or the first year of a span
 * @param part the quarter (1-4) or the half (1-2); 0 for a year or a span
 * @param toYear the last year of a span; 0 otherwise
 */
public record Deadline(Kind kind, int year, int part, int toYear) {

  /** The shapes a plan's deadline takes. */
  public enum Kind { QUARTER, HALF_YEAR, YEAR, SPAN }

  public Deadline {
    if (kind == null) {
      throw new IllegalArgumentException("a deadline needs its kind");
    }
    if (year < 2000 || year > 2100) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    boolean valid = switch (kind) {
      case QUARTER -> part >= 1 && part <= 4 && toYear == 0;
      case HALF_YEAR -> part >= 1 && part <= 2 && toYear == 0;
      case YEAR -> part == 0 && toYear == 0;
      case SPAN -> part == 0 && toYear > year && toYear <= 2100;
    };
    if (!valid) {
      throw new IllegalArgumentException("not a " + kind + ": part " + part + ", to " + toYear);
    }
  }

  public static Deadline quarter(int year, int quarter) {
    return new Deadline(Kind.QUARTER, year, quarter, 0);
  }

  public static Deadline halfYear(int year, int half) {
    return new Deadline(Kind.HALF_YEAR, year, half, 0);
  }

  public static Deadline year(int year) {
    return new Deadline(Kind.YEAR, year, 0, 0);
  }

  public static Deadline span(int fromYear, int toYear) {
    return new Deadline(Kind.SPAN, fromYear, 0, toYear);
  }

  /** The first day the deadline's period covers. */
  public LocalDate firstDay() {
    return switch (kind) {
      case QUARTER -> LocalDate.of(year, (part - 1) * 3 + 1, 1);
      case HALF_YEAR -> LocalDate.of(year, part == 1 ? 1 : 7, 1);
      case YEAR, SPAN -> LocalDate.of(year, 1, 1);
    };
  }

  /** The last day the deadline allows: the end of its quarter, half-year, year or span. */
  public LocalDate lastDay() {
    return switch (kind) {
      case QUARTER -> LocalDate.of(year, part * 3, 1).withDayOfMonth(
          Month.of(part * 3).length(java.time.Year.isLeap(year)));
      case HALF_YEAR -> part == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
      case YEAR -> LocalDate.of(year, 12, 31);
      case SPAN -> LocalDate.of(toYear, 12, 31);
    };
  }

  /** Whether a measure with this deadline and not done is overdue on the given day. */
  public boolean passedOn(LocalDate day) {
    return day.isAfter(lastDay());
  }

  /** The deadline in Russian, as decrees write it: «2 квартал 2017 года», «2017 – 2019 годы». */
  public String russian() {
    return switch (kind) {
      case QUARTER -> part + " квартал " + year + " года";
      case HALF_YEAR -> part + " полугодие " + year + " года";
      case YEAR -> year + " год";
      case SPAN -> year + " – " + toYear + " годы";
    };
  }

  /** The deadline in Kazakh: «2017 жылғы 2-тоқсан», «2017 – 2019 жылдар». */
  public String kazakh() {
    return switch (kind) {
      case QUARTER -> year + " жылғы " + part + "-тоқсан";
      case HALF_YEAR -> year + " жылғы " + part + "-жартыжылдық";
      case YEAR -> year + " жыл";
      case SPAN -> year + " – " + toYear + " жылдар";
    };
  }

  /** The deadline in English: "Q2 2017", "H1 2018", "2017", "2017–2019". */
  public String english() {
    return switch (kind) {
      case QUARTER -> "Q" + part + " " + year;
      case HALF_YEAR -> "H" + part + " " + year;
      case YEAR -> String.valueOf(year);
      case SPAN -> year + "–" + toYear;
    };
  }
}
