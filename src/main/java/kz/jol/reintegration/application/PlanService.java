package kz.jol.reintegration.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.CurrentActor;
import kz.jol.access.Role;
import kz.jol.access.UserSummary;
import kz.jol.access.Users;
import kz.jol.audit.AuditAction;
import kz.jol.audit.AuditTrail;
import kz.jol.organisation.Organisation;
import kz.jol.organisation.Organisations;
import kz.jol.register.CaseState;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.CaseView;
import kz.jol.reintegration.domain.ActionStatus;
import kz.jol.reintegration.domain.Domain;
import kz.jol.reintegration.domain.Plan;
import kz.jol.reintegration.domain.PlanAction;
import kz.jol.reintegration.domain.PlanState;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.ForbiddenException;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The individual reintegration plan (ИПР) of a case: the probation officer drafts it, adds
 * actions per domain with the organisation responsible and a due date, approves it, reviews it
 * when the person's situation changes and closes it when the route ends. The register decides
 * whether the actor reaches the case at all (404 otherwise); only probation staff write.
 */
@Service
public class PlanService {

  private final CaseService cases;
  private final PlanRepository plans;
  private final ReintegrationService reintegration;
  private final Organisations organisations;
  private final Users users;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final Clock clock;

  PlanService(CaseService cases, PlanRepository plans, ReintegrationService reintegration,
      Organisations organisations, Users users, CurrentActor currentActor, AuditTrail audit,
      Clock clock) {
    this.cases = cases;
    this.plans = plans;
    this.reintegration = reintegration;
    this.organisations = organisations;
    this.users = users;
    this.currentActor = currentActor;
    this.audit = audit;
    this.clock = clock;
  }

  /** An action as the API and the pages show it. */
  public record ActionView(UUID id, Domain domain, String goal, String action,
      OrganisationRef responsibleOrganisation, LocalDate dueOn, ActionStatus status,
      String outcome, LocalDate closedOn, boolean overdue) {}

  /** The organisation responsible for an action, named in the reader's language. */
  public record OrganisationRef(UUID id, String name, String type) {}

  /** One change of the plan's state. */
  public record TransitionView(PlanState from, PlanState to, LocalDate on, String note,
      String by, Instant at) {}

  /**
   * A case's plan as of today.
   *
   * @param dueOn the day the plan is due: 3 working days after registration
   * @param overdue no plan was approved and the due date has passed
   * @param uncoveredDomains domains that need help today with no open action in the plan
   * @param version send it back with the next change
   */
  public record PlanView(UUID caseId, UUID planId, PlanState state, LocalDate dueOn,
      LocalDate firstApprovedOn, boolean overdue, List<ActionView> actions,
      Set<Domain> uncoveredDomains, List<TransitionView> history, long version) {}

  /**
   * A change of the plan's state, against the version read.
   *
   * @param on the day of the decision: today when left out; an earlier day records a decision
   *     taken on paper (not before registration or the plan's last change of state, and with a
   *     note saying where it is recorded)
   */
  public record TransitionInput(PlanState state, String note, Long version, LocalDate on) {}

  /** An action marked done (with its outcome) or cancelled (with the reason). */
  public record ActionCloseInput(ActionStatus status, String outcome, Long version) {}

  /**
   * The case's plan.
   *
   * @throws NotFoundException when the case is out of reach, or has no plan yet
   */
  @Transactional
  public PlanView get(UUID caseId) {
    CaseView view = cases.get(caseId);
    Plan plan = plans.findByCase(caseId)
        .orElseThrow(PlanService::noPlan);
    return view(view, plan);
  }

  /**
   * Drafts the case's plan, with the actions given (maybe none yet).
   *
   * @throws ConflictException {@code plan.exists} when the case has one; {@code case.closed}
   */
  @Transactional
  public PlanView create(UUID caseId, List<PlanActionInput> actions) {
    Actor actor = requireProbationStaff();
    CaseView view = cases.get(caseId);
    requireOpen(view);
    List<PlanActionInput> given = actions == null ? List.of() : actions;
    checkActions(given, view.registrationDate());
    Instant now = clock.instant();
    UUID planId = UUID.randomUUID();
    if (!plans.insertDraft(planId, caseId, actor.userId(), now)) {
      throw new ConflictException("plan.exists", "the case has a plan already");
    }
    plans.insertTransition(planId, null, PlanState.DRAFT, today(), null, actor.userId(), now);
    for (PlanActionInput input : given) {
      plans.insertAction(planId, input.toOpenAction(UUID.randomUUID()), actor.userId(), now);
    }
    audit.record("CASE", caseId, AuditAction.CREATE, "plan drafted");
    return view(view, plans.findByCase(caseId).orElseThrow());
  }

