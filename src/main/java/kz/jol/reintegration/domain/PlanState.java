package kz.jol.reintegration.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an individual reintegration plan stands. An officer drafts it, approves it (within 3
 * working days of registration), puts it under review when the person's situation changes,
 * approves it again, and closes it when the route ends.
 */
public enum PlanState {
  /** Being drawn up; actions can be added and changed. */
  DRAFT,
  /** In force; actions are carried out and marked done or cancelled. */
  APPROVED,
  /** Being revised after a change in the person's situation; still counts as a plan. */
  UNDER_REVIEW,
  /** The route has ended; nothing changes any more. */
  CLOSED;

  /** The states this one may move to. */
  public Set<PlanState> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(APPROVED, CLOSED);
      case APPROVED -> EnumSet.of(UNDER_REVIEW, CLOSED);
      case UNDER_REVIEW -> EnumSet.of(APPROVED, CLOSED);
      case CLOSED -> EnumSet.noneOf(PlanState.class);
    };
  }

  /** Whether actions may be added or their goal, organisation and due date changed. */
  public boolean isEditable() {
    return this == DRAFT || this == UNDER_REVIEW;
  }

  /** Whether actions may be marked done or cancelled. */
  public boolean isInForce() {
    return this == APPROVED || this == UNDER_REVIEW;
  }
}
