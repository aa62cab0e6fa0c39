package kz.jol.reintegration.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.jol.reintegration.application.ReintegrationService;
import kz.jol.reintegration.application.StoredReading;
import kz.jol.reintegration.domain.CaseEvaluation;
import kz.jol.reintegration.domain.CriticalFailure;
import kz.jol.reintegration.domain.Domain;
import kz.jol.reintegration.domain.DomainEvaluation;
import kz.jol.reintegration.domain.HealthNeed;
import kz.jol.reintegration.domain.RiskLevel;
import kz.jol.reintegration.domain.RiskReason;
import kz.jol.shared.FormProblems;

/**
 * What the card's reintegration section shows: the five domains as of today, the index, the
 * success state, the day-180 reading once taken, and (for probation staff) a form per domain.
 */
public record ReintegrationCard(UUID caseId, LocalDate asOf, int index, boolean successful,
    RiskLevel risk, List<Row> domains, List<CriticalFailure> failures, StoredReading reading,
    List<Assess> forms) {

  /** One domain's line. */
  public record Row(Domain domain, boolean assessed, int score, RiskLevel risk,
      RiskReason riskReason, String evidence, LocalDate assessedOn,
      List<CriticalFailure> failures) {

    static Row of(DomainEvaluation d) {
      return new Row(d.domain(), d.current().isPresent(), d.score().value(), d.risk(),
          d.riskReason(), d.current().map(a -> a.evidence()).orElse(null),
          d.current().map(a -> a.assessedOn()).orElse(null), d.criticalFailures());
    }
  }

  /** One domain's assessment form, with its refusal or its preview when it has one. */
  public record Assess(UUID caseId, AssessmentForm form, FormProblems errors, Preview preview) {

    public List<String> scores() {
      return List.of("0", "1", "2");
    }

    public List<HealthNeed> needs() {
      return List.of(HealthNeed.values());
    }
  }

  /**
   * A draft's effect: the domain's risk, the case's risk, the index and success before and
   * after, and the critical failures the draft would add.
   */
  public record Preview(Domain domain, int indexBefore, int indexAfter, RiskLevel domainBefore,
      RiskLevel domainAfter, RiskReason reasonAfter, RiskLevel caseBefore, RiskLevel caseAfter,
      boolean successBefore, boolean successAfter, List<CriticalFailure> newFailures,
      List<CriticalFailure> endedFailures) {

    static Preview of(ReintegrationService.Preview p) {
      CaseEvaluation before = p.current();
      CaseEvaluation after = p.withDraft();
      List<CriticalFailure> was = before.criticalFailures();
      List<CriticalFailure> will = after.criticalFailures();
      return new Preview(p.domain(), before.index(), after.index(),
          before.domain(p.domain()).risk(), after.domain(p.domain()).risk(),
          after.domain(p.domain()).riskReason(), before.risk(), after.risk(),
          before.successful(), after.successful(),
          will.stream().filter(f -> was.stream().noneMatch(w -> w.reason() == f.reason()))
              .toList(),
          was.stream().filter(f -> will.stream().noneMatch(w -> w.reason() == f.reason()))
              .toList());
    }
  }

  static ReintegrationCard of(UUID caseId, ReintegrationService.Evaluated evaluated,
      List<Assess> forms) {
    CaseEvaluation e = evaluated.evaluation();
    return new ReintegrationCard(caseId, e.asOf(), e.index(), e.successful(), e.risk(),
        e.domains().values().stream().map(Row::of).toList(), e.criticalFailures(),
        evaluated.officialReading().orElse(null), forms);
  }
}
