/**
 * The interaction registry's services (joint events, agreements, target programmes, proposals,
 * partners), used by its pages and API and by the demo data.
 */
@org.springframework.modulith.NamedInterface("application")
package kz.jol.interaction.application;
