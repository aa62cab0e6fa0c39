package kz.jol.register.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import kz.jol.register.ProbationKind;

/** The legal ground on which a person is on the probation register. */
public enum LegalBasis {
  /** Условное осуждение. */
  CONDITIONAL_SENTENCE,
  /** Ограничение свободы. */
  RESTRICTION_OF_FREEDOM,
  /** Условно-досрочное освобождение. */
  PAROLE,
  /** Освобождение по отбытии срока наказания. */
  RELEASE_AFTER_SERVING,
  /** Отсрочка отбывания наказания. */
  DEFERRED_SENTENCE,
  /** Мера пресечения, не связанная с изоляцией от общества. */
  PRE_TRIAL_MEASURE,
  /** Another ground, named in the case's documents. */
  OTHER;

  /**
   * Whether this basis can underlie a case of the kind: a pre-trial measure only a pre-trial
   * case, a sentence served in the community only a sentence case, a release only a case around
   * a prison term; {@link #OTHER} any.
   */
  public boolean fits(ProbationKind kind) {
    return KINDS.get(this).contains(kind);
  }

  private static final Map<LegalBasis, Set<ProbationKind>> KINDS = Map.of(
      CONDITIONAL_SENTENCE, EnumSet.of(ProbationKind.SENTENCE),
      RESTRICTION_OF_FREEDOM, EnumSet.of(ProbationKind.SENTENCE),
      DEFERRED_SENTENCE, EnumSet.of(ProbationKind.SENTENCE),
      PAROLE, EnumSet.of(ProbationKind.SENTENCE, ProbationKind.PENITENTIARY,
          ProbationKind.POST_PENITENTIARY),
      RELEASE_AFTER_SERVING, EnumSet.of(ProbationKind.PENITENTIARY,
          ProbationKind.POST_PENITENTIARY),
      PRE_TRIAL_MEASURE, EnumSet.of(ProbationKind.PRE_TRIAL),
      OTHER, EnumSet.allOf(ProbationKind.class));
}
