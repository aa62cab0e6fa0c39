package kz.jol.reintegration.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.jol.access.CurrentActor;
import kz.jol.access.Role;
import kz.jol.audit.AuditAction;
import kz.jol.audit.AuditTrail;
import kz.jol.calendar.WorkingDays;
import kz.jol.register.CaseId;
import kz.jol.register.CaseState;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.CaseSummary;
import kz.jol.register.application.Paging;
import kz.jol.register.application.ResultPage;
import kz.jol.register.application.CaseView;
import kz.jol.reintegration.DomainAssessed;
import kz.jol.reintegration.DomainRiskRaised;
import kz.jol.reintegration.OfficialReadingTaken;
import kz.jol.reintegration.domain.Assessment;
import kz.jol.reintegration.domain.AssessmentHistory;
import kz.jol.reintegration.domain.CaseEvaluation;
import kz.jol.reintegration.domain.Domain;
import kz.jol.reintegration.domain.CaseTimeline;
import kz.jol.reintegration.domain.MilestoneKind;
import kz.jol.reintegration.domain.Milestones;
import kz.jol.reintegration.domain.OfficialReading;
import kz.jol.reintegration.domain.PlanState;
import kz.jol.reintegration.domain.PlanStatus;
import kz.jol.reintegration.domain.ReintegrationPolicy;
import kz.jol.shared.ForbiddenException;
import kz.jol.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's reintegration: its assessments and their evaluation as of any date. The register
 * decides whether the actor reaches the case at all (scope, 404) and writes the read to the
 * audit trail; this service adds who may assess.
 */
@Service
public class ReintegrationService {

  /** The plan (ИПР) is due this many working days after registration (seed 001). */
  public static final int PLAN_DUE_WORKING_DAYS = 3;

