package kz.jol.casework.web;

import java.time.LocalDate;
import java.util.List;

/**
 * The card's timeline: the case's milestones and what happened to it, newest first.
 *
 * @param entries milestones and events, the latest day first
 */
public record CaseTimeline(List<Entry> entries) {

  /** What kind of line an entry is; the page styles each and names it for screen readers. */
  public enum Kind { MILESTONE_PASSED, MILESTONE_AHEAD, ASSESSMENT, PLAN, REFERRAL }

  /**
   * One line.
   *
   * @param on the day
   * @param kind what it is
   * @param text what it says, in the reader's language
   */
  public record Entry(LocalDate on, Kind kind, String text) {}
}
