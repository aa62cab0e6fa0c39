/** The routing services other modules and the web layer call. */
@org.springframework.modulith.NamedInterface("application")
package kz.jol.routing.application;
