/**
 * Routing (SPEC section 4, seed 001): the routing matrix (domain × risk level → actions, an
 * organisation type, a deadline), referrals of cases to the organisations responsible for a
 * domain in the person's territory, their closed loop (sent, accepted, in progress, done with
 * the confirmed result, or declined / impossible with a reason) and the agency inbox.
 *
 * <p>A domain raised to R3 ({@link kz.jol.reintegration.DomainRiskRaised}) or found at a
 * matrix level by the hourly routing sweep is routed automatically, once per episode.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Routing")
package kz.jol.routing;
