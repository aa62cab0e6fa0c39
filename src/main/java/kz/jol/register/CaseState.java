package kz.jol.register;

/** Where a probation case stands. Which state may follow which is the case's own rule. */
public enum CaseState {
  /** A prisoner is being prepared for release; the route starts before the gates open. */
  PRE_RELEASE,
  /** Under probation. */
  ACTIVE,
  /** The person evades supervision and is sought (розыск). */
  WANTED,
  /** Supervision is paused (e.g. detained on another matter, in hospital). */
  SUSPENDED,
  /** Finished, with an {@link CaseOutcome outcome}. Final. */
  CLOSED
}
