package kz.jol.register.domain;

/** Marital status. */
public enum MaritalStatus {
  SINGLE,
  MARRIED,
  /** Living together without a registered marriage. */
  COHABITING,
  DIVORCED,
  WIDOWED
}
