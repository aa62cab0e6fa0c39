package kz.jol.audit;

/** What was done with a record. */
public enum AuditAction {
  /** The record was shown (card, detail, API read). */
  VIEW,
  /** The record appeared in a list or search result. */
  LIST,
  /** The record was created. */
  CREATE,
  /** The record was changed. */
  UPDATE,
  /** The record changed state (transition). */
  TRANSITION,
  /** The record left the system (print, PDF, export). */
  EXPORT
}
