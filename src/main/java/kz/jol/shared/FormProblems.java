package kz.jol.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What an admin form shows after a refusal: each field's problems beside the field, and those
 * of no field on the form (a stale version, a year held already) above it. Pages of every module
 * use it; the texts come in already translated, so it stays plain Java.
 */
public final class FormProblems {

  /** Turns a problem's code, English fallback and arguments into the reader's text. */
  @FunctionalInterface
  public interface Texts {
    String text(String code, String fallback, Object[] args);
  }

  public static final FormProblems NONE = new FormProblems(Map.of(), List.of());

  private final Map<String, List<String>> byField;
  private final List<String> general;

  private FormProblems(Map<String, List<String>> byField, List<String> general) {
    this.byField = Map.copyOf(byField);
    this.general = List.copyOf(general);
  }

  /**
   * The refusal's problems, each under the form field {@code toField} names for the service's
   * field (null for none on the form: it goes on top).
   */
  public static FormProblems of(JolException refusal, Texts texts, UnaryOperator<String> toField) {
    Map<String, List<String>> byField = new LinkedHashMap<>();
    List<String> general = new ArrayList<>();
    if (refusal instanceof InvalidInputException invalid) {
      for (FieldProblem problem : invalid.problems()) {
        String text = texts.text(problem.code(), problem.message(), problem.args());
        String field = toField.apply(problem.field());
        if (field == null) {
          general.add(text);
        } else {
          byField.computeIfAbsent(field, f -> new ArrayList<>()).add(text);
        }
      }
    } else {
      general.add(texts.text(refusal.code(), refusal.getMessage(), refusal.args()));
    }
    return new FormProblems(byField, general);
  }

  /** Lines that belong to no field, e.g. a page's own notice above the form. */
  public static FormProblems general(List<String> lines) {
    return new FormProblems(Map.of(), lines);
  }

  /** Whether anything was refused. */
  public boolean any() {
    return !byField.isEmpty() || !general.isEmpty();
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  /** The problems of one field, in the reader's language. */
  public List<String> of(String field) {
    return byField.getOrDefault(field, List.of());
  }

  /** The problems that belong to no field of the form. */
  public List<String> general() {
    return general;
  }
}
