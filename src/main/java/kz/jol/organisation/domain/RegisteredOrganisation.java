package kz.jol.organisation.domain;

import java.util.Objects;
import java.util.UUID;
import kz.jol.shared.ConflictException;

/**
 * An organisation registered in Jol: its id, its details and the version of the stored row.
 * Its details change only by {@link #revise}, which refuses a change made from a stale copy.
 */
public final class RegisteredOrganisation {

  private final UUID id;
  private final OrganisationDetails details;
  private final int version;

  private RegisteredOrganisation(UUID id, OrganisationDetails details, int version) {
    this.id = Objects.requireNonNull(id, "id");
    this.details = Objects.requireNonNull(details, "details");
    this.version = version;
  }

  /** A new organisation, not stored yet. */
  public static RegisteredOrganisation register(UUID id, OrganisationDetails details) {
    return new RegisteredOrganisation(id, details, 0);
  }

  /** An organisation as stored. */
  public static RegisteredOrganisation restore(UUID id, OrganisationDetails details, int version) {
    return new RegisteredOrganisation(id, details, version);
  }

  /**
   * The same organisation with new details, to be stored as the next version.
   *
   * @param expectedVersion the version the caller's copy was read at
   * @throws ConflictException when someone changed the organisation since then
   */
  public RegisteredOrganisation revise(OrganisationDetails newDetails, int expectedVersion) {
    if (expectedVersion != version) {
      throw staleVersion(id, expectedVersion, version);
    }
    return new RegisteredOrganisation(id, newDetails, version + 1);
  }

  /** The refusal of a change made from a copy read at an older (or made-up) version. */
  public static ConflictException staleVersion(UUID id, int sent, int current) {
    return new ConflictException("organisation.stale-version",
        "organisation " + id + " was changed by someone else (version " + current
            + ", you sent " + sent + "); reload it and try again", sent, current);
  }

  public UUID id() {
    return id;
  }

  public OrganisationDetails details() {
    return details;
  }

  public int version() {
    return version;
  }
}
