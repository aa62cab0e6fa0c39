/**
 * The register of persons on probation and their probation cases (SPEC section 1).
 *
 * <p>Its API is this package: the {@link kz.jol.register.Iin} value object, the ids of persons
 * and cases, the kinds and states of a case, and the events {@link
 * kz.jol.register.CaseRegistered}, {@link kz.jol.register.CaseStateChanged} and {@link
 * kz.jol.register.PersonAddressChanged}, and the port {@link kz.jol.register.PoliceReach} through
 * which the police module narrows an inspector's reach to the inspector's precincts. The model and
 * its rules live in {@code domain} (plain Java), the services and storage in {@code internal},
 * the REST API under {@code /api/v1} in {@code web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Register")
package kz.jol.register;
