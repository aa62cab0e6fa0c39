package kz.jol.register;

import java.util.Set;
import java.util.UUID;

/**
 * Which persons on the register a district police inspector reaches: those who live in one of
 * the inspector's precincts (SPEC "Users", issue 6 "Access"). The register asks this port for
 * every read by a {@code POLICE_INSPECTOR}, on top of the territorial scope; the police module,
 * which keeps the precincts and who lives in each, implements it. The port lives here so that
 * the register never depends on the police module. With no implementation an inspector reaches
 * nobody (deny by default).
 */
public interface PoliceReach {

  /**
   * The persons living in the precincts the inspector is assigned to; empty when none.
   *
   * @param inspectorUserId the inspector's user id
   */
  Set<UUID> personsReachedBy(UUID inspectorUserId);
}
