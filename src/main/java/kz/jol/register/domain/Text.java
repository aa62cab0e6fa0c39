package kz.jol.register.domain;

import java.util.regex.Pattern;

/** Small text rules shared by the register's inputs. */
final class Text {

  private static final Pattern TERRITORY_CODE = Pattern.compile("[0-9]{9}");

  private Text() {}

  /** Trims; blank becomes null. */
  static String clean(String text) {
    if (text == null) {
      return null;
    }
    String trimmed = text.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  static void checkTerritoryCode(String field, String code, Problems problems) {
    if (!TERRITORY_CODE.matcher(code).matches()) {
      problems.add(field, "territory.code", "a territory code (KATO) has 9 digits: " + code, code);
    }
  }

  static void checkLength(String field, String text, int max, Problems problems) {
    if (text != null && text.length() > max) {
      problems.add(field, "field.size", "is longer than " + max + " characters");
    }
  }
}
