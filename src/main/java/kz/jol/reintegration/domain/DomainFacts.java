package kz.jol.reintegration.domain;

import java.util.Objects;

/**
 * The facts an assessment of one domain records besides its score: what the critical failures
 * and the risk triggers are judged on. Each domain has its own record, so an assessment cannot
 * carry another domain's facts.
 */
public sealed interface DomainFacts {

  Domain domain();

  /** LEGAL: fails on day 30 without an identity document or without registration. */
  record Legal(boolean hasIdentityDocument, boolean hasRegistration) implements DomainFacts {
    @Override
    public Domain domain() {
      return Domain.LEGAL;
    }
  }

  /**
   * HOUSING: fails on any day while homeless or living with the aggressor. A threat of violence
   * is recorded here because the response to it is a safe place to live (seed 001: a crisis
   * centre within 24–48 hours); it raises the domain to R3 without being a critical failure of
   * the seed's table.
   */
  record Housing(boolean homeless, boolean livesWithAggressor, boolean threatOfViolence)
      implements DomainFacts {
    @Override
    public Domain domain() {
      return Domain.HOUSING;
    }
  }

  /**
   * ECONOMIC: fails on day 60 with neither legal income nor an employment track. A risk of
   * exploitation (labour or sexual, as the assessor judges it) is recorded here; it raises the
   * domain to R3 without being a critical failure of the seed's table.
   */
  record Economic(boolean hasLegalIncome, boolean hasEmploymentTrack, boolean riskOfExploitation)
      implements DomainFacts {
    @Override
    public Domain domain() {
      return Domain.ECONOMIC;
    }
  }

  /** HEALTH: fails on any day while the need is high and no help has been received. */
  record Health(
      HealthNeed need, boolean helpReceived, boolean attachedToClinic, boolean screeningDone)
      implements DomainFacts {
    public Health {
      Objects.requireNonNull(need, "need");
    }

    @Override
    public Domain domain() {
      return Domain.HEALTH;
    }
  }

  /**
   * INSTITUTIONAL: fails on any day while there is supervision only and no real referral. Whether
   * the plan is approved is not a fact of the assessment but of the plan itself ({@link
   * PlanStatus}), which knows the day it was approved.
   */
  record Institutional(boolean realReferralExists, boolean supervisionOnly)
      implements DomainFacts {
    @Override
    public Domain domain() {
      return Domain.INSTITUTIONAL;
    }
  }
}
