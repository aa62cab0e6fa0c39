package kz.jol.interaction.domain;

import kz.jol.organisation.OrganisationType;

/**
 * What an advisory body is (seed 002, seed 004). КСО and МВК sit at the local executive body, so
 * an akimat department convenes them; a public council sits at the body it oversees (a police
 * department, say), so any organisation may convene one.
 */
public enum AdvisoryBodyKind {
  /** Координационный (консультативно-совещательный) совет при МИО: social support after release. */
  KSO,
  /** Межведомственная комиссия по профилактике правонарушений at the akimat. */
  MVK,
  /** Общественный совет: public oversight of a state body, e.g. of the police. */
  PUBLIC_COUNCIL,
  /** Any other advisory or working body. */
  OTHER;

  /** Whether an organisation of this type may convene a body of this kind. */
  public boolean convenableBy(OrganisationType type) {
    return switch (this) {
      case KSO, MVK -> type == OrganisationType.AKIMAT_DEPARTMENT;
      case PUBLIC_COUNCIL, OTHER -> true;
    };
  }
}
