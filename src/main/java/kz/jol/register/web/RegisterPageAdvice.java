package kz.jol.register.web;

import java.util.List;
import kz.jol.register.card.CaseCardPage;
import kz.jol.shared.JolException;
import kz.jol.web.PageProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The register's pages (and the case card's sections, {@link CaseCardPage}) answer refusals
 * as {@link PageProblems} says.
 */
@ControllerAdvice(assignableTypes = {CasePages.class, PersonPages.class},
    annotations = CaseCardPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegisterPageAdvice extends PageProblems {

  private final RegisterPageTexts texts;

  RegisterPageAdvice(RegisterPageTexts texts) {
    super("register/problem", "register.not-a-choice", "register.parameter-missing");
    this.texts = texts;
  }

  @Override
  protected List<String> lines(JolException refusal) {
    return texts.lines(refusal);
  }
}
