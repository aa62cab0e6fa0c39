package kz.jol.police.application;

import java.util.List;
import java.util.UUID;

/**
 * A precinct as the pages and the API show it.
 *
 * @param policeUnitId the police unit (an organisation of type POLICE_UNIT) it belongs to
 * @param territoryCode the KATO code of the district or city it lies in
 * @param number its number within the unit, e.g. {@code 12}
 * @param name its name, e.g. the area it covers
 * @param residents how many persons on the register live in it
 * @param version the row version an update must send back
 */
public record Precinct(UUID id, UUID policeUnitId, String territoryCode, String number,
    String name, List<Street> streets, List<Inspector> inspectors, int residents,
    long version) {

  /**
   * A street of the precinct, whole or a range of its house numbers.
   *
   * @param houseFrom the first house, or null from the start
   * @param houseTo the last house, or null to the end
   */
  public record Street(UUID id, String street, Integer houseFrom, Integer houseTo) {}

  /** An inspector assigned to the precinct. */
  public record Inspector(UUID userId, String fullName) {}
}
