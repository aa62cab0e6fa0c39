package kz.jol.territory;

import java.util.Locale;
import java.util.Objects;

/**
 * A territory of Kazakhstan, keyed by its 9-digit КАТО code.
 *
 * @param code the КАТО code, e.g. {@code 350000000} for Karaganda region
 * @param parentCode the code of the territory it lies in; {@code null} only for the republic
 * @param kind its level in the administrative-territorial division
 * @param nameKk the official name in Kazakh
 * @param nameRu the official name in Russian
 * @param nameEn the name in English
 * @param isoCode the ISO 3166-2 code of a region or republican city ({@code KZ-35}), else null
 * @param active whether it still exists; inactive territories stay for the records that name them
 */
public record Territory(
    String code, String parentCode, TerritoryKind kind, String nameKk, String nameRu,
    String nameEn, String isoCode, boolean active) {

  public Territory {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(nameKk, "nameKk");
    Objects.requireNonNull(nameRu, "nameRu");
    Objects.requireNonNull(nameEn, "nameEn");
  }

  /**
   * The name in the given language: Russian for {@code ru}, English for {@code en}, and Kazakh,
   * the state language, for {@code kk} and for anything else.
   */
  public String name(Locale locale) {
    String language = locale == null ? "" : locale.getLanguage();
    return switch (language) {
      case "ru" -> nameRu;
      case "en" -> nameEn;
      default -> nameKk;
    };
  }
}
