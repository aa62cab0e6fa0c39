package kz.jol.calendar.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One entry of a year's calendar: a date, what it is, and why. */
public record CalendarDay(LocalDate date, DayKind kind, String reason) {

  public CalendarDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
  }
}
