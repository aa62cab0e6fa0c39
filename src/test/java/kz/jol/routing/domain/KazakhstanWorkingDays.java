package kz.jol.routing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import kz.jol.calendar.WorkingDays;
import kz.jol.calendar.domain.CalendarDay;
import kz.jol.calendar.domain.KazakhstanHolidays;
import kz.jol.calendar.domain.WorkingCalendar;
import kz.jol.calendar.domain.WorkingHours;

/** The shipped calendar of 2024–2028 as the service would answer, without Spring. */
final class KazakhstanWorkingDays implements WorkingDays {

  static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

  private final WorkingCalendar calendar;

  KazakhstanWorkingDays() {
    List<CalendarDay> days = new ArrayList<>();
    for (int year = 2024; year <= 2028; year++) {
      days.addAll(KazakhstanHolidays.defaults(year));
    }
    calendar = KazakhstanHolidays.calendar(2024, 2028, days, WorkingHours.STANDARD);
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    return calendar.isWorkingDay(date);
  }

  @Override
  public LocalDate addWorkingDays(LocalDate date, int n) {
    return calendar.addWorkingDays(date, n);
  }

  @Override
  public long workingDaysBetween(LocalDate from, LocalDate to) {
    return calendar.workingDaysBetween(from, to);
  }

  @Override
  public LocalDateTime addWorkingHours(LocalDateTime from, int hours) {
    return calendar.addWorkingHours(from, hours);
  }

  @Override
  public Instant addWorkingHours(Instant from, int hours) {
    return calendar.addWorkingHours(LocalDateTime.ofInstant(from, ALMATY), hours)
        .atZone(ALMATY).toInstant();
  }
}
