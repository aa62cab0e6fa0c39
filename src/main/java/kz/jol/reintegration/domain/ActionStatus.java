package kz.jol.reintegration.domain;

/** Whether a plan action is still to be done. */
public enum ActionStatus {
  OPEN,
  /** Carried out, with its outcome. */
  DONE,
  /** No longer needed or impossible, with the reason. */
  CANCELLED
}
