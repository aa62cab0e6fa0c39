package kz.jol.register.application;

import java.util.Set;
import java.util.UUID;
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
 * @param persons the only persons the actor reaches within the territories (a police
 *     inspector: those living in the inspector's precincts), or null when the territory alone
 *     decides
 */
record Scope(Actor actor, boolean everywhere, Set<String> territoryCodes, View view,
    Set<UUID> persons) {

  Scope {
    territoryCodes = Set.copyOf(territoryCodes);
    persons = persons == null ? null : Set.copyOf(persons);
  }

  Scope(Actor actor, boolean everywhere, Set<String> territoryCodes, View view) {
    this(actor, everywhere, territoryCodes, view, null);
  }

  /** Whether the actor's reach is narrowed to some persons. */
  boolean byPerson() {
    return persons != null;
  }

  /** Whether the person is within the persons the actor reaches (always, when not narrowed). */
  boolean reaches(UUID personId) {
    return persons == null || persons.contains(personId);
  }

  /** The persons reached, as an SQL array parameter; only when {@link #byPerson()}. */
  UUID[] personIds() {
    return persons.toArray(UUID[]::new);
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
