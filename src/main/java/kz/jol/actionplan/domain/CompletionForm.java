package kz.jol.actionplan.domain;

import java.util.Objects;

/**
 * What a measure's completion takes the form of: an order («приказ»), methodological
 * recommendations, a pilot project, memoranda… as the plan words it.
 *
 * @param ru the plan's Russian words
 * @param kk the Kazakh words
 */
public record CompletionForm(String ru, String kk) {

  public CompletionForm {
    Objects.requireNonNull(ru, "ru");
    Objects.requireNonNull(kk, "kk");
  }
}
