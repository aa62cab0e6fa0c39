package kz.jol.calendar.domain;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The working time of a working day: from {@code start} to {@code end} with a break from
 * {@code breakStart} to {@code breakEnd} (the lunch hour). A break of no length means none.
 * {@link #STANDARD} is Jol's office day, 09:00–18:00 with lunch 13:00–14:00: eight working hours.
 */
public record WorkingHours(LocalTime start, LocalTime breakStart, LocalTime breakEnd,
    LocalTime end) {

  /** 09:00–13:00 and 14:00–18:00. */
  public static final WorkingHours STANDARD = new WorkingHours(LocalTime.of(9, 0),
      LocalTime.of(13, 0), LocalTime.of(14, 0), LocalTime.of(18, 0));

  public WorkingHours {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(breakStart, "breakStart");
    Objects.requireNonNull(breakEnd, "breakEnd");
    Objects.requireNonNull(end, "end");
    if (!start.isBefore(breakStart) || breakEnd.isBefore(breakStart)
        || !breakEnd.isBefore(end)) {
      throw new IllegalArgumentException("working hours must run start < break start <= "
          + "break end < end, not " + start + "–" + breakStart + ", " + breakEnd + "–" + end);
    }
  }

  /** Working minutes in one working day. */
  public long minutesPerDay() {
    return java.time.Duration.between(start, breakStart).toMinutes()
        + java.time.Duration.between(breakEnd, end).toMinutes();
  }
}
