package kz.jol.shared;

import java.util.List;

/** Input that fails validation; nothing was changed. Rendered as 400 with every field problem. */
public final class InvalidInputException extends JolException {

  private final transient List<FieldProblem> problems;

  public InvalidInputException(List<FieldProblem> problems) {
    super("validation.failed", summary(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid input needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public InvalidInputException(FieldProblem problem) {
    this(List.of(problem));
  }

  public InvalidInputException(String field, String code, String message, Object... args) {
    this(new FieldProblem(field, code, message, args));
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  private static String summary(List<FieldProblem> problems) {
    return problems.stream()
        .map(p -> p.field() + ": " + p.message())
        .reduce((a, b) -> a + "; " + b)
        .orElse("invalid input");
  }
}
