package kz.jol.reintegration.domain;

/** Why a domain is in critical failure: one code per line of seed 001's table. */
public enum FailureReason {
  /** LEGAL: no identity document on day 30 or later. */
  NO_IDENTITY_DOCUMENT(Domain.LEGAL),
  /** LEGAL: no registration on day 30 or later. */
  NO_REGISTRATION(Domain.LEGAL),
  /** HOUSING: homeless, any day. */
  HOMELESS(Domain.HOUSING),
  /** HOUSING: living with the aggressor, any day. */
  LIVES_WITH_AGGRESSOR(Domain.HOUSING),
  /** ECONOMIC: neither legal income nor an employment track on day 60 or later. */
  NO_INCOME_AND_NO_TRACK(Domain.ECONOMIC),
  /** HEALTH: high need and no help received, any day. */
  HIGH_NEED_WITHOUT_HELP(Domain.HEALTH),
  /** INSTITUTIONAL: no approved plan after its due date. */
  PLAN_OVERDUE(Domain.INSTITUTIONAL),
  /** INSTITUTIONAL: supervision only and no real referral, any day. */
  SUPERVISION_WITHOUT_REFERRAL(Domain.INSTITUTIONAL);

  private final Domain domain;

  FailureReason(Domain domain) {
    this.domain = domain;
  }

  public Domain domain() {
    return domain;
  }

  /** The stable code, e.g. {@code legal.no-identity-document}. */
  public String code() {
    return domain.name().toLowerCase(java.util.Locale.ROOT) + "."
        + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
