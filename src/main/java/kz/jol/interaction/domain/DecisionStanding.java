package kz.jol.interaction.domain;

import java.time.LocalDate;

/**
 * Where a decision stands as of a day, for flags, the dashboard and the figures: an open
 * decision is OVERDUE once its due day is behind, DUE_SOON within {@value #SOON_DAYS} days of it;
 * a carried-out decision is on time when it was done on or before its due day.
 */
public enum DecisionStanding {
  OPEN,
  DUE_SOON,
  OVERDUE,
  DONE_ON_TIME,
  DONE_LATE,
  NOT_DONE,
  CANCELLED;

  /** How many days before its due day an open decision counts as due soon. */
  public static final int SOON_DAYS = 7;

  /**
   * @param state the decision's state
   * @param dueOn its due day
   * @param closedOn the day it was closed (DONE, NOT_DONE, CANCELLED), else null
   * @param today the day as of which to judge
   */
  public static DecisionStanding of(DecisionState state, LocalDate dueOn, LocalDate closedOn,
      LocalDate today) {
    return switch (state) {
      case DONE -> closedOn != null && closedOn.isAfter(dueOn) ? DONE_LATE : DONE_ON_TIME;
      case NOT_DONE -> NOT_DONE;
      case CANCELLED -> CANCELLED;
      case NOT_STARTED, IN_PROGRESS -> dueOn.isBefore(today) ? OVERDUE
          : dueOn.minusDays(SOON_DAYS).isAfter(today) ? OPEN : DUE_SOON;
    };
  }

  public boolean flagged() {
    return this == OVERDUE;
  }
}
