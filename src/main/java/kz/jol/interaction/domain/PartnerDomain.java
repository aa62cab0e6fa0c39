package kz.jol.interaction.domain;

/**
 * The five domains of reintegration in which a partner offers help, with the codes of
 * {@code kz.jol.reintegration.domain.Domain}, so a partner can be matched to a referral's domain.
 */
public enum PartnerDomain {
  LEGAL, HOUSING, ECONOMIC, HEALTH, INSTITUTIONAL
}
