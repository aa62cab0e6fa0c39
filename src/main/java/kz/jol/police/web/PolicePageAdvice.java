package kz.jol.police.web;

import java.util.List;
import kz.jol.shared.JolException;
import kz.jol.web.PageProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The police pages answer refusals as {@link PageProblems} says. */
@ControllerAdvice(assignableTypes = {WorkspacePages.class, PrecinctPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PolicePageAdvice extends PageProblems {

  private final PolicePageTexts texts;

  PolicePageAdvice(PolicePageTexts texts) {
    super("police/problem", "police.not-a-choice", "field.required");
    this.texts = texts;
  }

  @Override
  protected List<String> lines(JolException refusal) {
    return texts.lines(refusal);
  }
}
