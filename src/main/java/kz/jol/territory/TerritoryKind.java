package kz.jol.territory;

import java.util.Set;

/** The levels of Kazakhstan's administrative-territorial division that Jol knows. */
public enum TerritoryKind {
  /** The Republic of Kazakhstan, the root of the tree. */
  REPUBLIC,
  /** One of the 17 regions (облыс / область). */
  REGION,
  /** Astana, Almaty, Shymkent: cities on a level with the regions. */
  CITY_OF_REPUBLICAN_SIGNIFICANCE,
  /** A district (аудан / район) of a region. */
  DISTRICT,
  /** A city on a level with the districts of its region (Karaganda, Temirtau, ...). */
  CITY_OF_REGIONAL_SIGNIFICANCE,
  /** A district of a city (Almaly district of Almaty, ...). */
  CITY_DISTRICT;

  /**
   * Whether a territory of this kind may lie directly under one of the given kind: regions and
   * republican cities under the republic, districts and regional cities under a region, city
   * districts under a city.
   */
  public boolean mayLieUnder(TerritoryKind parent) {
    return switch (this) {
      case REPUBLIC -> false;
      case REGION, CITY_OF_REPUBLICAN_SIGNIFICANCE -> parent == REPUBLIC;
      case DISTRICT, CITY_OF_REGIONAL_SIGNIFICANCE -> parent == REGION;
      case CITY_DISTRICT -> parent == CITY_OF_REPUBLICAN_SIGNIFICANCE
          || parent == CITY_OF_REGIONAL_SIGNIFICANCE;
    };
  }

  /**
   * The kinds an administrator may add by import. The republic, its regions and the three
   * republican cities are fixed by law and come with Jol's reference data.
   */
  public static final Set<TerritoryKind> IMPORTABLE =
      Set.of(DISTRICT, CITY_OF_REGIONAL_SIGNIFICANCE, CITY_DISTRICT);
}
