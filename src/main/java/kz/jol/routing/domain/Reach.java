package kz.jol.routing.domain;

/** Where a level of the escalation ladder looks for its body, from the case's territory up. */
public enum Reach {
  /** The case's own territory (a district), else its region, else the republic. */
  CASE_TERRITORY,
  /** The region (or city of republican significance) of the case's territory, else the republic. */
  REGION,
  /** The republic: a ministry or another central body. */
  REPUBLIC
}
