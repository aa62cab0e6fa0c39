package kz.jol.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads a page form's text fields into the values a service takes, collecting a problem for
 * each one that is not what it should be, so the page shows them all beside their fields. The
 * problems' codes are the module's own ({@code <prefix>.date}, {@code <prefix>.number},
 * {@code <prefix>.amount}, {@code <prefix>.not-a-choice}), so each module words them in its
 * bundles.
 */
public final class FormFields {

  private final String prefix;
  private final List<FieldProblem> problems = new ArrayList<>();

  /** @param prefix the module's prefix of problem codes, e.g. {@code police} */
  public FormFields(String prefix) {
    this.prefix = prefix;
  }

  /** An ISO day, or null when blank. */
  public LocalDate date(String field, String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, prefix + ".date", "is not a date", text));
      return null;
    }
  }

  /** A whole number, or null when blank. */
  public Integer number(String field, String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, prefix + ".number", "is not a whole number", text));
      return null;
    }
  }

  /** A sum of money as typed ({@code 1 500 000,50}), or null when blank. */
  public BigDecimal amount(String field, String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return new BigDecimal(text.strip().replace(" ", "").replace(',', '.'));
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, prefix + ".amount", "is not a sum", text));
      return null;
    }
  }

  /** One of an enum's constants by name, or null when blank. */
  public <E extends Enum<E>> E choice(String field, Class<E> type, String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.strip());
    } catch (IllegalArgumentException e) {
      problems.add(notAChoice(field, text));
      return null;
    }
  }

  /** One id chosen, or null when blank. */
  public UUID id(String field, String text) {
    if (blank(text)) {
      return null;
    }
    List<UUID> ids = ids(field, List.of(text));
    return ids.isEmpty() ? null : ids.getFirst();
  }

  /** The ids chosen (blank ones skipped). */
  public List<UUID> ids(String field, List<String> texts) {
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
        problems.add(notAChoice(field, text));
      }
    }
    return ids;
  }

  /** Refuses the form when a field could not be read; the service checks the rest. */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** One entry a line: a text area of names. */
  public static List<String> lines(String text) {
    if (text == null) {
      return List.of();
    }
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  /** Whether nothing but white space was typed. */
  public static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private FieldProblem notAChoice(String field, String text) {
    return new FieldProblem(field, prefix + ".not-a-choice", "is not one of the choices", text);
  }
}
