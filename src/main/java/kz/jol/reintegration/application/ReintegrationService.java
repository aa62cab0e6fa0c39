package kz.jol.reintegration.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import kz.jol.access.CurrentActor;
import kz.jol.access.Role;
import kz.jol.audit.AuditAction;
import kz.jol.audit.AuditTrail;
import kz.jol.calendar.WorkingDays;
import kz.jol.register.CaseId;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.CaseView;
import kz.jol.reintegration.DomainRiskRaised;
import kz.jol.reintegration.domain.Assessment;
import kz.jol.reintegration.domain.AssessmentHistory;
import kz.jol.reintegration.domain.CaseEvaluation;
import kz.jol.reintegration.domain.CaseTimeline;
import kz.jol.reintegration.domain.PlanStatus;
import kz.jol.reintegration.domain.ReintegrationPolicy;
import kz.jol.reintegration.domain.RiskEscalation;
import kz.jol.reintegration.domain.RiskRules;
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
  private final WorkingDays workingDays;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ReintegrationService(CaseService cases, AssessmentRepository assessments,
      WorkingDays workingDays, CurrentActor currentActor, AuditTrail audit,
      ApplicationEventPublisher events, Clock clock) {
    this.cases = cases;
    this.assessments = assessments;
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
    return new Evaluated(timeline, evaluate(timeline, AssessmentHistory.of(assessments.history(caseId)), day));
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
    return new Evaluated(timeline, current);
  }

  /** An evaluation with the timeline it was made on. */
  public record Evaluated(CaseTimeline timeline, CaseEvaluation evaluation) {}

  private CaseTimeline timeline(CaseView view) {
    LocalDate registered = switch (view) {
      case CaseView.Full full -> full.registrationDate();
      case CaseView.Reduced reduced -> reduced.registrationDate();
    };
    return new CaseTimeline(new CaseId(view.id()), registered,
        workingDays.addWorkingDays(registered, PLAN_DUE_WORKING_DAYS));
  }

  private static CaseEvaluation evaluate(CaseTimeline timeline, AssessmentHistory history,
      LocalDate asOf) {
    // The plan workflow (draft, approved, ...) is not built yet: no plan is approved, so a case
    // past its plan due date shows the INSTITUTIONAL failure the seed prescribes.
    return ReintegrationPolicy.evaluate(timeline, history, PlanStatus.notApproved(), asOf,
        RiskRules.DEFAULTS);
  }
}
