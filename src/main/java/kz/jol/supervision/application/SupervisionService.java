package kz.jol.supervision.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.CurrentActor;
import kz.jol.access.Role;
import kz.jol.audit.AuditAction;
import kz.jol.audit.AuditTrail;
import kz.jol.register.CaseOutcome;
import kz.jol.register.CaseState;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.CaseStates;
import kz.jol.register.application.CaseView;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.ForbiddenException;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import kz.jol.supervision.DutyKind;
import kz.jol.supervision.SupervisionEventRecorded;
import kz.jol.supervision.domain.CheckInPlan;
import kz.jol.supervision.domain.EventDraft;
import kz.jol.supervision.domain.EventInput;
import kz.jol.supervision.domain.EventKind;
import kz.jol.supervision.domain.SupervisionEvent;
import kz.jol.supervision.domain.SupervisionPolicy;
import kz.jol.supervision.domain.SupervisionPolicy.Effect;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's supervision for the signed-in actor: its history of events, the court's duties, and
 * what follows for the case's state. The register decides whether the actor reaches the case
 * (its scope: a case out of reach is 404) and writes the case's read to the audit trail; this
 * service adds who may record what ({@link SupervisionPolicy}), checks each event against the
 * case's state and history, and moves the state through {@link CaseStates} in the same
 * transaction. Every read of a case's supervision writes an audit row.
 */
@Service
public class SupervisionService {

  static final String RECORD_TYPE = "CASE";

  /**
   * A request attribute the case card sets while its supervision section reads: the register
   * has written the card's one VIEW row for the request (ADR 0010), so the section's reads add
   * none of their own.
   */
  public static final String CARD_READ = SupervisionService.class.getName() + ".card-read";
  static final int MAX_DUTY_DETAIL = 1000;

