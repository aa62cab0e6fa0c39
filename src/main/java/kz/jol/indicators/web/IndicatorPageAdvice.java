package kz.jol.indicators.web;

import java.util.List;
import kz.jol.shared.JolException;
import kz.jol.web.PageProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The dashboard answers what its form does not as {@link PageProblems} says: a territory out of
 * the reader's scope is a plain 404, as if it did not exist. (A bad period is answered on the
 * dashboard itself, beside the field.)
 */
@ControllerAdvice(assignableTypes = IndicatorDashboardPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IndicatorPageAdvice extends PageProblems {

  private final IndicatorPageTexts texts;

  IndicatorPageAdvice(IndicatorPageTexts texts) {
    super("indicators/problem", "field.required", "field.required");
    this.texts = texts;
  }

  @Override
  protected List<String> lines(JolException refusal) {
    return texts.lines(refusal);
  }
}