  /**
   * Adds an action to a plan that is a draft or under review.
   *
   * @throws ConflictException {@code plan.not-editable}; a stale version
   */
  @Transactional
  public PlanView addAction(UUID caseId, PlanActionInput input, Long version) {
    Actor actor = requireProbationStaff();
    CaseView view = cases.get(caseId);
    Plan plan = editable(view, caseId);
    checkActions(List.of(input), view.registrationDate());
    Instant now = clock.instant();
    touch(plan, version, now);
    plans.insertAction(plan.id(), input.toOpenAction(UUID.randomUUID()), actor.userId(), now);
    audit.record("CASE", caseId, AuditAction.UPDATE, "plan action added: " + input.domain());
    return view(view, plans.findByCase(caseId).orElseThrow());
  }

  /**
   * Changes an open action of a plan that is a draft or under review.
   *
   * @throws NotFoundException when the plan has no such action
   * @throws ConflictException {@code plan.not-editable}, {@code plan.action-closed}; stale version
   */
  @Transactional
  public PlanView changeAction(UUID caseId, UUID actionId, PlanActionInput input,
      Long version) {
    Actor actor = requireProbationStaff();
    CaseView view = cases.get(caseId);
    Plan plan = editable(view, caseId);
    PlanAction existing = action(plan, actionId);
    if (existing.status() != ActionStatus.OPEN) {
      throw new ConflictException("plan.action-closed",
          "the action is " + existing.status() + " and no longer changes", existing.status());
    }
    checkActions(List.of(input), view.registrationDate());
    Instant now = clock.instant();
    touch(plan, version, now);
    plans.updateAction(input.toOpenAction(actionId), actor.userId(), now);
    audit.record("CASE", caseId, AuditAction.UPDATE, "plan action changed: " + input.domain());
    return view(view, plans.findByCase(caseId).orElseThrow());
  }

  /**
   * Marks an open action done, with its outcome, or cancelled, with the reason, as of today.
   *
   * @throws ConflictException {@code plan.closed}, {@code plan.action-closed}; stale version
   */
  @Transactional
  public PlanView closeAction(UUID caseId, UUID actionId, ActionCloseInput input) {
    Actor actor = requireProbationStaff();
    CaseView view = cases.get(caseId);
    requireOpen(view);
    Plan plan = plans.findByCase(caseId)
        .orElseThrow(PlanService::noPlan);
    List<FieldProblem> problems = new ArrayList<>();
    if (input == null || input.status() == null || input.status() == ActionStatus.OPEN) {
      problems.add(new FieldProblem("status", "plan.action-status",
          "DONE or CANCELLED"));
    }
    PlanActionInput.text(problems, "outcome", input == null ? null : input.outcome(),
        PlanActionInput.MAX_ACTION);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (plan.state() == PlanState.CLOSED) {
      throw new ConflictException("plan.closed", "the plan is closed");
    }
    PlanAction existing = action(plan, actionId);
    if (existing.status() != ActionStatus.OPEN) {
      throw new ConflictException("plan.action-closed",
          "the action is " + existing.status() + " and no longer changes", existing.status());
    }
    Instant now = clock.instant();
    touch(plan, input.version(), now);
    plans.updateAction(new PlanAction(existing.id(), existing.domain(), existing.goal(),
        existing.action(), existing.responsibleOrganisationId(), existing.dueOn(),
        input.status(), input.outcome().strip(), today()), actor.userId(), now);
    audit.record("CASE", caseId, AuditAction.UPDATE,
        "plan action " + input.status() + ": " + existing.domain());
    return view(view, plans.findByCase(caseId).orElseThrow());
  }

  /**
   * Moves the plan to another state today: approve, put under review, close.
   *
   * @throws ConflictException {@code plan.transition-not-allowed}, {@code plan.no-open-action},
   *     a stale version
   * @throws InvalidInputException a review or closing without a reason
   */
  @Transactional
  public PlanView transition(UUID caseId, TransitionInput input) {
    Actor actor = requireProbationStaff();
    CaseView view = cases.get(caseId);
    Plan plan = plans.findByCase(caseId)
        .orElseThrow(PlanService::noPlan);
    if (input == null) {
      throw new InvalidInputException("state", "field.required", "is required");
    }
    if (input.state() != PlanState.CLOSED) {
      requireOpen(view); // a plan may still be closed after its case is
    }
    String note = input.note() == null ? null : input.note().strip();
    if (note != null && note.length() > PlanActionInput.MAX_ACTION) {
      throw new InvalidInputException(new FieldProblem("note", "field.too-long",
          "at most " + PlanActionInput.MAX_ACTION + " characters", PlanActionInput.MAX_ACTION));
    }
    LocalDate on = decisionDay(input, note, view.registrationDate(), plan);
    Plan moved = plan.moveTo(input.state(), on, note);
    if (input.version() != null && input.version() != plan.version()
        || !plans.update(moved, clock.instant())) {
      throw stale();
    }
    plans.insertTransition(plan.id(), plan.state(), moved.state(), on,
        note == null || note.isEmpty() ? null : note, actor.userId(), clock.instant());
    audit.record("CASE", caseId, AuditAction.TRANSITION,
        "plan " + plan.state() + " -> " + moved.state());
    return view(view, plans.findByCase(caseId).orElseThrow());
  }

