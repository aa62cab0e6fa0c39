package kz.jol.interaction.domain;

/** What kind of body a party not in Jol is. */
public enum ExternalPartyType {
  NGO, BUSINESS,
  /** Another state body, not (yet) an organisation of Jol. */
  STATE_BODY,
  INTERNATIONAL
}
