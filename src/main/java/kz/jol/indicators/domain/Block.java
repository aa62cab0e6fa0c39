package kz.jol.indicators.domain;

/**
 * The blocks of the evaluation: seed 000's four (social-legal help, control with the police,
 * intensity of interaction, final results) and seed 001's reintegration KPIs.
 */
public enum Block {
  SOCIAL_LEGAL_HELP,
  CONTROL_WITH_POLICE,
  INTERACTION,
  FINAL_RESULTS,
  REINTEGRATION_KPI
}
