package kz.jol.publication.web;

import java.util.List;
import kz.jol.shared.JolException;
import kz.jol.web.PageProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The administrator's pages and the portal answer what their forms do not as
 * {@link PageProblems} says: a publication never published, withdrawn or malformed in the
 * address is a plain 404, the same for all three.
 */
@ControllerAdvice(assignableTypes = {PublicationAdminPages.class, OpenPortalPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicationPageAdvice extends PageProblems {

  private final PublicationPageTexts texts;

  PublicationPageAdvice(PublicationPageTexts texts) {
    super("publication/problem", "publication.not-a-choice", "field.required");
    this.texts = texts;
  }

  @Override
  protected List<String> lines(JolException refusal) {
    return texts.lines(refusal);
  }
}
