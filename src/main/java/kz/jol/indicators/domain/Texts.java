package kz.jol.indicators.domain;

import java.util.Locale;

/**
 * One text in Jol's three languages.
 *
 * @param kk Kazakh
 * @param ru Russian
 * @param en English
 */
public record Texts(String kk, String ru, String en) {

  /** The text in the reader's language: Kazakh, Russian, or else English. */
  public String in(Locale locale) {
    return switch (locale == null ? "en" : locale.getLanguage()) {
      case "kk" -> kk;
      case "ru" -> ru;
      default -> en;
    };
  }

  /** Whether every language has a text that is not blank. */
  public boolean complete() {
    return present(kk) && present(ru) && present(en);
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
