package kz.jol.routing.domain;

/** How a deadline counts. */
public enum DeadlineUnit {
  /** Clock hours from the moment of the referral: a safe placement does not wait for Monday. */
  HOURS,
  /** Hours of working time on the working-day calendar (09:00–13:00, 14:00–18:00 by default). */
  WORKING_HOURS,
  /** To the end (18:00, Almaty time) of the n-th working day after the referral's day. */
  WORKING_DAYS,
  /**
   * To the end of day n after the case's registration (day 0): "within the first 30 days";
   * never sooner than the end of the next working day, so a late referral is not born late.
   */
  DAYS_AFTER_REGISTRATION
}
