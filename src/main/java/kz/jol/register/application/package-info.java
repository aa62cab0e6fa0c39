/**
 * The register's services, as other modules may call them: {@code PersonService} and
 * {@code CaseService} with their inputs and views. Repositories and scope helpers here stay
 * package-private. Every call runs with the current actor's role and scope, except
 * {@code OpenCases}, which system jobs with no actor use to walk the open cases, and
 * {@code CaseSubjects}, the few personal details a partner organisation may see once the
 * calling module has decided it may, and {@code Residences}, where persons live, for the police
 * module's filing of persons by precinct.
 */
@org.springframework.modulith.NamedInterface("application")
package kz.jol.register.application;
