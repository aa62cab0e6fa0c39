package kz.jol.interaction.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * How a decision of an advisory body stands. A decision starts NOT_STARTED, may go IN_PROGRESS,
 * and ends DONE, NOT_DONE (with the reason) or CANCELLED (by a later decision of the body). The
 * three ends are final: a decision found wrongly closed is corrected by a new decision, as on
 * paper.
 */
public enum DecisionState {
  NOT_STARTED,
  IN_PROGRESS,
  DONE,
  NOT_DONE,
  CANCELLED;

  /** Whether the decision is closed: carried out, not carried out, or cancelled. */
  public boolean closed() {
    return this == DONE || this == NOT_DONE || this == CANCELLED;
  }

  /** The states a decision in this state may move to. */
  public Set<DecisionState> next() {
    return switch (this) {
      case NOT_STARTED -> EnumSet.of(IN_PROGRESS, DONE, NOT_DONE, CANCELLED);
      case IN_PROGRESS -> EnumSet.of(DONE, NOT_DONE, CANCELLED);
      case DONE, NOT_DONE, CANCELLED -> EnumSet.noneOf(DecisionState.class);
    };
  }

  public boolean canMoveTo(DecisionState target) {
    return next().contains(target);
  }

  /** Whether moving to this state needs a reason besides the evidence. */
  public boolean needsReason() {
    return this == NOT_DONE || this == CANCELLED;
  }

  /**
   * Whether a responsible organisation may put a decision in this state itself: it reports its
   * work, but only the body cancels its own decisions.
   */
  public boolean reportableByResponsible() {
    return this != CANCELLED;
  }
}
