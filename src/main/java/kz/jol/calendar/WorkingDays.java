package kz.jol.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Working-day arithmetic on Kazakhstan's calendar as an admin keeps it. Counting rules: the
 * n-th working day after a date never counts the date itself ({@code addWorkingDays(Saturday,
 * 3)} is Wednesday); adding 0 days to a day off gives the next working day;
 * {@code workingDaysBetween(from, to)} counts working days d with from &lt; d ≤ to; hours run in
 * working time only (by default 09:00–13:00 and 14:00–18:00, see {@code jol.calendar.*}).
 *
 * <p>Every method refuses a date in a year the calendar does not hold with
 * {@link kz.jol.shared.InvalidInputException} (code {@code calendar.year-unknown}).
 */
public interface WorkingDays {

  boolean isWorkingDay(LocalDate date);

  /** The n-th working day after date (n ≥ 0). */
  LocalDate addWorkingDays(LocalDate date, int n);

  /** Working days d with from &lt; d ≤ to; negative when to is before from. */
  long workingDaysBetween(LocalDate from, LocalDate to);

  /** The moment n working hours after from, on Almaty's local time. */
  LocalDateTime addWorkingHours(LocalDateTime from, int hours);

  /** The instant n working hours after from, reckoned on the application clock's zone. */
  Instant addWorkingHours(Instant from, int hours);
}
