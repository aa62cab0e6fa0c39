package kz.jol.reintegration.domain;

import java.util.EnumSet;
import java.util.Set;

/** Which domains rose to R3 between two evaluations of the same case: one event each. */
public final class RiskEscalation {

  private RiskEscalation() {}

  /** The domains at R3 in {@code current} that were below R3 in {@code previous}. */
  public static Set<Domain> raisedToR3(CaseEvaluation previous, CaseEvaluation current) {
    if (!previous.caseId().equals(current.caseId())) {
      throw new IllegalArgumentException("evaluations of different cases");
    }
    Set<Domain> raised = EnumSet.noneOf(Domain.class);
    for (Domain domain : Domain.values()) {
      if (current.domain(domain).risk() == RiskLevel.R3
          && previous.domain(domain).risk() != RiskLevel.R3) {
        raised.add(domain);
      }
    }
    return raised;
  }
}
