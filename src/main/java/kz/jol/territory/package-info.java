/**
 * Territories of Kazakhstan: the republic, its 17 regions and 3 cities of republican
 * significance, their districts and cities, keyed by КАТО code, named in Kazakh, Russian and
 * English. {@link kz.jol.territory.Territories} reads the tree; scope checks ask
 * {@link kz.jol.territory.TerritoryScope} which territories lie within a user's territory.
 * Administrators add districts by CSV import ({@code POST /api/v1/admin/territories/import}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Territory")
package kz.jol.territory;
