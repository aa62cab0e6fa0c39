/**
 * The case card's extension point. The register draws the card of a case (person, case,
 * states); the modules that own what else belongs on it (reintegration, routing, casework)
 * contribute sections through {@link kz.jol.register.card.CaseCardSection} without the register
 * knowing them: they depend on the register, never the other way round.
 */
@org.springframework.modulith.NamedInterface("card")
package kz.jol.register.card;
