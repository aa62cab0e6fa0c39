package kz.jol.register;

/** The four kinds of probation (Law of the Republic of Kazakhstan "On probation"). */
public enum ProbationKind {
  /** Досудебная: a suspect or accused under a pre-trial measure. */
  PRE_TRIAL,
  /** Приговорная: a sentence served in the community (conditional, restriction of freedom...). */
  SENTENCE,
  /** Пенитенциарная: a prisoner prepared for release. */
  PENITENTIARY,
  /** Постпенитенциарная: help after release from prison. */
  POST_PENITENTIARY;

  /** The state a new case of this kind starts in: a prisoner is not yet released. */
  public CaseState initialState() {
    return this == PENITENTIARY ? CaseState.PRE_RELEASE : CaseState.ACTIVE;
  }
}
