package kz.jol.interaction.web;

import java.util.List;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.JolException;
import kz.jol.web.PageProblems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The advisory bodies' pages answer refusals as {@link PageProblems} says. */
@ControllerAdvice(assignableTypes = CouncilPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CouncilPageAdvice extends PageProblems {

  private final MessageSource messages;

  CouncilPageAdvice(MessageSource messages) {
    super("councils/problem", "councils.not-a-choice", "field.required");
    this.messages = messages;
  }

  @Override
  protected List<String> lines(JolException refusal) {
    var locale = LocaleContextHolder.getLocale();
    if (refusal instanceof InvalidInputException invalid) {
      return invalid.problems().stream().map((FieldProblem p) -> messages.getMessage(
          "error." + p.code(), p.args(), p.message(), locale)).toList();
    }
    return List.of(messages.getMessage("error." + refusal.code(), refusal.args(),
        refusal.getMessage(), locale));
  }
}
