package kz.jol.register.card;

import java.util.UUID;
import kz.jol.access.Actor;
import org.springframework.ui.Model;

/**
 * A section of the case card that another module contributes: a Spring bean the register's
 * card collects, asks whether the reader may see it, lets put its model attributes, and renders
 * by its Thymeleaf fragment, in {@link #order()}.
 *
 * <p>The register has decided that the reader reaches the case before any section is asked,
 * and the card shows no section when the case is out of reach (404). A section reads its own
 * module's services, which check scope and role again; it names its model attributes with a
 * prefix of its own, so that sections do not overwrite each other or the card.
 */
public interface CaseCardSection {

  /** Where the section goes: lower first, after the register's own blocks. */
  int order();

  /** The template that holds the fragment, e.g. {@code reintegration/card}. */
  String template();

  /** The fragment's name in {@link #template()}, without parameters. */
  String fragment();

  /** Whether the reader's role may see this section at all. */
  boolean visibleTo(Actor actor);

  /**
   * Puts what the fragment shows for the case into the model.
   *
   * @param caseId a case the reader reaches
   * @param actor the signed-in reader, for whom {@link #visibleTo} is true
   */
  void addTo(Model model, UUID caseId, Actor actor);
}
