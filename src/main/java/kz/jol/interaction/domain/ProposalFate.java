package kz.jol.interaction.domain;

/** What became of a proposal: still considered, or answered one of three ways. */
public enum ProposalFate {
  UNDER_CONSIDERATION, ACCEPTED, PARTLY_ACCEPTED, REJECTED;

  /** Whether the addressee answered: every fate but {@link #UNDER_CONSIDERATION}. */
  public boolean answered() {
    return this != UNDER_CONSIDERATION;
  }

  /** Whether the proposal was taken up, wholly or in part (the numerator of the share). */
  public boolean accepted() {
    return this == ACCEPTED || this == PARTLY_ACCEPTED;
  }
}
