package kz.jol.supervision.web;

import java.util.List;
import java.util.Locale;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.JolException;
import kz.jol.web.PageProblems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The alerts page answers refusals as {@link PageProblems} says. */
@ControllerAdvice(assignableTypes = AlertPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SupervisionPageAdvice extends PageProblems {

  private final MessageSource messages;

  SupervisionPageAdvice(MessageSource messages) {
    super("register/problem", "supervision.not-a-choice", "field.required");
    this.messages = messages;
  }

  @Override
  protected List<String> lines(JolException refusal) {
    Locale locale = LocaleContextHolder.getLocale();
    if (refusal instanceof InvalidInputException invalid) {
      return invalid.problems().stream().map((FieldProblem p) -> messages.getMessage(
          "error." + p.code(), p.args(), p.message(), locale)).toList();
    }
    return List.of(messages.getMessage("error." + refusal.code(), refusal.args(),
        refusal.getMessage(), locale));
  }
}
