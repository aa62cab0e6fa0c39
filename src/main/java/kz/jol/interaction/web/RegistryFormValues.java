package kz.jol.interaction.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;

/**
 * Reads a page form's text fields into the values a service takes, collecting a problem for
 * each one that is not what it should be, so the page shows them all beside their fields.
 */
final class RegistryFormValues {

  private final List<FieldProblem> problems = new ArrayList<>();

  LocalDate date(String field, String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "registry.date", "is not a date", text));
      return null;
    }
  }

  Integer number(String field, String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, "registry.number", "is not a whole number", text));
      return null;
    }
  }

  BigDecimal amount(String field, String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return new BigDecimal(text.strip().replace(" ", "").replace(',', '.'));
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, "registry.amount", "is not a sum", text));
      return null;
    }
  }

  <E extends Enum<E>> E choice(String field, Class<E> type, String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.strip());
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, "registry.not-a-choice",
          "is not one of the choices", text));
      return null;
    }
  }

  UUID id(String field, String text) {
    if (blank(text)) {
      return null;
    }
    List<UUID> ids = ids(field, List.of(text));
    return ids.isEmpty() ? null : ids.getFirst();
  }

  List<UUID> ids(String field, List<String> texts) {
    List<UUID> ids = new ArrayList<>();
    if (texts == null) {
      return ids;
    }
    for (String text : texts) {
      if (blank(text)) {
        continue;
      }
      try {
        ids.add(UUID.fromString(text.strip()));
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem(field, "registry.not-a-choice",
            "is not one of the choices", text));
      }
    }
    return ids;
  }

  /** One name a line: a text area of names. */
  static List<String> lines(String text) {
    if (text == null) {
      return List.of();
    }
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  /** Refuses the form when a field could not be read; the service checks the rest. */
  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
