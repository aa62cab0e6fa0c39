package kz.jol.access;

import java.util.Optional;
import java.util.UUID;

/**
 * What the access module needs to know of an organisation to bind a user to it. Implemented by
 * the organisation module, which itself depends on access, so the dependency points one way.
 */
public interface OrganisationDirectory {

  /**
   * @param id the organisation's id
   * @param type the organisation type's name, e.g. {@code PROBATION_UNIT}
   * @param territoryCode the territory it serves
   * @param active whether it still takes work
   */
  record OrganisationRef(UUID id, String type, String territoryCode, boolean active) {}

  Optional<OrganisationRef> find(UUID id);
}
