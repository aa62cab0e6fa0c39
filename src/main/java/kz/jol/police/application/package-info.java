/** The police module's services: precincts, residents, the precinct workspace. */
@org.springframework.modulith.NamedInterface("application")
package kz.jol.police.application;
