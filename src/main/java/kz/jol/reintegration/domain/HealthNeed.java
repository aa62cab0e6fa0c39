package kz.jol.reintegration.domain;

/** How much social-medical help a person needs, as the assessor judged it. */
public enum HealthNeed {
  LOW,
  MEDIUM,
  HIGH
}
