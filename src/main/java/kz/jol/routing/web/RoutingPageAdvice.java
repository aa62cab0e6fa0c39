package kz.jol.routing.web;

import java.util.List;
import kz.jol.shared.JolException;
import kz.jol.web.PageProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The inbox, the escalation board and the matrix and ladder editors answer what their forms do
 * not (a version never written, a malformed address) as {@link PageProblems} says.
 */
@ControllerAdvice(assignableTypes = {InboxPages.class, EscalationPages.class,
    RoutingMatrixPages.class, EscalationLadderPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class RoutingPageAdvice extends PageProblems {

  private final RoutingPageTexts texts;

  RoutingPageAdvice(RoutingPageTexts texts) {
    super("routing/problem", "routing.not-a-choice", "field.required");
    this.texts = texts;
  }

  @Override
  protected List<String> lines(JolException refusal) {
    return texts.lines(refusal);
  }
}
