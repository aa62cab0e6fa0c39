package kz.jol.routing.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.jol.routing.domain.Escalation;
import kz.jol.routing.domain.ReferralState;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.JolException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Says on the routing pages, in the reader's language, what routing refused: each field's
 * problems beside the field, the rest (a stale version, a move no longer allowed) above the
 * form. A state named in a message is shown as the reader knows it: «Қабылданды», not ACCEPTED.
 */
@Component
class RoutingPageTexts {

  private final MessageSource messages;

  RoutingPageTexts(MessageSource messages) {
    this.messages = messages;
  }

  FormProblems errors(JolException refusal, Set<String> fields) {
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
    return new FormProblems(byField, general);
  }

  /** A message of the page's own, above the form. */
  FormProblems notice(String key) {
    return new FormProblems(Map.of(), List.of(messages.getMessage(key, null, key,
        LocaleContextHolder.getLocale())));
  }

  /** Every problem as a line of text, for a page without a form. */
  List<String> lines(JolException refusal) {
    return errors(refusal, Set.of()).general();
  }

  private String text(String code, String fallback, Object[] args) {
    Object[] readable = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      readable[i] = readable(args[i]);
    }
    return messages.getMessage("error." + code, readable, fallback,
        LocaleContextHolder.getLocale());
  }

  private static Object readable(Object arg) {
    String key = switch (arg) {
      case ReferralState state -> "routing.referral.state." + state.name();
      case Escalation.State state -> "routing.escalation.state." + state.name();
      case null, default -> null;
    };
    return key == null ? arg
        : (MessageSourceResolvable) new DefaultMessageSourceResolvable(new String[] {key},
            ((Enum<?>) arg).name());
  }
}
