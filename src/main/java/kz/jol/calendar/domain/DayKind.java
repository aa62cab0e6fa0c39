package kz.jol.calendar.domain;

/** What a calendar entry makes of its date. */
public enum DayKind {
  /** A public holiday (national or religious); a non-working day whatever the weekday. */
  HOLIDAY,
  /**
   * A weekday off that is not itself a holiday: the day off moved from a national holiday that
   * fell on a weekend, or the day off a government decree moved here from a working day.
   */
  DAY_OFF,
  /** A Saturday or Sunday made a working day by a decreed transfer. */
  WORKING_DAY
}
