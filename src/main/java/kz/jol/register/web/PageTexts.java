package kz.jol.register.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.jol.access.Role;
import kz.jol.register.CaseOutcome;
import kz.jol.register.CaseState;
import kz.jol.register.ProbationKind;
import kz.jol.register.Sex;
import kz.jol.register.domain.Education;
import kz.jol.register.domain.Employment;
import kz.jol.register.domain.LegalBasis;
import kz.jol.register.domain.MaritalStatus;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.JolException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Says on a page, in the reader's language, what the register refused: each field's problems
 * beside the field, the rest above the form. Values the messages name (a state, a kind, a date)
 * are shown as the reader knows them: «Іздестіруде», not WANTED; 01.03.2026, not 2026-03-01.
 */
@Component
class PageTexts {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  /** The message keys of the enums' labels, by type. */
  private static final Map<Class<?>, String> LABELS = Map.of(
      CaseState.class, "register.case.state.",
      ProbationKind.class, "register.case.kind.",
      CaseOutcome.class, "register.case.outcome.",
      LegalBasis.class, "register.case.legal-basis.",
      Sex.class, "register.person.sex.",
      Education.class, "register.person.education.",
      Employment.class, "register.person.employment.",
      MaritalStatus.class, "register.person.marital-status.",
      Role.class, "role.");

  private final MessageSource messages;

  PageTexts(MessageSource messages) {
    this.messages = messages;
  }

  /** The refusal as form errors: problems of {@code fields} beside them, the rest on top. */
  FormErrors errors(JolException refusal, Set<String> fields) {
    Map<String, List<String>> byField = new LinkedHashMap<>();
    List<String> general = new ArrayList<>();
    if (refusal instanceof InvalidInputException invalid) {
      for (FieldProblem problem : invalid.problems()) {
        String text = text(problem.code(), problem.message(), problem.args());
        if (fields.contains(problem.field())) {
          byField.computeIfAbsent(problem.field(), f -> new ArrayList<>()).add(text);
        } else {
          general.add(text);
        }
      }
    } else {
      general.add(text(refusal.code(), refusal.getMessage(), refusal.args()));
    }
    return new FormErrors(byField, general);
  }

  /** Every problem of a refusal as a line of text, for a page without a form. */
  List<String> lines(JolException refusal) {
    FormErrors errors = errors(refusal, Set.of());
    return errors.general();
  }

  private String text(String code, String fallback, Object[] args) {
    return messages.getMessage("error." + code, readable(args), fallback,
        LocaleContextHolder.getLocale());
  }

  private static Object[] readable(Object[] args) {
    Object[] out = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      out[i] = readable(args[i]);
    }
    return out;
  }

  private static Object readable(Object arg) {
    if (arg instanceof LocalDate date) {
      return DATE.format(date);
    }
    if (arg instanceof Enum<?> value && LABELS.containsKey(value.getDeclaringClass())) {
      String key = LABELS.get(value.getDeclaringClass()) + value.name();
      return (MessageSourceResolvable) new DefaultMessageSourceResolvable(
          new String[] {key}, value.name());
    }
    return arg;
  }
}
