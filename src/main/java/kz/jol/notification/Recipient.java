package kz.jol.notification;

import java.util.Objects;
import java.util.UUID;
import kz.jol.access.Role;

/** Who gets a notification: one user, or every enabled user with a role in an organisation. */
public sealed interface Recipient {

  /** One user; a disabled user gets nothing. */
  static Recipient user(UUID userId) {
    return new User(userId);
  }

  /** Every enabled user with the role in the organisation, e.g. all its agency workers. */
  static Recipient everyone(Role role, UUID organisationId) {
    return new RoleInOrganisation(role, organisationId);
  }

  record User(UUID userId) implements Recipient {
    public User {
      Objects.requireNonNull(userId, "userId");
    }
  }

  record RoleInOrganisation(Role role, UUID organisationId) implements Recipient {
    public RoleInOrganisation {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(organisationId, "organisationId");
    }
  }
}
