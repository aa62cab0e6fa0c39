package kz.jol.actionplan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A reporting half-year. Decree No. 912, item 2.2: executors report «раз в полугодие не позднее
 * 10 числа месяца, следующего за отчетным полугодием» — by 10 July for the first half, by
 * 10 January of the next year for the second. The decree does not move the day when it falls on
 * a day off, so neither does Jol: a report filed on the 10th is on time, on the 11th late.
 *
 * @param year the year
 * @param half 1 (January–June) or 2 (July–December)
 */
public record HalfYear(int year, int half) implements Comparable<HalfYear> {

  /** The day of the following month by which the half-year's report is due. */
  public static final int DUE_DAY = 10;

  public HalfYear {
    if (half != 1 && half != 2) {
      throw new IllegalArgumentException("a half-year is 1 or 2: " + half);
    }
    if (year < 2000 || year > 2100) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
  }

  /** The half-year the day falls in. */
  public static HalfYear of(LocalDate day) {
    return new HalfYear(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
  }

  public LocalDate firstDay() {
    return LocalDate.of(year, half == 1 ? 1 : 7, 1);
  }

  public LocalDate lastDay() {
    return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
  }

  /** The last day a report on this half-year is on time. */
  public LocalDate dueDate() {
    return lastDay().plusDays(1).withDayOfMonth(DUE_DAY);
  }

  public HalfYear next() {
    return half == 1 ? new HalfYear(year, 2) : new HalfYear(year + 1, 1);
  }

  public HalfYear previous() {
    return half == 2 ? new HalfYear(year, 1) : new HalfYear(year - 1, 2);
  }

  /** The half-years that overlap the days from..to (both included), in order. */
  public static List<HalfYear> covering(LocalDate from, LocalDate to) {
    List<HalfYear> periods = new ArrayList<>();
    for (HalfYear h = of(from); !h.firstDay().isAfter(to); h = h.next()) {
      periods.add(h);
    }
    return periods;
  }

  /** A stable key, e.g. {@code 2017-H1}, for addresses and the API. */
  public String key() {
    return year + "-H" + half;
  }

  /** Reads {@link #key()}; null when the text is not one. */
  public static HalfYear parse(String key) {
    if (key == null || !key.matches("\\d{4}-H[12]")) {
      return null;
    }
    int year = Integer.parseInt(key.substring(0, 4));
    if (year < 2000 || year > 2100) {
      return null;
    }
    return new HalfYear(year, key.charAt(6) - '0');
  }

  @Override
  public int compareTo(HalfYear other) {
    return year != other.year ? Integer.compare(year, other.year)
        : Integer.compare(half, other.half);
  }

  @Override
  public String toString() {
    return key();
  }
}
