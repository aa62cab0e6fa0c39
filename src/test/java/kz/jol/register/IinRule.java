package kz.jol.register;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/**
 * The IIN rule written a second time, independently of {@link Iin}, as the oracle of its tests
 * and the source of fresh synthetic IINs for test data. Kept deliberately plain.
 */
final class IinRule {

  private IinRule() {}

  /** The check digit the rule gives for the first eleven digits, empty when none exists. */
  static OptionalInt checkDigit(String first11) {
    int[] d = first11.chars().limit(11).map(c -> c - '0').toArray();
    int first = IntStream.range(0, 11).map(i -> d[i] * (i + 1)).sum() % 11;
    if (first != 10) {
      return OptionalInt.of(first);
    }
    // weights 3..11, then 1, 2
    int second = IntStream.range(0, 11).map(i -> d[i] * ((i + 2) % 11 + 1)).sum() % 11;
    return second == 10 ? OptionalInt.empty() : OptionalInt.of(second);
  }

  /** Whether the first pass alone (weights 1..11) decides the check digit. */
  static boolean decidedByFirstPass(String first11) {
    int[] d = first11.chars().limit(11).map(c -> c - '0').toArray();
    return IntStream.range(0, 11).map(i -> d[i] * (i + 1)).sum() % 11 != 10;
  }

  /** Whether the text is an IIN by the rule. */
  static boolean isValid(String text) {
    if (text == null || !text.matches("[0-9]{12}")) {
      return false;
    }
    if (birthDate(text) == null) {
      return false;
    }
    OptionalInt check = checkDigit(text.substring(0, 11));
    return check.isPresent() && check.getAsInt() == text.charAt(11) - '0';
  }

  /** The first eleven digits for a birth date, sex and serial number (0 to 9999). */
  static String prefix(LocalDate birthDate, Sex sex, int serial) {
    int centuryIndex = (birthDate.getYear() - 1800) / 100;
    int digit7 = centuryIndex * 2 + (sex == Sex.MALE ? 1 : 2);
    return String.format("%02d%02d%02d%d%04d", birthDate.getYear() % 100,
        birthDate.getMonthValue(), birthDate.getDayOfMonth(), digit7, serial);
  }

  /** An IIN for a birth date, sex and serial, or null when no check digit exists for them. */
  static String iin(LocalDate birthDate, Sex sex, int serial) {
    String prefix = prefix(birthDate, sex, serial);
    OptionalInt check = checkDigit(prefix);
    return check.isPresent() ? prefix + check.getAsInt() : null;
  }

  /** A fresh random valid IIN of an adult born between 1950 and 2005, for test data. */
  static String random() {
    var random = ThreadLocalRandom.current();
    while (true) {
      LocalDate birthDate = LocalDate.ofEpochDay(random.nextLong(
          LocalDate.of(1950, 1, 1).toEpochDay(), LocalDate.of(2005, 12, 31).toEpochDay()));
      String iin = iin(birthDate, random.nextBoolean() ? Sex.MALE : Sex.FEMALE,
          random.nextInt(10_000));
      if (iin != null) {
        return iin;
      }
    }
  }

  private static LocalDate birthDate(String text) {
    int digit7 = text.charAt(6) - '0';
    if (digit7 < 1 || digit7 > 6) {
      return null;
    }
    int year = 1800 + (digit7 - 1) / 2 * 100 + Integer.parseInt(text.substring(0, 2));
    try {
      return LocalDate.parse(String.format("%04d-%s-%s", year, text.substring(2, 4),
          text.substring(4, 6)));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
