/**
 * Reintegration assessment of a probation case (SPEC section 2, seed 001 section 3): five
 * domains scored 0–2, the integral index, critical failures, risk levels R0–R3 and the
 * milestones of the first 180 days.
 *
 * <p>The rules live in {@code domain} as plain Java: {@link
 * kz.jol.reintegration.domain.ReintegrationPolicy#evaluate} takes a case's timeline, its
 * assessment history, its plan status, the date to judge as of and the risk thresholds, and
 * returns the case's state on that date.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reintegration")
package kz.jol.reintegration;
