package kz.jol.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Looks users up for other modules (assigning an officer, showing who did what). */
public interface Users {

  Optional<UserSummary> find(UUID id);

  /** How to reach the user, whether enabled or not. */
  Optional<UserContact> contact(UUID id);

  /** The enabled users with the role in the organisation, e.g. its agency workers. */
  List<UserContact> enabledContacts(UUID organisationId, Role role);

  /** The enabled users with the role wherever they work, e.g. every administrator. */
  List<UserContact> enabledContacts(Role role);
}
