package kz.jol.register.web;

import java.util.List;
import java.util.Map;

/**
 * What a form shows after a refusal: the problems of each field beside it, and those that
 * belong to no field shown (a stale version, a duplicate) above the form.
 */
public final class FormErrors {

  static final FormErrors NONE = new FormErrors(Map.of(), List.of());

  private final Map<String, List<String>> byField;
  private final List<String> general;

  FormErrors(Map<String, List<String>> byField, List<String> general) {
    this.byField = Map.copyOf(byField);
    this.general = List.copyOf(general);
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
