package kz.jol.reintegration.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.jol.register.CaseId;

/**
 * A case's reintegration state as of a day.
 *
 * @param caseId the case
 * @param asOf the day judged
 * @param domains each of the five domains
 * @param risk the case's risk level: the highest of its domains'
 * @param index the integral index, 0–10
 * @param successful whether the case counts as a successful reintegration on that day
 * @param milestones the case's milestones, each passed or not
 */
public record CaseEvaluation(
    CaseId caseId,
    LocalDate asOf,
    Map<Domain, DomainEvaluation> domains,
    RiskLevel risk,
    int index,
    boolean successful,
    List<Milestone> milestones) {

  public CaseEvaluation {
    domains = Collections.unmodifiableMap(new EnumMap<>(domains));
    milestones = List.copyOf(milestones);
  }

  public DomainEvaluation domain(Domain domain) {
    return domains.get(domain);
  }

  /** Every critical failure in force, domain by domain. */
  public List<CriticalFailure> criticalFailures() {
    List<CriticalFailure> all = new ArrayList<>();
    for (DomainEvaluation d : domains.values()) {
      all.addAll(d.criticalFailures());
    }
    return all;
  }

  public Map<Domain, Score> scores() {
    Map<Domain, Score> scores = new EnumMap<>(Domain.class);
    domains.forEach((domain, d) -> scores.put(domain, d.score()));
    return scores;
  }
}
