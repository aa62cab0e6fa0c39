/**
 * The routing rules in plain Java: the matrix, deadlines on the working-day calendar, and the
 * referral's guarded transitions. Nothing here reads the clock.
 */
@org.springframework.modulith.NamedInterface("domain")
package kz.jol.routing.domain;
