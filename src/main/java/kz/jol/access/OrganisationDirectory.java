package kz.jol.access;

import java.util.List;
import java.util.Locale;
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

  /** An organisation as a choice in a form: its id and its name in the reader's language. */
  record OrganisationOption(UUID id, String label, String type, String territoryCode) {}

  Optional<OrganisationRef> find(UUID id);

  /** The active organisations, ordered by name in the given language, for a form's choice. */
  List<OrganisationOption> options(Locale locale);
}
