package kz.jol.reintegration.domain;

/** Why a domain has its risk level; each reason belongs to one level. */
public enum RiskReason {
  CRITICAL_FAILURE(RiskLevel.R3),
  THREAT_OF_VIOLENCE(RiskLevel.R3),
  RISK_OF_EXPLOITATION(RiskLevel.R3),
  /** A trigger date is within its warning window or past, and what it asks for is not done. */
  TRIGGER_NEAR(RiskLevel.R2),
  /** Scored 0 or 1, or not assessed yet, with no nearer trigger. */
  NEED_IDENTIFIED(RiskLevel.R1),
  /** Scored 2. */
  CLOSED(RiskLevel.R0);

  private final RiskLevel level;

  RiskReason(RiskLevel level) {
    this.level = level;
  }

  public RiskLevel level() {
    return level;
  }
}
