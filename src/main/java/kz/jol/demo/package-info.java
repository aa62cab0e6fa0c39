/**
 * The demo dataset for Karaganda region: organisations of every type, one user per role and
 * ~200 synthetic women on the register whose profile follows seed 001's survey. Loaded only
 * into the embedded database, only when it is empty; a configured (production) database never
 * gets it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package kz.jol.demo;
