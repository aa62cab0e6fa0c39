package kz.jol.police.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The street and house number read out of an address line as people write it in Kazakhstan
 * ("г. Караганда, ул. Абая, д. 12, кв. 5", "Қарағанды қ., Абай көшесі 12-5", "мкр. Восток-5,
 * 14"), reduced to what precinct matching compares.
 *
 * @param streetKey the street's {@linkplain #key(String) key}, or null when none is found
 * @param house the house number's leading digits, or null when none is found
 */
public record StreetAddress(String streetKey, Integer house) {

  /** Words that name the kind of street or settlement, not the street itself. */
  private static final List<String> STREET_WORDS = List.of("ул", "улица", "көш", "көшесі",
      "көше", "пр", "пр-т", "проспект", "даңғылы", "даңғ", "мкр", "микрорайон", "шағын аудан",
      "ш/а", "шағ", "бул", "бульвар", "пер", "переулок", "тұйық", "трасса", "тас жолы", "жк");
  private static final List<String> CITY_WORDS = List.of("г", "город", "қ", "қаласы", "п",
      "пос", "посёлок", "поселок", "с", "село", "ауыл", "кент", "обл", "область", "облысы",
      "р-н", "район", "ауданы");
  private static final Pattern HOUSE_PART = Pattern.compile(
      "^(?:д|дом|үй|уй|h|house)\\.?\\s*(\\d+).*$");
  private static final Pattern FLAT_PART = Pattern.compile(
      "^(?:кв|квартира|пәтер|п|офис|flat|apt)\\.?\\s*\\d.*$");
  private static final Pattern NUMBER_PART = Pattern.compile("^(\\d+)(?:\\s*[-/а-яa-zәғқңөұүһі].*)?$");
  private static final Pattern TRAILING_HOUSE = Pattern.compile("^(.*\\D)\\s+(\\d+)(?:[-/]\\S*)?$");

  /**
   * The key of a street name: lower case, ё as е, without the words for "street", "avenue",
   * "micro-district" in Russian and Kazakh (with or without their dot), one space between
   * words, no spaces around a hyphen.
   */
  public static String key(String street) {
    if (street == null) {
      return null;
    }
    String text = street.toLowerCase(Locale.ROOT).replace('ё', 'е')
        .replaceAll("[«»\"']", " ")
        .replaceAll("\\s*-\\s*", "-")
        .replace('.', ' ')
        .replaceAll("\\s+", " ")
        .strip();
    StringBuilder kept = new StringBuilder();
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if (i + 1 < words.length && STREET_WORDS.contains(word + " " + words[i + 1])) {
        i++;
        continue;
      }
      if (STREET_WORDS.contains(word) || word.isEmpty()) {
        continue;
      }
      if (!kept.isEmpty()) {
        kept.append(' ');
      }
      kept.append(word);
    }
    return kept.isEmpty() ? null : kept.toString();
  }

  /** Reads the street and house out of an address line; nulls where it finds none. */
  public static StreetAddress parse(String line) {
    if (line == null || line.isBlank()) {
      return new StreetAddress(null, null);
    }
    String street = null;
    Integer house = null;
    for (String raw : line.split(",")) {
      String part = raw.strip().toLowerCase(Locale.ROOT);
      if (part.isEmpty() || isCity(part) || FLAT_PART.matcher(part).matches()) {
        continue;
      }
      Matcher houseMatch = HOUSE_PART.matcher(part);
      if (houseMatch.matches()) {
        house = house == null ? Integer.valueOf(houseMatch.group(1)) : house;
        continue;
      }
      Matcher number = NUMBER_PART.matcher(part);
      if (number.matches()) {
        if (street != null && house == null) {
          house = Integer.valueOf(number.group(1));
        }
        continue;
      }
      if (street == null) {
        Matcher trailing = TRAILING_HOUSE.matcher(part);
        if (trailing.matches() && !endsWithHyphenNumber(part)) {
          street = key(trailing.group(1));
          house = Integer.valueOf(trailing.group(2));
        } else {
          street = key(part);
        }
      }
    }
    return new StreetAddress(street, house);
  }

  /** "восток-5" is a micro-district's name, not street "восток" house 5. */
  private static boolean endsWithHyphenNumber(String part) {
    return part.matches(".*\\D-\\d+$") && !part.matches(".*\\s\\d+[-/]\\d+$");
  }

  private static boolean isCity(String part) {
    String text = part.replace('.', ' ').replaceAll("\\s+", " ").strip();
    String[] words = text.split(" ");
    return CITY_WORDS.contains(words[0]) || CITY_WORDS.contains(words[words.length - 1]);
  }
}
