package kz.jol.register;

/** How a probation case ended. */
public enum CaseOutcome {
  /** The term was served. */
  COMPLETED,
  /** The court revoked the probation (replaced it with imprisonment). */
  REVOKED,
  /** A new criminal offence ended the case. */
  NEW_OFFENCE,
  /** Passed to another unit, where a new case is registered. */
  TRANSFERRED,
  /** Released under an amnesty act. */
  AMNESTY,
  /** The person died. */
  DEATH
}
