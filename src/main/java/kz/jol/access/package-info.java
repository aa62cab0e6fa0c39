/**
 * Users, roles and scope; sign-in for people (form) and for API clients (HTTP Basic); deny by
 * default: a handler without {@link kz.jol.access.Allowed} or {@link kz.jol.access.PublicEndpoint}
 * answers 403 to everyone.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package kz.jol.access;
