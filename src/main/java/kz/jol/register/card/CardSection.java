package kz.jol.register.card;

import java.util.EnumSet;
import java.util.Set;
import kz.jol.access.Actor;
import kz.jol.access.Role;

/**
 * A {@link CaseCardSection} that states where it goes, which fragment draws it and which roles
 * read it once, in its constructor, so that a section writes only what it puts in the model.
 */
public abstract class CardSection implements CaseCardSection {

  private final int order;
  private final String template;
  private final String fragment;
  private final Set<Role> readers;

  protected CardSection(int order, String template, String fragment, Role reader,
      Role... moreReaders) {
    this.order = order;
    this.template = template;
    this.fragment = fragment;
    this.readers = EnumSet.of(reader, moreReaders);
  }

  @Override
  public final int order() {
    return order;
  }

  @Override
  public final String template() {
    return template;
  }

  @Override
  public final String fragment() {
    return fragment;
  }

  @Override
  public final boolean visibleTo(Actor actor) {
    return readers.contains(actor.role());
  }
}
