/**
 * Territories of Kazakhstan: the republic, its 17 regions and 3 cities of republican
 * significance, their districts and cities, keyed by KATO code, named in Kazakh, Russian and
 * English. Scope checks ask this module which territories lie within a user's territory.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Territory")
package kz.jol.territory;
