/**
 * Publishing, correcting and withdrawing figure tables, and reading what is public: the service
 * the web layer and the demo data call.
 */
@org.springframework.modulith.NamedInterface("application")
package kz.jol.publication.application;
