package kz.jol.reintegration.domain;

/** The fixed points of a case's first 180 days. */
public enum MilestoneKind {
  /** The individual plan is due: 3 working days after registration. */
  PLAN_DUE,
  /** Day 30: documents and registration; first health screening. */
  DAY_30,
  /** Day 60: legal income or an employment track. */
  DAY_60,
  /** Day 90: the targets of the Documents, Housing and Work domains (end of the critical window). */
  DAY_90,
  /** Day 180: the official reading of the integral index. */
  DAY_180
}
