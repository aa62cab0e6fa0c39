package kz.jol.calendar.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import kz.jol.calendar.WorkingDays;
import kz.jol.calendar.domain.CalendarDay;
import kz.jol.calendar.domain.DayKind;
import kz.jol.calendar.domain.KazakhstanHolidays;
import kz.jol.calendar.domain.WorkingCalendar;
import kz.jol.calendar.domain.WorkingHours;
import kz.jol.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The calendar held in memory and rebuilt when PostgreSQL says it changed: every read asks for
 * the number of years and the sum of their versions (each admin change raises a version), which
 * costs one small aggregate and needs no messaging between nodes.
 */
@Component
class CalendarStore implements WorkingDays {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final WorkingHours hours;
  private volatile Held held = new Held(-1, -1, null);

  CalendarStore(JdbcClient jdbc, Clock clock,
      @Value("${jol.calendar.day-start:09:00}") LocalTime dayStart,
      @Value("${jol.calendar.break-start:13:00}") LocalTime breakStart,
      @Value("${jol.calendar.break-end:14:00}") LocalTime breakEnd,
      @Value("${jol.calendar.day-end:18:00}") LocalTime dayEnd) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.hours = new WorkingHours(dayStart, breakStart, breakEnd, dayEnd);
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    return calendar().isWorkingDay(date);
  }

  @Override
  public LocalDate addWorkingDays(LocalDate date, int n) {
    return calendar().addWorkingDays(date, n);
  }

  @Override
  public long workingDaysBetween(LocalDate from, LocalDate to) {
    return calendar().workingDaysBetween(from, to);
  }

  @Override
  public LocalDateTime addWorkingHours(LocalDateTime from, int n) {
    return calendar().addWorkingHours(from, n);
  }

  @Override
  public Instant addWorkingHours(Instant from, int n) {
    LocalDateTime local = LocalDateTime.ofInstant(from, clock.getZone());
    return calendar().addWorkingHours(local, n).atZone(clock.getZone()).toInstant();
  }

  /** The entries of one year, by date; empty when the year is unknown. */
  List<CalendarDay> days(int year) {
    return jdbc.sql("select day, kind, reason, reason_kk, reason_ru from calendar_day"
            + " where year = :year order by day")
        .param("year", year)
        .query(CalendarStore::day)
        .list();
  }

  WorkingCalendar calendar() {
    record Stamp(long years, long versions) {}
    Stamp stamp = jdbc.sql("select count(*), coalesce(sum(version), 0) from calendar_year")
        .query((rs, n) -> new Stamp(rs.getLong(1), rs.getLong(2))).single();
    Held now = held;
    if (now.years() == stamp.years() && now.versions() == stamp.versions()) {
      return now.calendar();
    }
    // Read the stamp before the rows: a change committed in between makes the calendar newer
    // than its stamp, which costs one more reload, never a stale calendar.
    List<Integer> years = jdbc.sql("select year from calendar_year order by year")
        .query(Integer.class).list();
    if (years.isEmpty()) {
      throw new InvalidInputException("date", "calendar.empty",
          "the working-day calendar holds no year; an admin has to set one up");
    }
    List<CalendarDay> days = jdbc.sql("select day, kind, reason, reason_kk, reason_ru"
            + " from calendar_day")
        .query(CalendarStore::day)
        .list();
    WorkingCalendar loaded = KazakhstanHolidays.calendar(years.getFirst(), years.getLast(), days,
        hours);
    held = new Held(stamp.years(), stamp.versions(), loaded);
    return loaded;
  }

  private static CalendarDay day(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new CalendarDay(rs.getObject("day", LocalDate.class),
        DayKind.valueOf(rs.getString("kind")), rs.getString("reason"),
        rs.getString("reason_kk"), rs.getString("reason_ru"));
  }

  private record Held(long years, long versions, WorkingCalendar calendar) {}
}
