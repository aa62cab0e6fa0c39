package kz.jol.interaction.domain;

/** The five domains of reintegration (SPEC) in which a partner offers help. */
public enum PartnerDomain {
  DOCUMENTS, HOUSING, INCOME, HEALTH, INSTITUTIONAL
}
