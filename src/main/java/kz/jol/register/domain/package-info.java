/**
 * The register's domain model in plain Java: persons, probation cases and their transitions,
 * the role matrix. Its value types (details, address, terms, enums) are part of the module's
 * API so that other modules can build the services' inputs.
 */
@org.springframework.modulith.NamedInterface("domain")
package kz.jol.register.domain;
