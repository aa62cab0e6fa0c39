package kz.jol.reintegration.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.jol.register.CaseId;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;

/**
 * A case's individual reintegration plan (ИПР) and the rules of its states.
 *
 * <p>The plan counts, for the INSTITUTIONAL "no plan" failure, from the day it was first
 * approved: under review or closed it still was approved. Approving needs at least one open
 * action; reviewing and closing need a reason.
 *
 * @param firstApprovedOn the day of the first approval, or null while it never was
 * @param version the row version a change must send back
 */
public record Plan(UUID id, CaseId caseId, PlanState state, LocalDate firstApprovedOn,
    List<PlanAction> actions, long version) {

  public Plan {
    actions = List.copyOf(actions);
  }

  public PlanStatus status() {
    return firstApprovedOn == null ? PlanStatus.notApproved()
        : PlanStatus.approvedOn(firstApprovedOn);
  }

  /**
   * The plan after moving to {@code target} on {@code on}.
   *
   * @throws ConflictException {@code plan.transition-not-allowed} when the state does not allow
   *     it; {@code plan.no-open-action} when approving a plan with nothing to do
   * @throws InvalidInputException when a review or closing has no reason
   */
  public Plan moveTo(PlanState target, LocalDate on, String note) {
    if (target == null) {
      throw new InvalidInputException("state", "field.required", "is required");
    }
    if (!state.next().contains(target)) {
      throw new ConflictException("plan.transition-not-allowed",
          "a plan that is " + state + " cannot become " + target, state, target);
    }
    if (NEEDS_REASON.contains(target) && (note == null || note.isBlank())) {
      throw new InvalidInputException(new FieldProblem("note", "plan.reason-required",
          "say why the plan is " + (target == PlanState.CLOSED ? "closed" : "reviewed")));
    }
    if (target == PlanState.APPROVED
        && actions.stream().noneMatch(a -> a.status() == ActionStatus.OPEN)) {
      throw new ConflictException("plan.no-open-action",
          "a plan needs at least one open action to be approved");
    }
    LocalDate approved = firstApprovedOn == null && target == PlanState.APPROVED
        ? on : firstApprovedOn;
    return new Plan(id, caseId, target, approved, actions, version);
  }

  /** The domains that need help as of the evaluation but have no open action in the plan. */
  public Set<Domain> uncovered(CaseEvaluation evaluation) {
    Set<Domain> uncovered = EnumSet.noneOf(Domain.class);
    evaluation.domains().forEach((domain, e) -> {
      if (e.risk() != RiskLevel.R0 && actions.stream()
          .noneMatch(a -> a.domain() == domain && a.status() == ActionStatus.OPEN)) {
        uncovered.add(domain);
      }
    });
    return uncovered;
  }

  private static final Set<PlanState> NEEDS_REASON =
      EnumSet.of(PlanState.UNDER_REVIEW, PlanState.CLOSED);
}
