package kz.jol.access;

/** The roles of SPEC "Users and what each may see". */
public enum Role {
  /** Case manager of a probation unit: own caseload in own district. */
  PROBATION_OFFICER,
  /** Head of a district or regional probation unit: all cases of the unit's territory. */
  PROBATION_HEAD,
  /** District police inspector: persons on the register in the inspector's area, no health data. */
  POLICE_INSPECTOR,
  /** Worker of a partner organisation: only the referrals addressed to the organisation. */
  AGENCY_WORKER,
  /** Head of a local executive body department or partner organisation. */
  AGENCY_HEAD,
  /** Ministry or regional analyst: indicators and reports only, never a person's record. */
  ANALYST,
  /** Oversight: read-only on cases of the territory, and the access audit. */
  PROSECUTOR,
  /** System administrator: users, organisations, reference data. */
  ADMIN,
  /**
   * Another agency's information system, calling the partner API for one organisation: the same
   * referrals and minimal personal data as that organisation's workers. Never signs in on the web.
   */
  PARTNER_SYSTEM;

  /** The Spring Security authority of this role. */
  public String authority() {
    return "ROLE_" + name();
  }
}
