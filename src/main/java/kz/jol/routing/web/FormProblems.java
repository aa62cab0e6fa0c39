package kz.jol.routing.web;

import java.util.List;
import java.util.Map;

/**
 * What a refused form shows: the problems of each field beside it, in the reader's language,
 * and those that belong to no field (a stale version, a move no longer allowed) above it.
 */
public record FormProblems(Map<String, List<String>> byField, List<String> general) {

  static final FormProblems NONE = new FormProblems(Map.of(), List.of());

  public FormProblems {
    byField = Map.copyOf(byField);
    general = List.copyOf(general);
  }

  public boolean any() {
    return !byField.isEmpty() || !general.isEmpty();
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  public List<String> of(String field) {
    return byField.getOrDefault(field, List.of());
  }
}
