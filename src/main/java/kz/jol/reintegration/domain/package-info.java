/**
 * The reintegration engine in plain Java: assessments and their history, the integral index,
 * critical failures, risk levels and milestones. Every rule takes the date as of which it
 * judges; nothing here reads the clock. Its types are part of the module's API so that the
 * service and other modules can build its inputs and read its results.
 */
@org.springframework.modulith.NamedInterface("domain")
package kz.jol.reintegration.domain;
