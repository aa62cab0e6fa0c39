package kz.jol.register.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.access.UserSummary;
import kz.jol.access.Users;
import kz.jol.register.domain.Problems;
import kz.jol.territory.TerritoryScope;
import org.springframework.stereotype.Component;

/** The responsible officers of cases: who may be one, and how a card names them. */
@Component
class Officers {

  private static final int BATCH = 500;

  private final Users users;
  private final UserAdministration directory;
  private final TerritoryScope territories;

  Officers(Users users, UserAdministration directory, TerritoryScope territories) {
    this.users = users;
    this.directory = directory;
    this.territories = territories;
  }

  /** The active probation officers working within the scope, by name. */
  List<CaseView.OfficerRef> within(Scope scope) {
    List<CaseView.OfficerRef> found = new ArrayList<>();
    for (int offset = 0; ; offset += BATCH) {
      var batch = directory.list(Role.PROBATION_OFFICER, null, offset, BATCH);
      batch.stream()
          .map(UserAdministration.ManagedUser::user)
          .filter(u -> u.enabled() && scope.covers(u.territoryCode()))
          .map(u -> new CaseView.OfficerRef(u.id(), u.fullName()))
          .forEach(found::add);
      if (batch.size() < BATCH) {
        break;
      }
    }
    found.sort(Comparator.comparing(CaseView.OfficerRef::fullName, String.CASE_INSENSITIVE_ORDER)
        .thenComparing(o -> o.id().toString()));
    return found;
  }

  /**
   * Checks that the user can be responsible for a case of the territory: an enabled probation
   * officer whose own territory covers the case's.
   */
  void check(UUID officerId, String caseTerritoryCode, Problems problems) {
    Optional<UserSummary> found = users.find(officerId).filter(UserSummary::enabled);
    if (found.isEmpty()) {
      problems.add("officerId", "case.officer-unknown", "no active user has this id");
      return;
    }
    UserSummary officer = found.get();
    if (officer.role() != Role.PROBATION_OFFICER) {
      problems.add("officerId", "case.officer-role",
          "the responsible officer must be a probation officer, not a " + officer.role(),
          officer.role());
    } else if (!territories.isWithin(caseTerritoryCode, officer.territoryCode())) {
      problems.add("officerId", "case.officer-territory",
          "the officer works in territory " + officer.territoryCode()
              + ", which does not cover " + caseTerritoryCode,
          officer.territoryCode(), caseTerritoryCode);
    }
  }

  /** Looks officers up once per request, for the cards and lists that name them. */
  Names names() {
    return new Names();
  }

  /**
   * The names of every enabled probation officer read at once, for an export that names
   * thousands of officers: one query instead of one per officer; a disabled officer still
   * responsible for a case is looked up alone when met.
   */
  Names allNames() {
    Names names = new Names();
    users.enabledContacts(Role.PROBATION_OFFICER).forEach(u -> names.known.put(u.id(),
        new CaseView.OfficerRef(u.id(), u.fullName())));
    return names;
  }

  /** The names of officers met while building one response. */
  final class Names {

    private final Map<UUID, CaseView.OfficerRef> known = new HashMap<>();

    CaseView.OfficerRef of(UUID officerId) {
      if (officerId == null) {
        return null;
      }
      return known.computeIfAbsent(officerId, id -> new CaseView.OfficerRef(id,
          users.find(id).map(UserSummary::fullName).orElse(null)));
    }
  }
}