  /** The day a state change holds from: today, or a checked earlier day of a paper decision. */
  private LocalDate decisionDay(TransitionInput input, String note, LocalDate registeredOn,
      Plan plan) {
    LocalDate today = today();
    if (input.on() == null || input.on().equals(today)) {
      return today;
    }
    // Drafting in Jol does not count: a plan approved on paper is often typed in later.
    LocalDate lastChange = plans.transitions(plan.id()).stream()
        .filter(t -> t.from() != null).map(PlanRepository.Transition::on)
        .reduce((a, b) -> b).orElse(registeredOn);
    List<FieldProblem> problems = new ArrayList<>();
    if (input.on().isAfter(today)) {
      problems.add(new FieldProblem("on", "plan.decision-future",
          "a decision cannot be dated in the future"));
    } else if (input.on().isBefore(registeredOn) || input.on().isBefore(lastChange)) {
      LocalDate earliest = registeredOn.isAfter(lastChange) ? registeredOn : lastChange;
      problems.add(new FieldProblem("on", "plan.decision-too-early",
          "not before " + earliest, earliest));
    }
    if (note == null || note.isBlank()) {
      problems.add(new FieldProblem("note", "plan.paper-decision-note",
          "say where the earlier decision is recorded"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return input.on();
  }

  private Plan editable(CaseView view, UUID caseId) {
    requireOpen(view);
    Plan plan = plans.findByCase(caseId)
        .orElseThrow(PlanService::noPlan);
    if (!plan.state().isEditable()) {
      throw new ConflictException("plan.not-editable",
          "actions change only while the plan is a draft or under review; put it under review "
              + "first", plan.state());
    }
    return plan;
  }

  private void touch(Plan plan, Long version, Instant now) {
    if (version != null && version != plan.version()
        || !plans.touch(plan.id(), plan.version(), now)) {
      throw stale();
    }
  }

  private static PlanAction action(Plan plan, UUID actionId) {
    return plan.actions().stream().filter(a -> a.id().equals(actionId)).findFirst()
        .orElseThrow(() -> new NotFoundException("plan action", actionId));
  }

  /** Checks every action at once, organisations included; nothing is written on a problem. */
  private void checkActions(List<PlanActionInput> inputs, LocalDate registeredOn) {
    List<FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      PlanActionInput input = inputs.get(i);
      String prefix = inputs.size() == 1 ? "" : "actions[" + i + "].";
      if (input == null) {
        problems.add(new FieldProblem(prefix.isEmpty() ? "action" : prefix, "field.required",
            "is required"));
        continue;
      }
      problems.addAll(input.problems(prefix, registeredOn));
      if (input.responsibleOrganisationId() != null) {
        Optional<Organisation> organisation =
            organisations.find(input.responsibleOrganisationId());
        if (organisation.isEmpty()) {
          problems.add(new FieldProblem(prefix + "responsibleOrganisationId",
              "plan.organisation-unknown", "no such organisation"));
        } else if (!organisation.get().active()) {
          problems.add(new FieldProblem(prefix + "responsibleOrganisationId",
              "plan.organisation-inactive", "the organisation no longer takes work"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private PlanView view(CaseView caseView, Plan plan) {
    LocalDate today = today();
    ReintegrationService.Evaluated evaluated = reintegration.evaluate(caseView, today, false);
    Locale locale = LocaleContextHolder.getLocale();
    List<ActionView> actions = plan.actions().stream()
        .map(a -> new ActionView(a.id(), a.domain(), a.goal(), a.action(),
            organisations.find(a.responsibleOrganisationId())
                .map(o -> new OrganisationRef(o.id(), o.name(locale), o.type().name()))
                .orElse(new OrganisationRef(a.responsibleOrganisationId(), null, null)),
            a.dueOn(), a.status(), a.outcome(), a.closedOn(), a.isOverdueAsOf(today)))
        .toList();
    List<TransitionView> history = plans.transitions(plan.id()).stream()
        .map(t -> new TransitionView(t.from(), t.to(), t.on(), t.note(),
            users.find(t.by()).map(UserSummary::fullName).orElse(null), t.at()))
        .toList();
    LocalDate dueOn = evaluated.timeline().planDueOn();
    return new PlanView(caseView.id(), plan.id(), plan.state(), dueOn, plan.firstApprovedOn(),
        plan.status().isOverdueAsOf(dueOn, today), actions,
        plan.uncovered(evaluated.evaluation()), history, plan.version());
  }

  private Actor requireProbationStaff() {
    Actor actor = currentActor.require();
    if (!actor.is(Role.PROBATION_OFFICER, Role.PROBATION_HEAD)) {
      throw new ForbiddenException("access.denied", "only probation staff manage a plan");
    }
    return actor;
  }

  private static void requireOpen(CaseView view) {
    if (view.state() == CaseState.CLOSED) {
      throw new ConflictException("case.closed", "the case is closed");
    }
  }



  private static NotFoundException noPlan() {
    return NotFoundException.withCode("plan.none", "the case has no plan yet; draft one first");
  }

  private static ConflictException stale() {
    return new ConflictException("plan.stale-version",
        "the plan was changed by someone else; reload and try again");
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
