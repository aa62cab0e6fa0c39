package kz.jol.register.application;

import java.util.Set;
import kz.jol.access.Actor;
import kz.jol.access.CurrentActor;
import kz.jol.access.Role;
import kz.jol.register.PoliceReach;
import kz.jol.register.domain.RegisterAccess;
import kz.jol.register.domain.RegisterAccess.Capability;
import kz.jol.shared.ForbiddenException;
import kz.jol.territory.TerritoryScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Decides, for the signed-in actor, whether the role may do something with the register at all
 * and which territories it reaches. The controllers' {@code @Allowed} says the same about roles;
 * this is the check that holds whoever calls the services.
 */
@Component
class Scopes {

  /** The KATO code of the republic, the root of the territory tree. */
  static final String REPUBLIC = "000000000";

  private final CurrentActor currentActor;
  private final TerritoryScope territories;
  private final ObjectProvider<PoliceReach> policeReach;

  Scopes(CurrentActor currentActor, TerritoryScope territories,
      ObjectProvider<PoliceReach> policeReach) {
    this.currentActor = currentActor;
    this.territories = territories;
    this.policeReach = policeReach;
  }

  /**
   * The scope of the current actor for something the role must be allowed to do.
   *
   * @throws ForbiddenException {@code access.denied} when the role may not
   */
  Scope require(Capability capability) {
    Actor actor = currentActor.find()
        .orElseThrow(() -> new ForbiddenException("access.unauthenticated", "sign in first"));
    if (!RegisterAccess.allows(actor.role(), capability)) {
      throw new ForbiddenException("access.denied", "your role may not do this");
    }
    boolean everywhere = REPUBLIC.equals(actor.territoryCode());
    return new Scope(actor, everywhere,
        everywhere ? Set.of() : territories.codesWithin(actor.territoryCode()),
        RegisterAccess.viewFor(actor.role()), personsReached(actor));
  }

  /**
   * A police inspector reaches only the persons living in the inspector's precincts, within the
   * territory (issue 6, "Access"); nobody when no module says who lives where.
   */
  private Set<java.util.UUID> personsReached(Actor actor) {
    if (actor.role() != Role.POLICE_INSPECTOR) {
      return null;
    }
    PoliceReach reach = policeReach.getIfAvailable();
    return reach == null ? Set.of() : reach.personsReachedBy(actor.userId());
  }
}
