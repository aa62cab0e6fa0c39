package kz.jol.reintegration.domain;

import java.util.List;
import java.util.Optional;

/**
 * One domain of a case as of a day.
 *
 * @param domain the domain
 * @param current the latest assessment on or before the day; empty when not assessed yet
 * @param score the current score; 0 when not assessed yet
 * @param risk the domain's risk level
 * @param riskReason the rule that set the level
 * @param criticalFailures the domain's critical failures in force
 */
public record DomainEvaluation(
    Domain domain,
    Optional<Assessment> current,
    Score score,
    RiskLevel risk,
    RiskReason riskReason,
    List<CriticalFailure> criticalFailures) {

  public DomainEvaluation {
    criticalFailures = List.copyOf(criticalFailures);
  }
}
