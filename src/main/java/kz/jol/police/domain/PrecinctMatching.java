package kz.jol.police.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which precinct takes an address: the one with a street of the same {@linkplain
 * StreetAddress#key key} in the address's territory whose house range holds the house. A street
 * given with a house range beats the same street given whole (a long avenue split between
 * precincts with the rest left to one); when two precincts still take the address, or none
 * does, nothing matches and the police unit assigns the person by hand.
 */
public final class PrecinctMatching {

  private PrecinctMatching() {}

  /**
   * A street of a precinct.
   *
   * @param territoryCodes the precinct's territory and every territory below it
   * @param streetKey the street's key
   * @param houseFrom the first house number, or null for the whole street
   * @param houseTo the last house number, or null for no upper bound
   */
  public record StreetRule(UUID precinctId, Set<String> territoryCodes, String streetKey,
      Integer houseFrom, Integer houseTo) {

    boolean ranged() {
      return houseFrom != null || houseTo != null;
    }

    boolean takes(String territoryCode, StreetAddress address) {
      if (!territoryCodes.contains(territoryCode) || !streetKey.equals(address.streetKey())) {
        return false;
      }
      if (!ranged()) {
        return true;
      }
      Integer house = address.house();
      return house != null && (houseFrom == null || house >= houseFrom)
          && (houseTo == null || house <= houseTo);
    }
  }

  /** The precinct that takes the address, or empty when none or more than one does. */
  public static Optional<UUID> match(String territoryCode, String line,
      Collection<StreetRule> rules) {
    StreetAddress address = StreetAddress.parse(line);
    if (territoryCode == null || address.streetKey() == null) {
      return Optional.empty();
    }
    Set<UUID> ranged = new LinkedHashSet<>();
    Set<UUID> whole = new LinkedHashSet<>();
    for (StreetRule rule : rules) {
      if (rule.takes(territoryCode, address)) {
        (rule.ranged() ? ranged : whole).add(rule.precinctId());
      }
    }
    Set<UUID> best = ranged.isEmpty() ? whole : ranged;
    return best.size() == 1 ? Optional.of(best.iterator().next()) : Optional.empty();
  }
}
