package kz.jol.register.domain;

import java.util.ArrayList;
import java.util.List;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;

/** Collects every field problem of an input before refusing it, so the user sees them all. */
public final class Problems {

  private final List<FieldProblem> problems = new ArrayList<>();

  public Problems add(String field, String code, String message, Object... args) {
    problems.add(new FieldProblem(field, code, message, args));
    return this;
  }

  public Problems addAll(List<FieldProblem> more) {
    problems.addAll(more);
    return this;
  }

  /** Records that a required field is missing; true when it is. */
  public boolean missing(String field, Object value) {
    boolean missing = value == null || value instanceof String s && s.isBlank();
    if (missing) {
      add(field, "field.required", "is required");
    }
    return missing;
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  public List<FieldProblem> list() {
    return List.copyOf(problems);
  }

  /** Refuses the input when anything was found. */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
