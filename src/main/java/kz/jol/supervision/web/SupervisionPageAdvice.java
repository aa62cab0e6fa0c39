package kz.jol.supervision.web;

import java.util.List;
import kz.jol.shared.JolException;
import kz.jol.web.PageProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The alerts page answers refusals as {@link PageProblems} says. */
@ControllerAdvice(assignableTypes = AlertPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SupervisionPageAdvice extends PageProblems {

  private final SupervisionPageTexts texts;

  SupervisionPageAdvice(SupervisionPageTexts texts) {
    super("register/problem", "supervision.not-a-choice", "field.required");
    this.texts = texts;
  }

  @Override
  protected List<String> lines(JolException refusal) {
    return texts.lines(refusal);
  }
}
