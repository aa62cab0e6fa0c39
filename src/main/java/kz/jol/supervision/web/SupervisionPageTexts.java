package kz.jol.supervision.web;

import java.util.Map;
import kz.jol.web.PageTexts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What the card's supervision forms refused, in the reader's language. */
@Component
class SupervisionPageTexts extends PageTexts {

  SupervisionPageTexts(MessageSource messages) {
    super(messages, Map.of());
  }
}
