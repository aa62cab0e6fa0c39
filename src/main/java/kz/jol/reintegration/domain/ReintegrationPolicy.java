package kz.jol.reintegration.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The engine's entry point: a case's reintegration state as of a day, from its timeline, its
 * assessment history and its plan. Only assessments made on or before that day count.
 */
public final class ReintegrationPolicy {

  private ReintegrationPolicy() {}

  public static CaseEvaluation evaluate(CaseTimeline timeline, AssessmentHistory history,
      PlanStatus plan, LocalDate asOf, RiskRules rules) {
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(rules, "rules");
    Map<Domain, DomainEvaluation> domains = new EnumMap<>(Domain.class);
    List<Score> scores = new ArrayList<>(5);
    List<RiskLevel> levels = new ArrayList<>(5);
    List<CriticalFailure> failures = new ArrayList<>();
    for (Domain domain : Domain.values()) {
      Optional<Assessment> current = history.current(domain, asOf);
      Score score = current.map(Assessment::score).orElse(Score.ZERO);
      List<CriticalFailure> domainFailures =
          CriticalFailures.of(domain, timeline, history, plan, asOf);
      RiskPolicy.Risk risk =
          RiskPolicy.of(domain, current, domainFailures, timeline, plan, asOf, rules);
      domains.put(domain, new DomainEvaluation(
          domain, current, score, risk.level(), risk.reason(), domainFailures));
      scores.add(score);
      levels.add(risk.level());
      failures.addAll(domainFailures);
    }
    return new CaseEvaluation(timeline.caseId(), asOf, domains, RiskPolicy.caseLevel(levels),
        SuccessPolicy.index(scores), SuccessPolicy.isSuccessful(scores, failures),
        Milestones.of(timeline, asOf));
  }

  /** The official reading: the case as of day 180 after registration. */
  public static OfficialReading officialReading(CaseTimeline timeline, AssessmentHistory history,
      PlanStatus plan, RiskRules rules) {
    CaseEvaluation day180 =
        evaluate(timeline, history, plan, timeline.day(OfficialReading.DAY), rules);
    return new OfficialReading(timeline.caseId(), day180.asOf(), day180.scores(), day180.index(),
        day180.successful(), day180.criticalFailures());
  }
}
