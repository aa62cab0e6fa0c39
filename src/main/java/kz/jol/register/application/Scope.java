package kz.jol.register.application;

import java.util.Set;
import kz.jol.access.Actor;
import kz.jol.register.domain.RegisterAccess.View;

/**
 * What the current actor reaches: the territories within the actor's own (all of them for a
 * republic-wide user) and the view the actor's role gets.
 *
 * @param actor who is acting
 * @param everywhere whether the actor's territory is the whole republic
 * @param territoryCodes the actor's territory and every territory below it
 * @param view how much of a record the actor sees
 */
record Scope(Actor actor, boolean everywhere, Set<String> territoryCodes, View view) {

  Scope {
    territoryCodes = Set.copyOf(territoryCodes);
  }

  /** Whether a record of this territory is within reach. */
  boolean covers(String territoryCode) {
    return everywhere || territoryCodes.contains(territoryCode);
  }

  /** The codes as an SQL array parameter. */
  String[] codes() {
    return territoryCodes.toArray(String[]::new);
  }
}
