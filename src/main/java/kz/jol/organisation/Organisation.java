package kz.jol.organisation;

import java.util.Locale;
import java.util.UUID;

/**
 * An organisation as other modules and the API see it.
 *
 * @param id its id
 * @param type what kind of body it is
 * @param nameKk its name in Kazakh
 * @param nameRu its name in Russian
 * @param nameEn its name in English
 * @param territoryCode the КАТО code of the territory it serves
 * @param address its postal address, or null
 * @param phone its phone number as written, or null
 * @param email its e-mail address, or null
 * @param headName the name of its head, or null
 * @param active false once it no longer takes work; kept for the records that name it
 * @param version the row version an update must send back
 */
public record Organisation(
    UUID id, OrganisationType type, String nameKk, String nameRu, String nameEn,
    String territoryCode, String address, String phone, String email, String headName,
    boolean active, int version) {

  /** The name in the given language; Kazakh, the state language, unless ru or en is asked. */
  public String name(Locale locale) {
    String language = locale == null ? "" : locale.getLanguage();
    return switch (language) {
      case "ru" -> nameRu;
      case "en" -> nameEn;
      default -> nameKk;
    };
  }
}
