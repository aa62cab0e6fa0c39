/**
 * The registry's kinds, states and rules as plain Java, free of Spring and of the database (an
 * agreement's status today, a proposal's fate, a partner's kind and domains).
 */
@org.springframework.modulith.NamedInterface("domain")
package kz.jol.interaction.domain;
