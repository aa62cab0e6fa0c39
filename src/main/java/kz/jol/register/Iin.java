package kz.jol.register;

import java.time.DateTimeException;
import java.time.LocalDate;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;

/**
 * An individual identification number (ИИН / ЖСН) of a natural person: twelve digits, of which
 * 1–6 are the birth date as YYMMDD, 7 the century and sex (1/2 born in the 1800s male/female, 3/4
 * in the 1900s, 5/6 in the 2000s), 8–11 a serial number and 12 a check digit.
 *
 * <p>The check digit follows the official two-pass rule: the sum of digits 1–11 weighted 1..11,
 * modulo 11; when that gives 10, the sum weighted 3,4,5,6,7,8,9,10,11,1,2, modulo 11; when that
 * gives 10 too, no IIN is issued with these eleven digits.
 *
 * <p>An instance is always valid; {@link #parse} says exactly what is wrong otherwise. Equal
 * numbers are equal values.
 */
public final class Iin implements Comparable<Iin> {

  /** The number of digits of an IIN. */
  public static final int LENGTH = 12;

  private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
  private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
  private static final String DEFAULT_FIELD = "iin";

  private final String value;
  private final LocalDate birthDate;
  private final Sex sex;

  private Iin(String value, LocalDate birthDate, Sex sex) {
    this.value = value;
    this.birthDate = birthDate;
    this.sex = sex;
  }

  /**
   * Reads an IIN, reporting a problem on the field {@code iin}.
   *
   * @throws InvalidInputException with code {@code iin.length}, {@code iin.digits}, {@code
   *     iin.century-sex}, {@code iin.birth-date} or {@code iin.checksum}; the arguments of the
   *     last are the expected check digit (-1 when none exists) and the given one
   */
  public static Iin parse(String text) {
    return parse(DEFAULT_FIELD, text);
  }

  /** Reads an IIN, reporting a problem on the given field. */
  public static Iin parse(String field, String text) {
    if (text == null || text.length() != LENGTH) {
      int length = text == null ? 0 : text.length();
      throw problem(field, "iin.length", "an IIN has 12 digits, not " + length, length);
    }
    int[] d = new int[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw problem(field, "iin.digits",
            "an IIN has only digits; character " + (i + 1) + " is not one", i + 1);
      }
      d[i] = c - '0';
    }
    int centuryAndSex = d[6];
    if (centuryAndSex < 1 || centuryAndSex > 6) {
      throw problem(field, "iin.century-sex",
          "digit 7 gives century and sex and must be 1 to 6, not " + centuryAndSex, centuryAndSex);
    }
    int century = 1800 + 100 * ((centuryAndSex - 1) / 2);
    Sex sex = centuryAndSex % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    LocalDate birthDate;
    try {
      birthDate = LocalDate.of(century + d[0] * 10 + d[1], d[2] * 10 + d[3], d[4] * 10 + d[5]);
    } catch (DateTimeException e) {
      throw problem(field, "iin.birth-date",
          "digits 1 to 6 are not a date (YYMMDD): " + text.substring(0, 6), text.substring(0, 6));
    }
    int expected = checkDigit(d);
    if (expected < 0) {
      // Both passes give 10: no twelfth digit can be right. The same code, with -1 as the
      // expected digit, which the message bundles render as a sentence of its own.
      throw problem(field, "iin.checksum",
          "no check digit exists for these first 11 digits, so no IIN starts with them", -1, d[11]);
    }
    if (expected != d[11]) {
      throw problem(field, "iin.checksum",
          "check digit should be " + expected + ", not " + d[11], expected, d[11]);
    }
    return new Iin(text, birthDate, sex);
  }

  /** Whether the text is a valid IIN. */
  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (InvalidInputException e) {
      return false;
    }
  }

  /**
   * Same as {@link #parse(String)}; the name lets JSON and request parameter binding find it.
   */
  public static Iin valueOf(String text) {
    return parse(text);
  }

  /**
   * The check digit of the first eleven digits, or -1 when both passes give 10.
   *
   * @param digits at least eleven digits, 0 to 9
   */
  static int checkDigit(int[] digits) {
    int first = weightedSum(digits, FIRST_WEIGHTS) % 11;
    if (first != 10) {
      return first;
    }
    int second = weightedSum(digits, SECOND_WEIGHTS) % 11;
    return second == 10 ? -1 : second;
  }

  private static int weightedSum(int[] digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += digits[i] * weights[i];
    }
    return sum;
  }

  private static InvalidInputException problem(String field, String code, String message,
      Object... args) {
    return new InvalidInputException(new FieldProblem(field, code, message, args));
  }

  /** The twelve digits. */
  public String value() {
    return value;
  }

  /** The birth date encoded in digits 1–7. */
  public LocalDate birthDate() {
    return birthDate;
  }

  /** The sex encoded in digit 7. */
  public Sex sex() {
    return sex;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Iin iin && iin.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(Iin other) {
    return value.compareTo(other.value);
  }

  /** The twelve digits, as written on documents. */
  @Override
  public String toString() {
    return value;
  }
}
