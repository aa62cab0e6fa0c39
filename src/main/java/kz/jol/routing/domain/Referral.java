package kz.jol.routing.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.jol.reintegration.domain.Domain;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;

/**
 * A referral of a case to an organisation for one action in one domain, with its deadline, and
 * the organisation's answer. Transitions are guarded: only the moves {@link ReferralState#next}
 * allows, DONE with a result and its evidence, DECLINED and IMPOSSIBLE with a reason.
 *
 * @param matrixVersion the routing matrix version that made it; null when an officer referred by
 *     hand
 * @param createdBy the officer who referred by hand; null for automatic routing
 * @param dueAt the deadline; {@code targetAt} an earlier aim, or null
 * @param outcome the result (DONE) or the reason (DECLINED, IMPOSSIBLE); null while open
 * @param evidence what confirms the result (DONE); null otherwise
 */
public record Referral(UUID id, UUID caseId, Domain domain, String actionCode,
    UUID organisationId, Priority priority, Integer matrixVersion, UUID createdBy,
    Instant createdAt, Instant dueAt, Instant targetAt, String note, ReferralState state,
    Instant stateAt, String outcome, String evidence, Instant confirmedAt, long version) {

  public static final int MAX_TEXT = 2000;

  public boolean isOverdueAt(Instant now) {
    return state.isOpen() && dueAt.isBefore(now);
  }

  /**
   * The referral after moving to {@code target} at {@code at}.
   *
   * @throws ConflictException {@code referral.transition-not-allowed}
   * @throws InvalidInputException a missing result, evidence or reason
   */
  public Referral moveTo(ReferralState target, Instant at, String text, String proof) {
    if (target == null) {
      throw new InvalidInputException("state", "field.required", "is required");
    }
    if (!state.next().contains(target)) {
      throw new ConflictException("referral.transition-not-allowed",
          "a referral that is " + state + " cannot become " + target, state, target);
    }
    List<FieldProblem> problems = new ArrayList<>();
    String newOutcome = null;
    String newEvidence = null;
    switch (target) {
      case DONE -> {
        newOutcome = required(problems, "result", text);
        newEvidence = required(problems, "evidence", proof);
      }
      case DECLINED, IMPOSSIBLE -> newOutcome = required(problems, "reason", text);
      default -> { }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Referral(id, caseId, domain, actionCode, organisationId, priority, matrixVersion,
        createdBy, createdAt, dueAt, targetAt, note, target, at, newOutcome, newEvidence,
        confirmedAt, version);
  }

  /**
   * The referral with its result confirmed by the probation officer.
   *
   * @throws ConflictException {@code referral.not-done}, {@code referral.confirmed}
   */
  public Referral confirm(Instant at) {
    if (state != ReferralState.DONE) {
      throw new ConflictException("referral.not-done",
          "only a referral done by the organisation has a result to confirm");
    }
    if (confirmedAt != null) {
      throw new ConflictException("referral.confirmed", "the result is confirmed already");
    }
    return new Referral(id, caseId, domain, actionCode, organisationId, priority, matrixVersion,
        createdBy, createdAt, dueAt, targetAt, note, state, stateAt, outcome, evidence, at,
        version);
  }

  private static String required(List<FieldProblem> problems, String field, String value) {
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
