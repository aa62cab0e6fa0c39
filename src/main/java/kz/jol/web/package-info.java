/**
 * What every page and endpoint shares: the RFC 9457 error contract, the user's language, the
 * layout. Modules keep their own controllers beside their services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package kz.jol.web;
