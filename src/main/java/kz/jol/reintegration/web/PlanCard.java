package kz.jol.reintegration.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.jol.reintegration.application.PlanService.PlanView;
import kz.jol.reintegration.domain.ActionStatus;
import kz.jol.reintegration.domain.Domain;
import kz.jol.reintegration.domain.PlanState;
import kz.jol.shared.FormProblems;

/**
 * What the card's plan section shows: the plan (null while the case has none), and for
 * probation staff the forms that change it. A refused form is shown again with the input and
 * its problems beside the fields: {@code failed} names it ({@code create}, {@code add},
 * {@code change-<action id>}, {@code close-<action id>}, {@code transition}).
 */
public record PlanCard(UUID caseId, PlanView plan, boolean mayEdit, boolean caseOpen,
    List<Choice> organisations, String failed, FormProblems errors, Map<String, String> input) {

  /** An active organisation as the select offers it, named in the reader's language. */
  public record Choice(UUID id, String name) {}

  public List<Domain> domains() {
    return List.of(Domain.values());
  }

  /** The states the plan may move to; only closing once the case is closed. */
  public List<PlanState> targets() {
    return plan == null ? List.of() : plan.state().next().stream()
        .filter(s -> caseOpen || s == PlanState.CLOSED).sorted().toList();
  }

  /** Whether actions may be added and changed now. */
  public boolean editable() {
    return caseOpen && plan != null && plan.state().isEditable();
  }

  /** Whether actions may be marked done or cancelled now. */
  public boolean inForce() {
    return caseOpen && plan != null && plan.state().isInForce();
  }

  public List<ActionStatus> closings() {
    return List.of(ActionStatus.DONE, ActionStatus.CANCELLED);
  }

  /** The errors of the form {@code key} when it is the refused one, else none. */
  public FormProblems errorsOf(String key) {
    return key.equals(failed) ? errors : FormProblems.NONE;
  }

  /** The posted value of a field of the refused form {@code key}, else {@code otherwise}. */
  public String valueOf(String key, String field, Object otherwise) {
    if (key.equals(failed)) {
      return input.get(field);
    }
    return otherwise == null ? null : otherwise.toString();
  }
}
