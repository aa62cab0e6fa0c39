package kz.jol.access;

import java.util.Objects;
import java.util.UUID;

/**
 * Who is acting: a signed-in user with a role, bound to an organisation and a territory.
 *
 * @param userId the user's id
 * @param username the login name
 * @param fullName the name shown to others
 * @param role the role
 * @param organisationId the organisation the user works for
 * @param territoryCode the KATO code of the territory the user's scope covers (a district, a
 *     region, or {@code 000000000} for the whole republic)
 */
public record Actor(
    UUID userId, String username, String fullName, Role role, UUID organisationId,
    String territoryCode) {

  public Actor {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(territoryCode, "territoryCode");
  }

  public boolean is(Role... roles) {
    for (Role r : roles) {
      if (r == role) {
        return true;
      }
    }
    return false;
  }
}
