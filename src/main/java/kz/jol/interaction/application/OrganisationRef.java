package kz.jol.interaction.application;

import java.util.Locale;
import java.util.UUID;

/**
 * An organisation of Jol as a registry record shows it.
 *
 * @param id its id
 * @param nameKk its Kazakh name
 * @param nameRu its Russian name
 * @param nameEn its English name
 */
public record OrganisationRef(UUID id, String nameKk, String nameRu, String nameEn) {

  /** The name in the reader's language; Kazakh, the state language, unless ru or en. */
  public String name(Locale locale) {
    String language = locale == null ? "" : locale.getLanguage();
    return switch (language) {
      case "ru" -> nameRu;
      case "en" -> nameEn;
      default -> nameKk;
    };
  }
}
