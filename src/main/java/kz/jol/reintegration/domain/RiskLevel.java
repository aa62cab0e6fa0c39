package kz.jol.reintegration.domain;

/**
 * Risk level of a domain or a case, ordered from no risk to critical. An enum rather than a
 * record: the four levels are a closed, ordered set and the matrix's protocols are keyed by them.
 */
public enum RiskLevel {
  /** No need, or the domain is closed. */
  R0,
  /** A need is identified and the timelines are normal. */
  R1,
  /** A trigger date is near or slipping. */
  R2,
  /** A critical trigger: a critical failure, a threat of violence or a risk of exploitation. */
  R3;

  public RiskLevel max(RiskLevel other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public boolean isAtLeast(RiskLevel other) {
    return compareTo(other) >= 0;
  }
}
