package kz.jol.reintegration.web;

import java.util.Map;
import kz.jol.web.PageTexts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What the card's reintegration and plan forms refused, in the reader's language. */
@Component
class ReintegrationPageTexts extends PageTexts {

  ReintegrationPageTexts(MessageSource messages) {
    super(messages, Map.of());
  }
}
