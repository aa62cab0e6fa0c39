package kz.jol.routing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;

/**
 * An escalation of a breached referral at one level of the ladder: addressed to the head of a
 * body of that level ({@code addresseeOrganisationId}; null when no such body serves the
 * territory) and to the head of the organisation that breached, naming the case's officer. The
 * head answers once with the reason, the corrective measures and a new deadline.
 *
 * @param missedDeadline the deadline whose passing opened it: the referral's own (level 1) or
 *     the previous level's
 * @param answerBy when the head should have answered; unanswered by then, the next level opens
 */
public record Escalation(UUID id, UUID referralId, UUID caseId, int level, int ladderVersion,
    UUID breachedOrganisationId, UUID addresseeOrganisationId, UUID officerId,
    String caseTerritoryCode, Instant missedDeadline, Instant openedAt, Instant answerBy,
    State state, Instant stateAt, String reason, String measures, Instant newDeadline,
    UUID answeredBy, Instant answeredAt, long version) {

  public static final int MAX_TEXT = 2000;
  /** The furthest a new deadline may be set. */
  public static final Duration MAX_NEW_DEADLINE = Duration.ofDays(366);

  /** Where an escalation stands. */
  public enum State {
    /** Waiting for the head's answer. */
    OPEN,
    /** The head gave the reason, the measures and a new deadline; the sweep watches it. */
    ANSWERED,
    /** Its deadline passed with the referral still open: the next level took over. */
    ESCALATED,
    /** The referral was finished (done, declined or impossible). */
    CLOSED;

    /** Still watched by the sweep: the referral is open and nobody higher has it. */
    public boolean isLive() {
      return this == OPEN || this == ANSWERED;
    }
  }

  /** A new escalation at a ladder step, opened at {@code now}. */
  public static Escalation open(UUID referralId, UUID caseId, LadderStep step,
      int ladderVersion, UUID breachedOrganisationId, UUID addresseeOrganisationId,
      UUID officerId, String caseTerritoryCode, Instant missedDeadline, Instant now) {
    return new Escalation(UUID.randomUUID(), referralId, caseId, step.level(), ladderVersion,
        breachedOrganisationId, addresseeOrganisationId, officerId, caseTerritoryCode,
        missedDeadline, now, now.plus(Duration.ofHours(step.answerHours())), State.OPEN, now,
        null, null, null, null, null, 0);
  }

  /** The moment the sweep judges it by: the new deadline once answered, else answer-by. */
  public Instant deadline() {
    return newDeadline != null ? newDeadline : answerBy;
  }

  public boolean isOverdueAt(Instant now) {
    return state.isLive() && deadline().isBefore(now);
  }

  /**
   * The head's answer. Every problem of the input is reported at once.
   *
   * @throws ConflictException {@code escalation.answered} when answered already,
   *     {@code escalation.closed} when the escalation is no longer live
   * @throws InvalidInputException missing or too long texts, a new deadline not in the future
   */
  public Escalation answer(String reasonText, String measuresText, Instant deadline, UUID by,
      Instant now) {
    if (state == State.ANSWERED) {
      throw new ConflictException("escalation.answered",
          "the escalation is answered already; a later breach escalates one level up");
    }
    if (state != State.OPEN) {
      throw new ConflictException("escalation.closed",
          "the escalation is " + state + " and takes no answer", state);
    }
    List<FieldProblem> problems = new ArrayList<>();
    String r = text(problems, "reason", reasonText);
    String m = text(problems, "measures", measuresText);
    if (deadline == null) {
      problems.add(new FieldProblem("newDeadline", "field.required", "is required"));
    } else if (!deadline.isAfter(now)) {
      problems.add(new FieldProblem("newDeadline", "escalation.deadline-not-future",
          "the new deadline must be in the future"));
    } else if (deadline.isAfter(now.plus(MAX_NEW_DEADLINE))) {
      problems.add(new FieldProblem("newDeadline", "escalation.deadline-too-far",
          "at most a year ahead"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Escalation(id, referralId, caseId, level, ladderVersion, breachedOrganisationId,
        addresseeOrganisationId, officerId, caseTerritoryCode, missedDeadline, openedAt,
        answerBy, State.ANSWERED, now, r, m, deadline, by, now, version);
  }

  private static String text(List<FieldProblem> problems, String field, String value) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "field.required", "is required"));
      return null;
    }
    if (value.strip().length() > MAX_TEXT) {
      problems.add(new FieldProblem(field, "field.too-long",
          "at most " + MAX_TEXT + " characters", MAX_TEXT));
      return null;
    }
    return value.strip();
  }
}
