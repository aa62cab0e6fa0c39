package kz.jol.register.application;

import kz.jol.register.CaseState;
import kz.jol.register.ProbationKind;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Message arguments that the error renderer translates into the reader's language, so that a
 * Russian reader sees «Снят с учёта» rather than CLOSED.
 */
final class Labels {

  private Labels() {}

  static MessageSourceResolvable of(CaseState state) {
    return label("register.case.state." + state.name(), state.name());
  }

  static MessageSourceResolvable of(ProbationKind kind) {
    return label("register.case.kind." + kind.name(), kind.name());
  }

  private static MessageSourceResolvable label(String key, String fallback) {
    return new DefaultMessageSourceResolvable(new String[] {key}, fallback);
  }
}
