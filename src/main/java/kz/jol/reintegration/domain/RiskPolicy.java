package kz.jol.reintegration.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The risk level of one domain, highest rule first:
 *
 * <ol>
 *   <li>R3 when the domain has a critical failure, or its current assessment records a threat of
 *       violence (HOUSING) or a risk of exploitation (ECONOMIC);
 *   <li>R0 when it is closed (scored 2). Seed 001's scale has no "not applicable": a domain
 *       without need is closed with a 2 whose evidence says so;
 *   <li>R2 when the domain's trigger date is at most its warning days away, or has passed, and
 *       what the trigger asks for is not done yet: LEGAL day 30 (document and registration),
 *       ECONOMIC day 60 (income or track), HEALTH the screening day (attached to a clinic and
 *       screened), INSTITUTIONAL the plan's due date (plan approved). HOUSING has no trigger
 *       date;
 *   <li>R1 otherwise: a need is identified (scored 0 or 1, or not assessed yet).
 * </ol>
 *
 * <p>Past LEGAL day 30, ECONOMIC day 60 and the plan's due date an unmet trigger is a critical
 * failure, so R2 "slipping" remains only for a late health screening.
 */
public final class RiskPolicy {

  /** A domain's level with the rule that set it. */
  public record Risk(RiskLevel level, RiskReason reason) {
    static Risk of(RiskReason reason) {
      return new Risk(reason.level(), reason);
    }
  }

  private RiskPolicy() {}

  public static Risk of(Domain domain, Optional<Assessment> current,
      List<CriticalFailure> failures, CaseTimeline timeline, PlanStatus plan, LocalDate asOf,
      RiskRules rules) {
    if (!failures.isEmpty()) {
      return Risk.of(RiskReason.CRITICAL_FAILURE);
    }
    DomainFacts facts = current.map(Assessment::facts).orElse(null);
    if (facts instanceof DomainFacts.Housing h && h.threatOfViolence()) {
      return Risk.of(RiskReason.THREAT_OF_VIOLENCE);
    }
    if (facts instanceof DomainFacts.Economic e && e.riskOfExploitation()) {
      return Risk.of(RiskReason.RISK_OF_EXPLOITATION);
    }
    if (current.isPresent() && current.get().score().isClosed()) {
      return Risk.of(RiskReason.CLOSED);
    }
    LocalDate warnFrom = switch (domain) {
      case LEGAL -> timeline.day(CriticalFailures.LEGAL_DAY).minusDays(rules.legalWarningDays());
      case ECONOMIC ->
          timeline.day(CriticalFailures.ECONOMIC_DAY).minusDays(rules.economicWarningDays());
      case HEALTH -> timeline.day(rules.healthScreeningDay()).minusDays(rules.healthWarningDays());
      case INSTITUTIONAL -> timeline.planDueOn().minusDays(rules.planWarningDays());
      case HOUSING -> null;
    };
    if (warnFrom != null && !asOf.isBefore(warnFrom) && !triggerMet(domain, facts, plan, asOf)) {
      return Risk.of(RiskReason.TRIGGER_NEAR);
    }
    return Risk.of(RiskReason.NEED_IDENTIFIED);
  }

  /** Whether what the domain's trigger date asks for is done; no facts means not done. */
  static boolean triggerMet(Domain domain, DomainFacts facts, PlanStatus plan, LocalDate asOf) {
    return switch (domain) {
      case LEGAL -> facts instanceof DomainFacts.Legal l
          && l.hasIdentityDocument() && l.hasRegistration();
      case ECONOMIC -> facts instanceof DomainFacts.Economic e
          && (e.hasLegalIncome() || e.hasEmploymentTrack());
      case HEALTH -> facts instanceof DomainFacts.Health h
          && h.attachedToClinic() && h.screeningDone();
      case INSTITUTIONAL -> plan.isApprovedAsOf(asOf);
      case HOUSING -> true;
    };
  }

  /** The case's level: the highest of its domains'. */
  public static RiskLevel caseLevel(Iterable<RiskLevel> domainLevels) {
    RiskLevel max = RiskLevel.R0;
    for (RiskLevel level : domainLevels) {
      max = max.max(level);
    }
    return max;
  }
}
