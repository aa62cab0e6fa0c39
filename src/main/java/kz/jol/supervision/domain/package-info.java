/**
 * The rules of supervision in plain Java: the kinds of events and their choices, the guards and
 * effects on the case's state ({@code SupervisionPolicy}), and the check-in schedule
 * ({@code CheckInPlan}). Nothing here reads the clock. Its types are part of the module's API so
 * that callers can build inputs (an {@code EventInput}) and read results.
 */
@org.springframework.modulith.NamedInterface("domain")
package kz.jol.supervision.domain;
