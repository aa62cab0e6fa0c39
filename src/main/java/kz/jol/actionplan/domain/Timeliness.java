package kz.jol.actionplan.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Whether a half-year report came in time: on time when filed on or before its due day, late by
 * the calendar days after it, missing when not filed and the due day has passed, and not yet due
 * when not filed and the due day is still ahead (or today).
 *
 * @param status which of the four
 * @param daysLate the calendar days after the due day: of the filing when late, of today when
 *     missing; 0 otherwise
 */
public record Timeliness(Status status, long daysLate) {

  /** The four ways a report can stand. */
  public enum Status { ON_TIME, LATE, MISSING, NOT_YET_DUE }

  /**
   * @param due the day the report is due
   * @param filedOn the day it was filed, or null when it was not
   * @param today the day as of which to judge
   */
  public static Timeliness of(LocalDate due, LocalDate filedOn, LocalDate today) {
    if (filedOn != null) {
      long late = ChronoUnit.DAYS.between(due, filedOn);
      return late > 0 ? new Timeliness(Status.LATE, late) : new Timeliness(Status.ON_TIME, 0);
    }
    long late = ChronoUnit.DAYS.between(due, today);
    return late > 0 ? new Timeliness(Status.MISSING, late)
        : new Timeliness(Status.NOT_YET_DUE, 0);
  }
}
