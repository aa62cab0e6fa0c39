package kz.jol.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.jol.shared.FormProblems;
import kz.jol.shared.JolException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Says on a module's pages, in the reader's language, what its services refused: each field's
 * problems beside the field, the rest (a stale version, a move no longer allowed) above the
 * form. The text of a problem is the message {@code error.<code>}; the values it names are shown
 * as the reader knows them: a date as 01.03.2026, not 2026-03-01, and a state or kind by its
 * label («Қабылданды», not ACCEPTED). A module subclasses it as a component and names the
 * message prefix of each enum its refusals mention.
 */
public abstract class PageTexts {

  /** How pages show a date. */
  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final MessageSource messages;
  private final Map<Class<?>, String> labels;

  /**
   * @param labels the message key prefix of each enum's labels, e.g. {@code CaseState.class ->
   *     "register.case.state."}
   */
  protected PageTexts(MessageSource messages, Map<Class<?>, String> labels) {
    this.messages = messages;
    this.labels = Map.copyOf(labels);
  }

  /** The refusal as form problems: those of {@code fields} beside them, the rest on top. */
  public FormProblems errors(JolException refusal, Set<String> fields) {
    return FormProblems.of(refusal, this::text, field -> fields.contains(field) ? field : null);
  }

  /** Every problem of a refusal as a line of text, for a page without a form. */
  public List<String> lines(JolException refusal) {
    return errors(refusal, Set.of()).general();
  }

  /** A message of the page's own (by its key) above the form. */
  public FormProblems notice(String key) {
    return FormProblems.general(List.of(messages.getMessage(key, null, key,
        LocaleContextHolder.getLocale())));
  }

  private String text(String code, String fallback, Object[] args) {
    Object[] readable = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      readable[i] = readable(args[i]);
    }
    return messages.getMessage("error." + code, readable, fallback,
        LocaleContextHolder.getLocale());
  }

  private Object readable(Object arg) {
    if (arg instanceof LocalDate date) {
      return DATE.format(date);
    }
    if (arg instanceof Enum<?> value && labels.containsKey(value.getDeclaringClass())) {
      String key = labels.get(value.getDeclaringClass()) + value.name();
      return (MessageSourceResolvable) new DefaultMessageSourceResolvable(
          new String[] {key}, value.name());
    }
    return arg;
  }
}
