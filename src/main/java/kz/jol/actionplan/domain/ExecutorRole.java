package kz.jol.actionplan.domain;

/** An executor's place in a measure. */
public enum ExecutorRole {
  /** The lead («созыв», or the sole executor): convenes the others and consolidates the reports. */
  LEAD,
  /** Another executor: reports on its own part to the lead and the ministry. */
  CO_EXECUTOR
}
