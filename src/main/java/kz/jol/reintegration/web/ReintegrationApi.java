package kz.jol.reintegration.web;

import static kz.jol.access.Role.PROBATION_HEAD;
import static kz.jol.access.Role.PROBATION_OFFICER;
import static kz.jol.access.Role.PROSECUTOR;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.reintegration.application.AssessmentInput;
import kz.jol.reintegration.application.ReintegrationService;
import kz.jol.reintegration.application.StoredReading;
import kz.jol.reintegration.domain.CaseEvaluation;
import kz.jol.reintegration.domain.Domain;
import kz.jol.reintegration.domain.DomainEvaluation;
import kz.jol.reintegration.domain.FailureReason;
import kz.jol.reintegration.domain.Milestone;
import kz.jol.reintegration.domain.PlanState;
import kz.jol.reintegration.domain.RiskLevel;
import kz.jol.reintegration.domain.RiskReason;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A case's reintegration state as of a date, and recording assessments. */
@RestController
@Tag(name = "Reintegration", description = "Five domains, integral index, critical failures, risk")
class ReintegrationApi {

  private final ReintegrationService reintegration;

  ReintegrationApi(ReintegrationService reintegration) {
    this.reintegration = reintegration;
  }

  /** One domain as the API shows it. */
  record DomainState(Domain domain, int score, RiskLevel risk, RiskReason riskReason,
      LocalDate assessedOn, String evidence, List<Failure> criticalFailures) {}

  /** A critical failure with the day it started. */
  record Failure(FailureReason reason, LocalDate since) {}

  /**
   * The plan as of the day: its state today (null when none was drafted), the day it was first
   * approved, and whether it is overdue on the day judged.
   */
  record PlanSummary(PlanState state, LocalDate firstApprovedOn, boolean overdue) {}

  /** The case's state as of a day. */
  record State(UUID caseId, LocalDate asOf, LocalDate registeredOn, LocalDate planDueOn,
      PlanSummary plan, List<DomainState> domains, RiskLevel risk, int index,
      boolean successful, List<Milestone> milestones, StoredReading officialReading) {

    static State of(ReintegrationService.Evaluated evaluated) {
      CaseEvaluation e = evaluated.evaluation();
      LocalDate due = evaluated.timeline().planDueOn();
      return new State(e.caseId().value(), e.asOf(), evaluated.timeline().registeredOn(), due,
          new PlanSummary(evaluated.planState().orElse(null),
              evaluated.plan().approvalDate().orElse(null),
              evaluated.plan().isOverdueAsOf(due, e.asOf())),
          e.domains().values().stream().map(State::domain).toList(), e.risk(), e.index(),
          e.successful(), e.milestones(), evaluated.officialReading().orElse(null));
    }

    private static DomainState domain(DomainEvaluation d) {
      return new DomainState(d.domain(), d.score().value(), d.risk(), d.riskReason(),
          d.current().map(a -> a.assessedOn()).orElse(null),
          d.current().map(a -> a.evidence()).orElse(null),
          d.criticalFailures().stream().map(f -> new Failure(f.reason(), f.since())).toList());
    }
  }

  @GetMapping("/api/v1/cases/{id}/reintegration")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD, PROSECUTOR})
  @Operation(summary = "The case's five domains, index, critical failures, risk and milestones "
      + "as of a date (asOf, default today)")
  State state(@PathVariable UUID id, @RequestParam(required = false) LocalDate asOf) {
    return State.of(reintegration.evaluate(id, asOf));
  }

  @GetMapping("/api/v1/reintegration/due")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  @Operation(summary = "Milestones of open cases falling due from today through the next `days` "
      + "days (plan due, day 30, 60, 90, 180): the officer's own cases with mine=true, else the "
      + "unit's territory")
  List<ReintegrationService.Due> due(
      @RequestParam(defaultValue = "14") @Min(0) @Max(366) int days,
      @RequestParam(defaultValue = "true") boolean mine) {
    return reintegration.dueWithin(days, mine);
  }

  @PostMapping("/api/v1/cases/{id}/assessments")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record an assessment of one domain; answers the case's state today",
      description = "A 2 needs evidence. assessedOn (default today) may be back-dated to the "
          + "registration. Facts of other domains are ignored. A domain this raises to R3 "
          + "publishes DomainRiskRaised.",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = {
              @ExampleObject(name = "LEGAL, no documents", value = ApiExamples.LEGAL_NO_DOCUMENTS),
              @ExampleObject(name = "LEGAL, restored", value = ApiExamples.LEGAL_RESTORED),
              @ExampleObject(name = "HOUSING, with the aggressor", value = ApiExamples.HOUSING_AGGRESSOR),
              @ExampleObject(name = "ECONOMIC, on a track", value = ApiExamples.ECONOMIC_TRACK),
              @ExampleObject(name = "HEALTH, high need", value = ApiExamples.HEALTH_HIGH_NEED),
              @ExampleObject(name = "INSTITUTIONAL, supervision only", value = ApiExamples.INSTITUTIONAL_SUPERVISION_ONLY)})))
  State assess(@PathVariable UUID id, @RequestBody AssessmentInput input) {
    return State.of(reintegration.assess(id, input));
  }
}
