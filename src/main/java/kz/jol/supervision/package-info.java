/**
 * Supervision of a probation case together with the police (SPEC section 5; seed 000, block 2):
 * check-ins against a schedule, home visits, violations and written warnings, wanted declared
 * and ended, administrative and criminal offences, submissions to court and the court's
 * decisions, requests for help, and the duties the court imposed. The case's state follows
 * (WANTED while wanted, CLOSED as REVOKED on revocation) through the register's
 * {@code CaseStates}.
 *
 * <p>Its API is this package: {@link kz.jol.supervision.SupervisionSummaries} for the police
 * side, {@link kz.jol.supervision.CheckInFacts} (check-in counts) for the indicators, the duty kinds, and the events {@link kz.jol.supervision.SupervisionEventRecorded},
 * {@link kz.jol.supervision.CheckInMissed} and {@link kz.jol.supervision.ContactLost}. The
 * rules are plain Java in {@code domain}; the reporting view {@code supervision_event_facts}
 * feeds the indicators. See {@code docs/supervision.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package kz.jol.supervision;
