package kz.jol.publication.web;

import java.util.Map;
import kz.jol.web.PageTexts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The publication pages' refusals in the reader's language. */
@Component
class PublicationPageTexts extends PageTexts {

  PublicationPageTexts(MessageSource messages) {
    super(messages, Map.of());
  }
}
