/**
 * First start on an empty production database: the first administrator, so that someone can
 * sign in and create the rest through the application.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Setup")
package kz.jol.setup;
