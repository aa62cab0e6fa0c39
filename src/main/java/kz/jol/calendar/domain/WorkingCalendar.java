package kz.jol.calendar.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;
import kz.jol.shared.InvalidInputException;

/**
 * Which days are working days, over the whole years it was built for, and arithmetic on them.
 *
 * <p>A day is a working day when it is Monday to Friday and not among the non-working dates
 * (public holidays, days off moved or decreed), or when it is among the extra working dates (a
 * Saturday or Sunday made a working day by a decreed transfer). Asking about a date outside the
 * known years fails with {@link InvalidInputException} (code {@code calendar.year-unknown}),
 * never with a guess: a deadline computed from a calendar nobody maintained would be wrong.
 *
 * <p>The rules for counting, chosen so that "the plan is due 3 working days after
 * registration" means what an officer would say:
 *
 * <ul>
 *   <li>{@link #addWorkingDays addWorkingDays(d, n)} for n ≥ 1 is the n-th working day after d
 *       (d itself never counts, whether it is a working day or not). For n = 0 it is d when d
 *       is a working day, otherwise the next working day. Registered on Wednesday 4 June 2025:
 *       Thursday 5 June, then (Friday 6 June is Kurban Ait) Monday 9 and Tuesday 10 June, the
 *       due date. Registered on a Saturday, the third working day is the Wednesday after.
 *   <li>{@link #workingDaysBetween workingDaysBetween(from, to)} counts the working days d with
 *       from &lt; d ≤ to, negated when to is before from. So {@code
 *       workingDaysBetween(d, addWorkingDays(d, n)) == n} for n ≥ 1, and for n = 0 when d is a
 *       working day.
 *   <li>{@link #addWorkingHours addWorkingHours(t, h)} starts at t if t lies within working time
 *       ([start, break start) or [break end, end) of a working day), otherwise at the next
 *       moment working time begins, and runs h hours of working time forward. A deadline that
 *       falls exactly at the end of a stretch (13:00, 18:00) is that end, not the next morning.
 * </ul>
 */
public final class WorkingCalendar {

  private final int firstYear;
  private final int lastYear;
  private final Set<LocalDate> nonWorking;
  private final Set<LocalDate> extraWorking;
  private final WorkingHours hours;

  private WorkingCalendar(int firstYear, int lastYear, Set<LocalDate> nonWorking,
      Set<LocalDate> extraWorking, WorkingHours hours) {
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.nonWorking = Set.copyOf(nonWorking);
    this.extraWorking = Set.copyOf(extraWorking);
    this.hours = Objects.requireNonNull(hours, "hours");
  }

  /**
   * A calendar for the years {@code firstYear..lastYear}.
   *
   * @param nonWorking weekdays that are not working days; weekend dates here change nothing
   * @param extraWorking Saturdays or Sundays that are working days
   */
  public static WorkingCalendar of(int firstYear, int lastYear, Set<LocalDate> nonWorking,
      Set<LocalDate> extraWorking, WorkingHours hours) {
    if (lastYear < firstYear) {
      throw new IllegalArgumentException("no years: " + firstYear + ".." + lastYear);
    }
    for (LocalDate date : nonWorking) {
      if (date.getYear() < firstYear || date.getYear() > lastYear) {
        throw new IllegalArgumentException(date + " lies outside " + firstYear + ".." + lastYear);
      }
    }
    for (LocalDate date : extraWorking) {
      if (date.getYear() < firstYear || date.getYear() > lastYear) {
        throw new IllegalArgumentException(date + " lies outside " + firstYear + ".." + lastYear);
      }
      if (nonWorking.contains(date)) {
        throw new IllegalArgumentException(date + " is both a working and a non-working day");
      }
    }
    return new WorkingCalendar(firstYear, lastYear, nonWorking, extraWorking, hours);
  }

  /** The same days with other working hours. */
  public WorkingCalendar withHours(WorkingHours other) {
    return new WorkingCalendar(firstYear, lastYear, nonWorking, extraWorking, other);
  }

  public int firstYear() {
    return firstYear;
  }

  public int lastYear() {
    return lastYear;
  }

  public WorkingHours hours() {
    return hours;
  }

  public boolean covers(LocalDate date) {
    return date.getYear() >= firstYear && date.getYear() <= lastYear;
  }

  public boolean isWorkingDay(LocalDate date) {
    requireKnown(date);
    if (extraWorking.contains(date)) {
      return true;
    }
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !nonWorking.contains(date);
  }

  /** See the class comment for the rule; n must not be negative. */
  public LocalDate addWorkingDays(LocalDate date, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("cannot add a negative number of working days: " + n);
    }
    requireKnown(date);
    LocalDate at = date;
    if (n == 0) {
      while (!isWorkingDay(at)) {
        at = at.plusDays(1);
      }
      return at;
    }
    int left = n;
    while (left > 0) {
      at = at.plusDays(1);
      if (isWorkingDay(at)) {
        left--;
      }
    }
    return at;
  }

  /** Working days d with from &lt; d ≤ to; negative when to is before from. */
  public long workingDaysBetween(LocalDate from, LocalDate to) {
    requireKnown(from);
    requireKnown(to);
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    long count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  /** See the class comment for the rule; hours must not be negative. */
  public LocalDateTime addWorkingHours(LocalDateTime from, int hoursToAdd) {
    if (hoursToAdd < 0) {
      throw new IllegalArgumentException("cannot add a negative number of hours: " + hoursToAdd);
    }
    long left = hoursToAdd * 60L;
    LocalDateTime at = nextWorkingMoment(from);
    while (true) {
      LocalTime stretchEnd = at.toLocalTime().isBefore(hours.breakStart())
          ? hours.breakStart() : hours.end();
      LocalDateTime end = at.toLocalDate().atTime(stretchEnd);
      long available = Duration.between(at, end).toMinutes();
      if (left <= available) {
        return at.plusMinutes(left);
      }
      left -= available;
      at = nextWorkingMoment(end);
    }
  }

  /** t itself if it lies within working time, else the next moment working time begins. */
  private LocalDateTime nextWorkingMoment(LocalDateTime t) {
    LocalDate day = t.toLocalDate();
    LocalTime time = t.toLocalTime();
    if (isWorkingDay(day)) {
      if (time.isBefore(hours.start())) {
        return day.atTime(hours.start());
      }
      if (time.isBefore(hours.breakStart())) {
        return t;
      }
      if (time.isBefore(hours.breakEnd())) {
        return day.atTime(hours.breakEnd());
      }
      if (time.isBefore(hours.end())) {
        return t;
      }
    }
    return addWorkingDays(day, 1).atTime(hours.start());
  }

  private void requireKnown(LocalDate date) {
    if (!covers(date)) {
      throw new InvalidInputException("date", "calendar.year-unknown",
          "the working-day calendar knows the years " + firstYear + " to " + lastYear
              + ", not " + date, date.toString(), firstYear, lastYear);
    }
  }
}
