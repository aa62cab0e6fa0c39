package kz.jol.register.card;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.JolException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * What a section's refused form shows, in the reader's language: each field's problems beside
 * the field (the register's {@code register/fragments :: errors} fragment reads them), the rest
 * above the form. The text of a problem is the message {@code error.<code>} of the module that
 * refused it; a date it names is shown as the card shows dates.
 */
public final class CardErrors {

  public static final CardErrors NONE = new CardErrors(Map.of(), List.of());

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final Map<String, List<String>> byField;
  private final List<String> general;

  private CardErrors(Map<String, List<String>> byField, List<String> general) {
    this.byField = Map.copyOf(byField);
    this.general = List.copyOf(general);
  }

  /** The refusal as form errors: problems of {@code fields} beside them, the rest on top. */
  public static CardErrors of(JolException refusal, Set<String> fields, MessageSource messages) {
    Map<String, List<String>> byField = new LinkedHashMap<>();
    List<String> general = new ArrayList<>();
    if (refusal instanceof InvalidInputException invalid) {
      for (FieldProblem problem : invalid.problems()) {
        String text = text(messages, problem.code(), problem.message(), problem.args());
        if (fields.contains(problem.field())) {
          byField.computeIfAbsent(problem.field(), f -> new ArrayList<>()).add(text);
        } else {
          general.add(text);
        }
      }
    } else {
      general.add(text(messages, refusal.code(), refusal.getMessage(), refusal.args()));
    }
    return new CardErrors(byField, general);
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

  private static String text(MessageSource messages, String code, String fallback,
      Object[] args) {
    Object[] shown = new Object[args == null ? 0 : args.length];
    for (int i = 0; i < shown.length; i++) {
      shown[i] = args[i] instanceof LocalDate date ? DATE.format(date) : args[i];
    }
    return messages.getMessage("error." + code, shown, fallback,
        LocaleContextHolder.getLocale());
  }
}