  private final CaseService cases;
  private final AssessmentRepository assessments;
  private final OfficialReadingRepository readings;
  private final RiskRulesSettings riskRules;
  private final PlanRepository plans;
  private final RiskLedger ledger;
  private final WorkingDays workingDays;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ReintegrationService(CaseService cases, AssessmentRepository assessments,
      OfficialReadingRepository readings, RiskRulesSettings riskRules, PlanRepository plans,
      RiskLedger ledger, WorkingDays workingDays, CurrentActor currentActor, AuditTrail audit,
      ApplicationEventPublisher events, Clock clock) {
    this.cases = cases;
    this.assessments = assessments;
    this.readings = readings;
    this.riskRules = riskRules;
    this.plans = plans;
    this.ledger = ledger;
    this.workingDays = workingDays;
    this.currentActor = currentActor;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /**
   * The case's evaluation as of a date (today when null), with the plan's due date. Not a
   * read-only transaction: reading the case writes its audit row.
   */
  @Transactional
  public Evaluated evaluate(UUID caseId, LocalDate asOf) {
    return evaluate(cases.get(caseId), asOf == null ? LocalDate.now(clock) : asOf);
  }

  /** The evaluation of a case the caller has read already (and so audited). */
  Evaluated evaluate(CaseView view, LocalDate asOf) {
    return evaluate(view, asOf, true);
  }

  /**
   * The evaluation of a case the caller has read already, with the stored day-180 reading
   * taken now if it is due ({@code takeReading}), or only read back. Editing the plan does not
   * take the reading: the plan is often entered with the assessments that make the reading.
   */
  Evaluated evaluate(CaseView view, LocalDate asOf, boolean takeReading) {
    CaseTimeline timeline = timeline(view);
    AssessmentHistory history = AssessmentHistory.of(assessments.history(view.id()));
    PlanStatus plan = plans.status(view.id());
    return new Evaluated(timeline, evaluate(timeline, history, plan, asOf),
        takeReading ? officialReading(timeline, history, plan) : readings.find(view.id()),
        plan, Optional.ofNullable(plans.states(List.of(view.id())).get(view.id())));
  }

  /**
   * The stored day-180 reading; on the first call on or after day 180 it is taken from the
   * history as it stands, stored and announced, and from then on only read back. (The hourly
   * sweep makes that first call for cases nobody opens.)
   */
  Optional<StoredReading> officialReading(CaseTimeline timeline,
      AssessmentHistory history, PlanStatus plan) {
    UUID caseId = timeline.caseId().value();
    Optional<StoredReading> stored = readings.find(caseId);
    if (stored.isPresent()
        || LocalDate.now(clock).isBefore(timeline.day(OfficialReading.DAY))) {
      return stored;
    }
    OfficialReading reading = ReintegrationPolicy.officialReading(timeline, history, plan,
        riskRules.current().rules());
    if (readings.insertOnce(caseId, reading, clock.instant())) {
      events.publishEvent(new OfficialReadingTaken(caseId, reading.takenOn(), reading.index(),
          reading.successful()));
    }
    return readings.find(caseId);
  }

  /**
   * Records an assessment by the signed-in probation officer or head, records the assessed
   * domain's risk as of today, and publishes {@link DomainRiskRaised} when that raises it to R3.
   * (Domains that reach R3 by time alone, such as day 30 passing with no documents, are for the
   * hourly {@link ReintegrationSweep}.)
   */
  @Transactional
  public Evaluated assess(UUID caseId, AssessmentInput input) {
    return assessAll(caseId, List.of(input));
  }

  /**
   * Records several assessments of one case at once, in the order given, as {@link #assess}
   * records one: a case's earlier history transcribed from its paper file, or the demo data.
   * The case is read and evaluated once, after the last, so that a day-180 reading falling due
   * is taken from the whole history rather than from its first assessment. Nothing is recorded
   * when one of them is invalid.
   */
  @Transactional
  public Evaluated assessAll(UUID caseId, List<AssessmentInput> inputs) {
    var actor = currentActor.require();
    if (!actor.is(Role.PROBATION_OFFICER, Role.PROBATION_HEAD)) {
      throw new ForbiddenException("access.denied", "only probation staff assess a case");
    }
    CaseView view = cases.get(caseId);
    LocalDate today = LocalDate.now(clock);
    LocalDate registeredOn = timeline(view).registeredOn();
    List<Assessment> recorded = inputs.stream()
        .map(input -> input.toAssessment(actor.userId().toString(), registeredOn, today))
        .toList();
    Set<Domain> domains = EnumSet.noneOf(Domain.class);
    for (Assessment assessment : recorded) {
      assessments.insert(caseId, assessment, clock.instant());
      audit.record("CASE", caseId, AuditAction.UPDATE, "assessment " + assessment.domain());
      domains.add(assessment.domain());
      events.publishEvent(new DomainAssessed(caseId, assessment.domain(),
          assessment.score().value(), assessment.assessedOn(), actor.userId()));
    }
    Evaluated current = evaluate(view, today);
    ledger.record(domains.stream().map(domain -> new RiskLedger.Level(caseId, domain,
            current.evaluation().domain(domain).risk())).toList(), today, clock.instant())
        .forEach(raised -> events.publishEvent(
            new DomainRiskRaised(caseId, raised.domain(), today)));
    return current;
  }

  /**
   * What the case would look like today with a draft assessment added: the evaluation as it
   * stands and as it would be, for the officer to see a score's effect on the index and the
   * risks before saving it. Nothing is stored, no risk recorded, no event published and no
   * day-180 reading taken; only the read of the case is audited, as every read is.
   *
   * @throws InvalidInputException the draft's problems, as {@link #assess} would refuse them
   */
  @Transactional
  public Preview preview(UUID caseId, AssessmentInput draft) {
    var actor = currentActor.require();
    if (!actor.is(Role.PROBATION_OFFICER, Role.PROBATION_HEAD)) {
      throw new ForbiddenException("access.denied", "only probation staff assess a case");
    }
    CaseView view = cases.get(caseId);
    LocalDate today = LocalDate.now(clock);
    CaseTimeline timeline = timeline(view);
    Assessment assessment = draft.toAssessment(actor.userId().toString(),
        timeline.registeredOn(), today);
    AssessmentHistory history = AssessmentHistory.of(assessments.history(caseId));
    PlanStatus plan = plans.status(caseId);
    return new Preview(assessment.domain(), evaluate(timeline, history, plan, today),
        evaluate(timeline, history.with(assessment), plan, today));
  }

  /**
   * A draft assessment's effect as of today.
   *
   * @param domain the domain the draft assesses
   * @param current the case as it stands
   * @param withDraft the case with the draft added
   */
  public record Preview(Domain domain, CaseEvaluation current, CaseEvaluation withDraft) {}

  /** Every assessment of a case the reader reaches, domain by domain, each oldest first. */
  @Transactional
  public List<Assessment> assessments(UUID caseId) {
    cases.get(caseId);
    return AssessmentHistory.of(assessments.history(caseId)).all();
  }

  /** A milestone that falls due, with the case it belongs to. */
  public record Due(UUID caseId, String caseNumber, String personName, MilestoneKind milestone,
      LocalDate date) {}

  /**
   * What falls due from today through the next {@code days} days in the actor's caseload: the
   * officer's own open cases when {@code mine}, else every open case of the actor's territory
   * (a unit's). Earliest first. A plan approved already is not due any more.
   */
  @Transactional
  public List<Due> dueWithin(int days, boolean mine) {
    LocalDate today = LocalDate.now(clock);
    Map<UUID, CaseSummary> open = openCases(mine);
    Map<UUID, PlanStatus> approved = plans.statuses(open.keySet());
    return Milestones.dueBetween(timelines(open), today, days).stream()
        .filter(d -> d.milestone().kind() != MilestoneKind.PLAN_DUE
            || !approved.containsKey(d.caseId().value()))
        .map(d -> {
          CaseSummary c = open.get(d.caseId().value());
          return new Due(c.id(), c.caseNumber(), personName(c), d.milestone().kind(),
              d.milestone().date());
        })
        .toList();
  }

  /** An open case whose plan is overdue: no plan approved and the due date passed. */
  public record OverduePlan(UUID caseId, String caseNumber, String personName,
      LocalDate planDueOn, PlanState planState) {}

  /**
   * The open cases of the actor's caseload ({@code mine}) or unit whose plan is overdue today,
   * the longest overdue first. {@code planState} is null when no plan was even drafted.
   */
  @Transactional
  public List<OverduePlan> overduePlans(boolean mine) {
    LocalDate today = LocalDate.now(clock);
    Map<UUID, CaseSummary> open = openCases(mine);
    Map<UUID, PlanStatus> approved = plans.statuses(open.keySet());
    Map<UUID, PlanState> states = plans.states(open.keySet());
    return timelines(open).stream()
        .filter(t -> approved.getOrDefault(t.caseId().value(), PlanStatus.notApproved())
            .isOverdueAsOf(t.planDueOn(), today))
        .sorted(java.util.Comparator.comparing(CaseTimeline::planDueOn)
            .thenComparing(t -> open.get(t.caseId().value()).caseNumber()))
        .map(t -> {
          CaseSummary c = open.get(t.caseId().value());
          return new OverduePlan(c.id(), c.caseNumber(), personName(c), t.planDueOn(),
              states.get(c.id()));
        })
        .toList();
  }

  /** The open cases of the officer ({@code mine}) or of the actor's territory, by id. */
  private Map<UUID, CaseSummary> openCases(boolean mine) {
    Map<UUID, CaseSummary> open = new LinkedHashMap<>();
    for (CaseState state : OPEN_STATES) {
      for (int page = 0; ; page++) {
        ResultPage<CaseSummary> batch = cases.search(
            new CaseService.CaseFilter(null, null, mine, state, null, null),
            Paging.of(page, Paging.MAX_SIZE));
        batch.items().forEach(c -> open.put(c.id(), c));
        if ((long) (page + 1) * Paging.MAX_SIZE >= batch.total()) {
          break;
        }
      }
    }
    return open;
  }

  private List<CaseTimeline> timelines(Map<UUID, CaseSummary> cases) {
    return cases.values().stream().map(c -> timeline(c.id(), c.registrationDate())).toList();
  }

  private static String personName(CaseSummary c) {
    return c.person().lastName() + " " + c.person().firstName();
  }

  private static final List<CaseState> OPEN_STATES =
      List.of(CaseState.PRE_RELEASE, CaseState.ACTIVE, CaseState.WANTED, CaseState.SUSPENDED);

  /**
   * An evaluation with the timeline it was made on, the stored day-180 reading, and the plan:
   * approved since when (or not) and its state (empty when the case has no plan).
   */
  public record Evaluated(CaseTimeline timeline, CaseEvaluation evaluation,
      Optional<StoredReading> officialReading, PlanStatus plan, Optional<PlanState> planState) {}

  private CaseTimeline timeline(CaseView view) {
    return timeline(view.id(), view.registrationDate());
  }

  /** A case's timeline: day 0 is the registration, the plan is due 3 working days later. */
  CaseTimeline timeline(UUID caseId, LocalDate registeredOn) {
    return new CaseTimeline(new CaseId(caseId), registeredOn,
        workingDays.addWorkingDays(registeredOn, PLAN_DUE_WORKING_DAYS));
  }

  private CaseEvaluation evaluate(CaseTimeline timeline, AssessmentHistory history,
      PlanStatus plan, LocalDate asOf) {
    return ReintegrationPolicy.evaluate(timeline, history, plan, asOf,
        riskRules.current().rules());
  }
}
