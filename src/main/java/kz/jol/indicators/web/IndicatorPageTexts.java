package kz.jol.indicators.web;

import java.util.Map;
import kz.jol.web.PageTexts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The indicator pages' refusals in the reader's language. */
@Component
class IndicatorPageTexts extends PageTexts {

  IndicatorPageTexts(MessageSource messages) {
    super(messages, Map.of());
  }
}
