/**
 * The local police side of Jol (SPEC sections 5 and 9, issue 6): the district inspectors'
 * precincts (административные участки) with their streets and inspectors, who on the probation
 * register lives in which precinct, and the precinct's "social map" the inspector keeps
 * (persons on the preventive register, problem families, risk places, local partners,
 * prevention measures, receptions, mediation).
 *
 * <p>Its API is this package's events and the services in {@code application}. It implements
 * the register's {@link kz.jol.register.PoliceReach}, so that an inspector reaches only the
 * persons living in the inspector's precincts. The matching rules are plain Java in {@code
 * domain}; see {@code docs/police.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Police")
package kz.jol.police;
