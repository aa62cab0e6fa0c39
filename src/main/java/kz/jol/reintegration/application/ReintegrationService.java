package kz.jol.reintegration.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import kz.jol.reintegration.DomainRiskRaised;
import kz.jol.reintegration.OfficialReadingTaken;
import kz.jol.reintegration.domain.Assessment;
import kz.jol.reintegration.domain.AssessmentHistory;
import kz.jol.reintegration.domain.CaseEvaluation;
import kz.jol.reintegration.domain.CaseTimeline;
import kz.jol.reintegration.domain.MilestoneKind;
import kz.jol.reintegration.domain.Milestones;
import kz.jol.reintegration.domain.OfficialReading;
import kz.jol.reintegration.domain.PlanStatus;
import kz.jol.reintegration.domain.ReintegrationPolicy;
import kz.jol.reintegration.domain.RiskEscalation;
import kz.jol.shared.ForbiddenException;
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
  private final WorkingDays workingDays;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ReintegrationService(CaseService cases, AssessmentRepository assessments,
      OfficialReadingRepository readings, RiskRulesSettings riskRules, WorkingDays workingDays, CurrentActor currentActor, AuditTrail audit,
      ApplicationEventPublisher events, Clock clock) {
    this.cases = cases;
    this.assessments = assessments;
    this.readings = readings;
    this.riskRules = riskRules;
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
    CaseTimeline timeline = timeline(cases.get(caseId));
    LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
    AssessmentHistory history = AssessmentHistory.of(assessments.history(caseId));
    return new Evaluated(timeline, evaluate(timeline, history, day),
        officialReading(timeline, history));
  }

  /**
   * The stored day-180 reading; on the first call on or after day 180 it is taken from the
   * history as it stands, stored and announced, and from then on only read back.
   */
  private Optional<StoredReading> officialReading(CaseTimeline timeline,
      AssessmentHistory history) {
    UUID caseId = timeline.caseId().value();
    Optional<StoredReading> stored = readings.find(caseId);
    if (stored.isPresent()
        || LocalDate.now(clock).isBefore(timeline.day(OfficialReading.DAY))) {
      return stored;
    }
    OfficialReading reading = ReintegrationPolicy.officialReading(timeline, history,
        PlanStatus.notApproved(), riskRules.current().rules());
    if (readings.insertOnce(caseId, reading, clock.instant())) {
      events.publishEvent(new OfficialReadingTaken(caseId, reading.takenOn(), reading.index(),
          reading.successful()));
    }
    return readings.find(caseId);
  }

  /**
   * Records an assessment by the signed-in probation officer or head, and publishes
   * {@link DomainRiskRaised} for every domain that, judged as of today, the assessment raises to
   * R3. (Domains that reach R3 by time alone — day 30 passing with no documents — are for the
   * daily sweep, which is not built yet.)
   */
  @Transactional
  public Evaluated assess(UUID caseId, AssessmentInput input) {
    var actor = currentActor.require();
    if (!actor.is(Role.PROBATION_OFFICER, Role.PROBATION_HEAD)) {
      throw new ForbiddenException("access.denied", "only probation staff assess a case");
    }
    CaseTimeline timeline = timeline(cases.get(caseId));
    Assessment assessment = input.toAssessment(actor.userId().toString(), timeline.registeredOn(),
        LocalDate.now(clock));
    LocalDate today = LocalDate.now(clock);
    CaseEvaluation previous = evaluate(timeline,
        AssessmentHistory.of(assessments.history(caseId)), today);
    assessments.insert(caseId, assessment, clock.instant());
    CaseEvaluation current = evaluate(timeline,
        AssessmentHistory.of(assessments.history(caseId)), today);
    RiskEscalation.raisedToR3(previous, current).forEach(domain ->
        events.publishEvent(new DomainRiskRaised(caseId, domain, today)));
    audit.record("CASE", caseId, AuditAction.UPDATE, "assessment " + assessment.domain());
    return new Evaluated(timeline, current,
        officialReading(timeline, AssessmentHistory.of(assessments.history(caseId))));
  }

  /** A milestone that falls due, with the case it belongs to. */
  public record Due(UUID caseId, String caseNumber, String personName, MilestoneKind milestone,
      LocalDate date) {}

  /**
   * What falls due from today through the next {@code days} days in the actor's caseload: the
   * officer's own open cases when {@code mine}, else every open case of the actor's territory
   * (a unit's). Earliest first.
   */
  @Transactional
  public List<Due> dueWithin(int days, boolean mine) {
    LocalDate today = LocalDate.now(clock);
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
    List<CaseTimeline> timelines = open.values().stream()
        .map(c -> new CaseTimeline(new CaseId(c.id()), c.registrationDate(),
            workingDays.addWorkingDays(c.registrationDate(), PLAN_DUE_WORKING_DAYS)))
        .toList();
    return Milestones.dueBetween(timelines, today, days).stream()
        .map(d -> {
          CaseSummary c = open.get(d.caseId().value());
          return new Due(c.id(), c.caseNumber(), c.person().lastName() + " "
              + c.person().firstName(), d.milestone().kind(), d.milestone().date());
        })
        .toList();
  }

  private static final List<CaseState> OPEN_STATES =
      List.of(CaseState.PRE_RELEASE, CaseState.ACTIVE, CaseState.WANTED, CaseState.SUSPENDED);

  /** An evaluation with the timeline it was made on. */
  public record Evaluated(CaseTimeline timeline, CaseEvaluation evaluation,
      Optional<StoredReading> officialReading) {}

  private CaseTimeline timeline(CaseView view) {
    LocalDate registered = switch (view) {
      case CaseView.Full full -> full.registrationDate();
      case CaseView.Reduced reduced -> reduced.registrationDate();
    };
    return new CaseTimeline(new CaseId(view.id()), registered,
        workingDays.addWorkingDays(registered, PLAN_DUE_WORKING_DAYS));
  }

  private CaseEvaluation evaluate(CaseTimeline timeline, AssessmentHistory history,
      LocalDate asOf) {
    // The plan workflow (draft, approved, ...) is not built yet: no plan is approved, so a case
    // past its plan due date shows the INSTITUTIONAL failure the seed prescribes.
    return ReintegrationPolicy.evaluate(timeline, history, PlanStatus.notApproved(), asOf,
        riskRules.current().rules());
  }
}
