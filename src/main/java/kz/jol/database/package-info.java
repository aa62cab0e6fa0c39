/**
 * Where Jol's PostgreSQL comes from: a configured server ({@code SPRING_DATASOURCE_URL}) or, when
 * none is configured, an embedded PostgreSQL whose data persists in a folder under the working
 * directory.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package kz.jol.database;
