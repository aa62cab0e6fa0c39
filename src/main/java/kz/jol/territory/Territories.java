package kz.jol.territory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the territory tree: one territory, its children, the path down to it, its name in the
 * user's language. Codes that are unknown (or malformed) simply find nothing.
 */
public interface Territories {

  /** The code of the Republic of Kazakhstan, the root of the tree. */
  String REPUBLIC = "000000000";

  /** The territory with this code, active or not. */
  Optional<Territory> find(String code);

  /** The active territories directly under this one, in code order; empty when it is unknown. */
  List<Territory> children(String code);

  /**
   * The 17 regions and the 3 cities of republican significance, in code order: the active
   * territories under the republic of those two kinds, whatever else may hang there.
   */
  default List<Territory> regions() {
    return children(REPUBLIC).stream()
        .filter(t -> t.kind() == TerritoryKind.REGION
            || t.kind() == TerritoryKind.CITY_OF_REPUBLICAN_SIGNIFICANCE)
        .toList();
  }

  /**
   * The territories from the republic down to this one, both included (republic, region,
   * district); empty when the code is unknown.
   */
  List<Territory> path(String code);

  /** The territory's name in the given language (see {@link Territory#name(Locale)}). */
  default Optional<String> name(String code, Locale locale) {
    return find(code).map(t -> t.name(locale));
  }
}
