package kz.jol.organisation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Finds, lists, registers and revises organisations. Every write validates first. */
public interface Organisations {

  int MAX_PAGE_SIZE = 200;

  Optional<Organisation> find(UUID id);

  /**
   * The active organisations of a type registered for exactly this territory (not below it),
   * by Russian name: who serves a district, or a region when asked for the region's code.
   */
  List<Organisation> activeServing(OrganisationType type, String territoryCode);

  /**
   * The organisations that match, ordered by their name in the given language.
   *
   * @param page from 0
   * @param size 1 to {@value #MAX_PAGE_SIZE}
   * @throws kz.jol.shared.InvalidInputException when the territory is malformed or unknown
   */
  OrganisationPage list(OrganisationFilter filter, int page, int size, Locale locale);

  /**
   * Registers a new organisation.
   *
   * @throws kz.jol.shared.InvalidInputException listing every wrong field
   * @throws kz.jol.shared.ConflictException when one of the same type, territory and name exists
   */
  Organisation register(OrganisationForm form);

  /**
   * Replaces an organisation's details, if nobody changed it since the given version was read.
   *
   * @throws kz.jol.shared.NotFoundException when there is no such organisation
   * @throws kz.jol.shared.InvalidInputException listing every wrong field
   * @throws kz.jol.shared.ConflictException when the version is stale, or the new details clash
   *     with another organisation
   */
  Organisation revise(UUID id, OrganisationForm form);
}
