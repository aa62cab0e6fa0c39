/**
 * The HTTP API of the territory module. It is a nested application module so that it may use
 * the access module's {@code @Allowed} while the access module itself depends on
 * {@link kz.jol.territory.TerritoryScope}: without the nesting, territory and access would form
 * a cycle (see docs/adr/0006-territory-web-nested-module.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Territory API")
package kz.jol.territory.web;
