package kz.jol.supervision;

/**
 * A duty the court imposed on the person with the sentence (обязанности, возложенные судом,
 * Criminal Code art. 44 and 63 and the Criminal-Executive Code's control over them): what the
 * probation service checks and the district inspector should know of.
 */
public enum DutyKind {
  /** Report to the probation service on the days it sets (являться на регистрацию). */
  REPORT_TO_PROBATION,
  /** Not change the place of residence, work or study without telling the service. */
  NOT_CHANGE_RESIDENCE_OR_WORK,
  /** Not leave the territory (the district, the town) without the service's consent. */
  NOT_LEAVE_TERRITORY,
  /** Stay at home during set hours (curfew). */
  STAY_HOME_AT_SET_HOURS,
  /** Not visit certain places (bars, events, a named address). */
  NOT_VISIT_PLACES,
  /** Not contact certain persons (the victim, former accomplices). */
  NOT_CONTACT_PERSONS,
  /** Undergo treatment (for alcohol or drug dependence, a disease). */
  UNDERGO_TREATMENT,
  /** Work, look for work or study. */
  WORK_OR_STUDY,
  /** Support the family materially, pay compensation to the victim. */
  SUPPORT_FAMILY_OR_COMPENSATE,
  /** Another duty set by the court, in the words of the judgment. */
  OTHER;

  /** Whether the detail is health data that a police inspector must not read. */
  public boolean detailIsHealthData() {
    return this == UNDERGO_TREATMENT;
  }
}
