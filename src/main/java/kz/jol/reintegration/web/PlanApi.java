package kz.jol.reintegration.web;

import static kz.jol.access.Role.PROBATION_HEAD;
import static kz.jol.access.Role.PROBATION_OFFICER;
import static kz.jol.access.Role.PROSECUTOR;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.reintegration.application.PlanActionInput;
import kz.jol.reintegration.application.PlanService;
import kz.jol.reintegration.application.ReintegrationService;
import kz.jol.reintegration.domain.Domain;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A case's individual reintegration plan (ИПР): draft, actions, approval, review, closing. */
@RestController
@Tag(name = "Reintegration plan", description = "The individual reintegration plan (ИПР), due "
    + "3 working days after registration")
class PlanApi {

  private final PlanService plans;
  private final ReintegrationService reintegration;

  PlanApi(PlanService plans, ReintegrationService reintegration) {
    this.plans = plans;
    this.reintegration = reintegration;
  }

  /** A new plan, with its first actions (maybe none). */
  record NewPlan(List<PlanActionInput> actions) {}

  /** An action to add or change, with the plan's version as read. */
  record ActionRequest(Domain domain, String goal, String action,
      UUID responsibleOrganisationId, LocalDate dueOn, Long version) {

    PlanActionInput input() {
      return new PlanActionInput(domain, goal, action, responsibleOrganisationId, dueOn);
    }
  }

  @GetMapping("/api/v1/cases/{id}/plan")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD, PROSECUTOR})
  @Operation(summary = "The case's plan: state, due date, overdue flag, actions with their "
      + "organisations and due dates, domains needing help with no open action, history",
      description = "404 plan when the case has no plan yet; its due date is in "
          + "GET /api/v1/cases/{id}/reintegration (planDueOn).")
  PlanService.PlanView get(@PathVariable UUID id) {
    return plans.get(id);
  }

  @PostMapping("/api/v1/cases/{id}/plan")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Draft the case's plan, with its first actions",
      description = "Every problem of every action is reported at once (400, fields "
          + "actions[i].goal etc.). 409 plan.exists when the case has a plan; 409 case.closed.",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = {
              @ExampleObject(name = "two actions", value = ApiExamples.NEW_PLAN)})))
  PlanService.PlanView create(@PathVariable UUID id, @RequestBody(required = false) NewPlan body) {
    return plans.create(id, body == null ? List.of() : body.actions());
  }

  @PostMapping("/api/v1/cases/{id}/plan/actions")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add an action to a plan that is a draft or under review",
      description = "409 plan.not-editable when the plan is approved or closed (put it under "
          + "review first); 409 plan.stale-version when version is not the current one.",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = {
              @ExampleObject(name = "health action", value = ApiExamples.ACTION)})))
  PlanService.PlanView addAction(@PathVariable UUID id, @RequestBody ActionRequest body) {
    return plans.addAction(id, body.input(), body.version());
  }

  @PutMapping("/api/v1/cases/{id}/plan/actions/{actionId}")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  @Operation(summary = "Change an open action of a plan that is a draft or under review",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = {
              @ExampleObject(name = "health action", value = ApiExamples.ACTION)})))
  PlanService.PlanView changeAction(@PathVariable UUID id, @PathVariable UUID actionId,
      @RequestBody ActionRequest body) {
    return plans.changeAction(id, actionId, body.input(), body.version());
  }

  @PostMapping("/api/v1/cases/{id}/plan/actions/{actionId}/close")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  @Operation(summary = "Mark an open action DONE with its outcome, or CANCELLED with the reason",
      description = "Body: {\"status\": \"DONE\"|\"CANCELLED\", \"outcome\": text, "
          + "\"version\": n}. 409 plan.action-closed when it is done or cancelled already.",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = {
              @ExampleObject(name = "done", value = ApiExamples.ACTION_DONE)})))
  PlanService.PlanView closeAction(@PathVariable UUID id, @PathVariable UUID actionId,
      @RequestBody PlanService.ActionCloseInput body) {
    return plans.closeAction(id, actionId, body);
  }

  @PostMapping("/api/v1/cases/{id}/plan/transitions")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  @Operation(summary = "Approve, review or close the plan",
      description = "DRAFT→APPROVED|CLOSED, APPROVED→UNDER_REVIEW|CLOSED, "
          + "UNDER_REVIEW→APPROVED|CLOSED; CLOSED is final (else 409 "
          + "plan.transition-not-allowed). Approving needs an open action (409 "
          + "plan.no-open-action); UNDER_REVIEW and CLOSED need a note saying why. The first "
          + "approval ends the INSTITUTIONAL PLAN_OVERDUE failure from that day on.",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = {
              @ExampleObject(name = "approve", value = ApiExamples.APPROVE),
              @ExampleObject(name = "review", value = ApiExamples.REVIEW),
              @ExampleObject(name = "close", value = ApiExamples.CLOSE)})))
  PlanService.PlanView transition(@PathVariable UUID id,
      @RequestBody PlanService.TransitionInput body) {
    return plans.transition(id, body);
  }

  @GetMapping("/api/v1/reintegration/plans/overdue")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  @Operation(summary = "Open cases with no approved plan past its due date: the officer's own "
      + "with mine=true, else the unit's territory; longest overdue first")
  List<ReintegrationService.OverduePlan> overdue(
      @RequestParam(defaultValue = "true") boolean mine) {
    return reintegration.overduePlans(mine);
  }
}
