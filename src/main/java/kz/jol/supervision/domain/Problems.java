package kz.jol.supervision.domain;

import java.util.ArrayList;
import java.util.List;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;

/** Collects every problem of an input before refusing it, so the user sees them all at once. */
final class Problems {

  private final List<FieldProblem> problems = new ArrayList<>();

  Problems add(String field, String code, String message, Object... args) {
    problems.add(new FieldProblem(field, code, message, args));
    return this;
  }

  /** Records that a required field is missing; true when it is. */
  boolean missing(String field, Object value) {
    boolean missing = value == null || value instanceof String s && s.isBlank()
        || value instanceof List<?> l && l.isEmpty();
    if (missing) {
      add(field, "field.required", "is required");
    }
    return missing;
  }

  /** The text stripped, or null when blank; a problem when longer than {@code max}. */
  String text(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      add(field, "field.too-long", "use at most " + max + " characters", max);
    }
    return stripped;
  }

  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
