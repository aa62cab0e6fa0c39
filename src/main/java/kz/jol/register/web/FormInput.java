package kz.jol.register.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.jol.register.Iin;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;

/**
 * Reads a posted form's text into the values the services take, collecting every value that
 * cannot be read. An empty field is null: whether it is required is the service's rule.
 */
final class FormInput {

  private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu")
      .withResolverStyle(ResolverStyle.STRICT);

  private final List<FieldProblem> problems = new ArrayList<>();

  /** The text, or null when nothing was entered. */
  static String text(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** A date as a date input sends it (2026-03-01) or as typed by hand (01.03.2026). */
  LocalDate date(String field, String value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    String date = text.strip();
    try {
      return date.contains(".") ? LocalDate.parse(date, TYPED_DATE) : LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "register.not-a-date", "is not a date", text));
      return null;
    }
  }

  Integer number(String field, String value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, "register.not-a-number", "is not a whole number",
          text));
      return null;
    }
  }

  Long version(String value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem("version", "register.not-a-number", "is not a whole number",
          text));
      return null;
    }
  }

  UUID id(String field, String value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, "register.not-an-id", "is not a record id", text));
      return null;
    }
  }

  /** One of the choices a select offers, by its constant name. */
  <E extends Enum<E>> E choice(String field, Class<E> type, String value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, "register.not-a-choice",
          "is not one of the choices", text));
      return null;
    }
  }

  Iin iin(String field, String value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return Iin.parse(field, text.replaceAll("\\s", ""));
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  /**
   * Refuses the form when any value could not be read, before a service sees a null where the
   * user typed something.
   */
  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
