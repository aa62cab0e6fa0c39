package kz.jol.register.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.jol.register.CaseOutcome;
import kz.jol.register.CaseState;

/**
 * A case as its card page shows it: the case and its person in the reader's view, and the
 * history of its states.
 *
 * @param view the case, full or reduced as the reader's role gets it
 * @param person the person the case is about, in the same view
 * @param history the moves between states, oldest first
 */
public record CaseCard(CaseView view, PersonView person, List<Move> history) {

  public CaseCard {
    history = List.copyOf(history);
  }

  /**
   * One move between states.
   *
   * @param on the date the change took effect
   * @param outcome how the case ended, for a move to CLOSED; null in a reduced view
   * @param reason why, as the officer wrote it; null in a reduced view
   * @param recordedBy who recorded the move
   * @param recordedAt when it was recorded
   */
  public record Move(CaseState from, CaseState to, LocalDate on, CaseOutcome outcome,
      String reason, CaseView.OfficerRef recordedBy, Instant recordedAt) {}
}
