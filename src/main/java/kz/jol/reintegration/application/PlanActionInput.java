package kz.jol.reintegration.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.jol.reintegration.domain.ActionStatus;
import kz.jol.reintegration.domain.Domain;
import kz.jol.reintegration.domain.PlanAction;
import kz.jol.shared.FieldProblem;

/**
 * A plan action as a client sends it, to add or to change.
 *
 * @param domain the domain it serves
 * @param goal what it should achieve, up to 500 characters
 * @param action what is done, by whom and where, up to 1,000 characters
 * @param responsibleOrganisationId the organisation that carries it out
 * @param dueOn by when; not before the case's registration
 */
public record PlanActionInput(Domain domain, String goal, String action,
    UUID responsibleOrganisationId, LocalDate dueOn) {

  static final int MAX_GOAL = 500;
  static final int MAX_ACTION = 1000;

  /** Every problem of this input, with field names under {@code prefix}. */
  List<FieldProblem> problems(String prefix, LocalDate registeredOn) {
    List<FieldProblem> problems = new ArrayList<>();
    if (domain == null) {
      problems.add(new FieldProblem(prefix + "domain", "field.required", "is required"));
    }
    text(problems, prefix + "goal", goal, MAX_GOAL);
    text(problems, prefix + "action", action, MAX_ACTION);
    if (responsibleOrganisationId == null) {
      problems.add(new FieldProblem(prefix + "responsibleOrganisationId", "field.required",
          "is required"));
    }
    if (dueOn == null) {
      problems.add(new FieldProblem(prefix + "dueOn", "field.required", "is required"));
    } else if (dueOn.isBefore(registeredOn)) {
      problems.add(new FieldProblem(prefix + "dueOn", "plan.due-before-registration",
          "the case was registered on " + registeredOn, registeredOn));
    }
    return problems;
  }

  PlanAction toOpenAction(UUID id) {
    return new PlanAction(id, domain, goal.strip(), action.strip(), responsibleOrganisationId,
        dueOn, ActionStatus.OPEN, null, null);
  }

  static void text(List<FieldProblem> problems, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "field.required", "is required"));
    } else if (value.strip().length() > max) {
      problems.add(new FieldProblem(field, "field.too-long", "at most " + max + " characters",
          max));
    }
  }
}
