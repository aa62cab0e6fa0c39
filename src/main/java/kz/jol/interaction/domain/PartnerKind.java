package kz.jol.interaction.domain;

/** What kind of partner: an organisation or an individual. */
public enum PartnerKind {
  NGO,
  /** An individual volunteer: only a name and a phone are kept. */
  VOLUNTEER,
  /** A peer mentor ("равный равному"): a person who went through probation helping another. */
  PEER_MENTOR,
  /** A business offering jobs or training. */
  BUSINESS;

  /** Whether the partner is a person, whose only contact kept is a phone. */
  public boolean individual() {
    return this == VOLUNTEER || this == PEER_MENTOR;
  }
}