  private final CaseService cases;
  private final CaseStates caseStates;
  private final SupervisionRepository repository;
  private final ScheduleRepository schedules;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SupervisionService(CaseService cases, CaseStates caseStates, SupervisionRepository repository,
      ScheduleRepository schedules, CurrentActor currentActor, AuditTrail audit,
      ApplicationEventPublisher events, Clock clock) {
    this.cases = cases;
    this.caseStates = caseStates;
    this.repository = repository;
    this.schedules = schedules;
    this.currentActor = currentActor;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** An event as a reader sees it (a police inspector without notes and excuse reasons). */
  public record EventView(UUID id, EventKind kind, LocalDate day, String code,
      String excuseReason, String article, List<UUID> relatedIds, UUID checkInId, String note,
      boolean recordedBySystem, Instant recordedAt) {

    static EventView of(SupervisionEvent e) {
      return new EventView(e.id(), e.kind(), e.day(), e.code(), e.excuseReason(), e.article(),
          e.relatedIds(), e.checkInId(), e.note(), e.recordedBy() == null, e.recordedAt());
    }
  }

  /**
   * A duty the court imposed.
   *
   * @param detail the court's words; null for a police inspector when it is health data
   * @param endedOn null while in force
   */
  public record DutyView(UUID id, DutyKind kind, String detail, LocalDate imposedOn,
      LocalDate endedOn) {}

  /** A duty as entered. */
  public record DutyInput(String kind, String detail, LocalDate imposedOn) {}

  /** Ending a duty (the court lifted it, the term ended). */
  public record DutyEnd(LocalDate endedOn) {}

  /**
   * What the supervision of a case amounts to now.
   *
   * @param wantedSince the day the person was declared wanted, null when not wanted
   * @param lastContact the day of the last contact, null when there was none
   * @param openSubmissions the submissions awaiting the court's decision (probation staff and
   *     prosecutors only)
   */
  public record Standing(UUID caseId, CaseState state, LocalDate wantedSince,
      LocalDate lastContact, List<EventView> openSubmissions) {}

  /**
   * The case's standing: state, wanted since, last contact, submissions awaiting the court.
   *
   * @throws NotFoundException when the case is out of the actor's reach
   */
  @Transactional
  public Standing standing(UUID caseId) {
    Actor actor = reader();
    CaseView view = cases.get(caseId);
    var history = new SupervisionPolicy.History(repository.events(caseId));
    auditRead(caseId, "supervision standing");
    List<EventView> open = actor.role() == Role.POLICE_INSPECTOR ? List.of()
        : history.openSubmissions().stream().map(EventView::of).toList();
    return new Standing(caseId, view.state(), history.wantedSince().orElse(null),
        history.lastContact().orElse(null), open);
  }

  /** The case's history of events, oldest first, as the reader's role may see it. */
  @Transactional
  public List<EventView> events(UUID caseId) {
    Actor actor = reader();
    cases.get(caseId);
    auditRead(caseId, "supervision events");
    return repository.events(caseId).stream()
        .flatMap(e -> SupervisionPolicy.shownTo(actor.role(), e).stream())
        .map(EventView::of).toList();
  }

  /**
   * Records an event and lets the case's state follow: wanted declared makes the case WANTED,
   * wanted ended ACTIVE again, a court granting a revocation or replacement closes it as
   * REVOKED (ending the search first when the person was wanted). A check-in answers the
   * expected check-in it names, or the one due on its day.
   *
   * @throws NotFoundException when the case is out of reach (404)
   * @throws ForbiddenException when the role may not record this kind (403)
   * @throws InvalidInputException for bad input (400)
   * @throws ConflictException when the case's state or history does not allow it (409)
   */
  @Transactional
  public EventView record(UUID caseId, EventInput input) {
    Actor actor = currentActor.require();
    kindOf(input).ifPresent(kind -> SupervisionPolicy.requireMayRecord(actor.role(), kind));
    if (!actor.is(Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.POLICE_INSPECTOR)) {
      throw new ForbiddenException("supervision.role-may-not",
          "your role may not record supervision events", input.kind());
    }
    CaseView view = cases.get(caseId);
    LocalDate today = LocalDate.now(clock);
    EventDraft draft = input.draft(view.registrationDate(), today);
    SupervisionPolicy.requireMayRecord(actor.role(), draft.kind());
    repository.lock(caseId);
    CaseState state = caseStates.stateOf(caseId);
    List<SupervisionEvent> history = repository.events(caseId);
    Effect effect = SupervisionPolicy.check(state, history, draft);
    Optional<CheckInPlan.Expected> expected = draft.kind() == EventKind.CHECK_IN
        ? expectedFor(caseId, draft) : Optional.empty();
    Instant now = clock.instant();
    var event = new SupervisionEvent(UUID.randomUUID(), caseId, draft.kind(), draft.day(),
        draft.code(), draft.excuseReason(), draft.article(), draft.relatedIds(),
        expected.map(CheckInPlan.Expected::id).orElse(null), draft.note(), actor.userId(), now);
    if (effect == Effect.CLOSES_REVOKED && state == CaseState.WANTED) {
      insert(new SupervisionEvent(UUID.randomUUID(), caseId, EventKind.WANTED_ENDED,
          draft.day(), EventKind.FoundHow.CASE_CLOSED.name(), null, null, List.of(), null, null,
          null, now));
    }
    insert(event);
    if (draft.kind() == EventKind.CHECK_IN) {
      // A check-in on a day the schedule did not expect (summoned, or before a schedule was
      // set) is kept among the check-ins too, so that a missed one shows as missed.
      CheckInPlan.State result = CheckInPlan.State.valueOf(draft.code());
      expected.ifPresentOrElse(e -> schedules.answer(e.id(), result, event.id()),
          () -> schedules.insertAnswered(caseId, draft.day(), result, event.id()));
    }
    if (event.isContact()) {
      schedules.endAlerts(caseId, draft.day());
    }
    String authority = "supervision: " + draft.kind().name().toLowerCase(Locale.ROOT)
        .replace('_', ' ') + (draft.code() == null ? "" : " (" + draft.code() + ")");
    switch (effect) {
      case BECOMES_WANTED -> move(caseId, CaseState.WANTED, draft.day(), null, authority, actor);
      case BECOMES_ACTIVE -> move(caseId, CaseState.ACTIVE, draft.day(), null, authority, actor);
      case CLOSES_REVOKED -> {
        move(caseId, CaseState.CLOSED, draft.day(), CaseOutcome.REVOKED, authority, actor);
        closed(caseId, draft.day());
      }
      case NONE -> { }
    }
    audit.record(RECORD_TYPE, caseId, AuditAction.UPDATE, "supervision " + draft.kind());
    return EventView.of(event);
  }

  /** Writes the read of a case's supervision to the audit trail, unless the card reads it. */
  void auditRead(UUID caseId, String detail) {
    var request = org.springframework.web.context.request.RequestContextHolder
        .getRequestAttributes();
    if (request != null && request.getAttribute(CARD_READ,
        org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST) != null) {
      return;
    }
    audit.record(RECORD_TYPE, caseId, AuditAction.VIEW, detail);
  }

  /** After the case closed: no check-in is expected any more and no alert stays open. */
  void closed(UUID caseId, LocalDate on) {
    schedules.dropExpectedFrom(caseId, on.plusDays(1));
    schedules.endAlerts(caseId, on);
  }

  private void insert(SupervisionEvent event) {
    repository.insert(event);
    events.publishEvent(new SupervisionEventRecorded(event.caseId(), event.id(),
        event.kind().name(), event.day()));
  }

  private void move(UUID caseId, CaseState target, LocalDate on, CaseOutcome outcome,
      String authority, Actor actor) {
    try {
      caseStates.move(caseId, new CaseStates.Move(target, on, outcome, authority,
          actor.userId()));
    } catch (InvalidInputException refused) {
      // The register names its own field; here the date is the event's day.
      throw new InvalidInputException(refused.problems().stream()
          .map(p -> "on".equals(p.field())
              ? new FieldProblem("day", p.code(), p.message(), p.args()) : p)
          .toList());
    }
  }

  private Optional<CheckInPlan.Expected> expectedFor(UUID caseId, EventDraft draft) {
    Optional<CheckInPlan.Expected> expected;
    if (draft.checkInId() != null) {
      expected = schedules.expectedById(caseId, draft.checkInId());
      if (expected.isEmpty()) {
        throw new InvalidInputException("checkInId", "supervision.check-in-unknown",
            "no such expected check-in on this case");
      }
      if (!expected.get().dueOn().equals(draft.day())) {
        throw new InvalidInputException("day", "supervision.day-not-check-in",
            "the check-in was due on " + expected.get().dueOn(), expected.get().dueOn());
      }
    } else {
      expected = schedules.expectedOn(caseId, draft.day());
    }
    expected.filter(e -> e.state() != CheckInPlan.State.EXPECTED
            && e.state() != CheckInPlan.State.FLAGGED_MISSED)
        .ifPresent(e -> {
          throw new ConflictException("supervision.check-in-recorded",
              "the check-in of this day has its result already", e.dueOn());
        });
    return expected;
  }

  private static Optional<EventKind> kindOf(EventInput input) {
    try {
      return input.kind() == null ? Optional.empty()
          : Optional.of(EventKind.valueOf(input.kind().strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The court's duties of the case, in force first. */
  @Transactional
  public List<DutyView> duties(UUID caseId) {
    Actor actor = reader();
    cases.get(caseId);
    auditRead(caseId, "supervision duties");
    return repository.duties(List.of(caseId)).getOrDefault(caseId, List.of()).stream()
        .map(d -> view(d, actor.role())).toList();
  }

  /**
   * Records a duty the court imposed.
   *
   * @throws InvalidInputException for bad input (400)
   * @throws ConflictException {@code supervision.case-closed} on a closed case (409)
   */
  @Transactional
  public DutyView addDuty(UUID caseId, DutyInput input) {
    Actor actor = staff();
    CaseView view = cases.get(caseId);
    List<FieldProblem> problems = new ArrayList<>();
    DutyKind kind = null;
    if (input.kind() == null || input.kind().isBlank()) {
      problems.add(new FieldProblem("kind", "field.required", "is required"));
    } else {
      try {
        kind = DutyKind.valueOf(input.kind().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("kind", "supervision.not-a-choice",
            "is not one of the choices", input.kind()));
      }
    }
    String detail = input.detail() == null || input.detail().isBlank() ? null
        : input.detail().strip();
    if (detail != null && detail.length() > MAX_DUTY_DETAIL) {
      problems.add(new FieldProblem("detail", "field.too-long", "too long", MAX_DUTY_DETAIL));
    }
    if (kind == DutyKind.OTHER && detail == null) {
      problems.add(new FieldProblem("detail", "field.required", "say what the court set"));
    }
    LocalDate imposedOn = input.imposedOn();
    if (imposedOn == null) {
      problems.add(new FieldProblem("imposedOn", "field.required", "is required"));
    } else if (imposedOn.isAfter(LocalDate.now(clock))) {
      problems.add(new FieldProblem("imposedOn", "supervision.day-future", "in the future"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    requireOpen(view);
    var duty = new SupervisionRepository.Duty(UUID.randomUUID(), caseId, kind, detail,
        imposedOn, null);
    repository.insertDuty(duty, actor.userId(), clock.instant());
    audit.record(RECORD_TYPE, caseId, AuditAction.UPDATE, "supervision duty " + kind);
    return view(duty, actor.role());
  }

  /**
   * Ends a duty in force.
   *
   * @throws NotFoundException when the case has no such duty (404)
   * @throws ConflictException {@code supervision.duty-ended} when it ended already (409)
   */
  @Transactional
  public DutyView endDuty(UUID caseId, UUID dutyId, DutyEnd end) {
    Actor actor = staff();
    CaseView view = cases.get(caseId);
    var duty = repository.duty(caseId, dutyId)
        .orElseThrow(() -> new NotFoundException("duty", dutyId));
    LocalDate on = end == null ? null : end.endedOn();
    if (on == null) {
      throw new InvalidInputException("endedOn", "field.required", "is required");
    }
    if (on.isAfter(LocalDate.now(clock))) {
      throw new InvalidInputException("endedOn", "supervision.day-future", "in the future");
    }
    if (on.isBefore(duty.imposedOn())) {
      throw new InvalidInputException("endedOn", "supervision.day-before-duty",
          "the duty was imposed on " + duty.imposedOn(), duty.imposedOn());
    }
    requireOpen(view);
    if (!repository.endDuty(caseId, dutyId, on)) {
      throw new ConflictException("supervision.duty-ended", "this duty has ended already");
    }
    audit.record(RECORD_TYPE, caseId, AuditAction.UPDATE, "supervision duty ended "
        + duty.kind());
    return view(repository.duty(caseId, dutyId).orElseThrow(), actor.role());
  }

  static DutyView view(SupervisionRepository.Duty d, Role role) {
    boolean hidden = role == Role.POLICE_INSPECTOR && d.kind().detailIsHealthData();
    return new DutyView(d.id(), d.kind(), hidden ? null : d.detail(), d.imposedOn(),
        d.endedOn());
  }

  static void requireOpen(CaseView view) {
    if (view.state() == CaseState.CLOSED) {
      throw new ConflictException("supervision.case-closed",
          "nothing more is recorded on a closed case");
    }
  }

  /** Who reads supervision: probation staff, prosecutors, police inspectors. */
  Actor reader() {
    Actor actor = currentActor.require();
    if (!actor.is(Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.PROSECUTOR,
        Role.POLICE_INSPECTOR)) {
      throw new ForbiddenException("access.denied", "your role may not read supervision");
    }
    return actor;
  }

  /** Who reads schedules and check-ins: probation staff and prosecutors, not the police. */
  Actor staffOrProsecutor() {
    Actor actor = currentActor.require();
    if (!actor.is(Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.PROSECUTOR)) {
      throw new ForbiddenException("access.denied", "your role may not read the schedule");
    }
    return actor;
  }

  /** Who keeps duties and schedules: probation officers and heads. */
  Actor staff() {
    Actor actor = currentActor.require();
    if (!actor.is(Role.PROBATION_OFFICER, Role.PROBATION_HEAD)) {
      throw new ForbiddenException("access.denied", "only probation staff do this");
    }
    return actor;
  }

  /** For the summaries: duties of many cases, in force only. */
  Map<UUID, List<SupervisionRepository.Duty>> dutiesOf(List<UUID> ids) {
    return repository.duties(ids);
  }
}
