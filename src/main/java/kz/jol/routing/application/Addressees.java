package kz.jol.routing.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import kz.jol.organisation.Organisation;
import kz.jol.organisation.Organisations;
import kz.jol.routing.domain.LadderStep;
import kz.jol.territory.Territories;
import kz.jol.territory.Territory;
import kz.jol.territory.TerritoryKind;
import org.springframework.stereotype.Component;

/**
 * The body a level of the ladder escalates to, for a case's territory: an active organisation
 * of the step's type registered at the step's reach, else at each territory above it up to the
 * republic (as {@link ResponsibleOrganisations} finds a referral's organisation). Among several,
 * the first by Russian name.
 */
@Component
class Addressees {

  private final Organisations organisations;
  private final Territories territories;

  Addressees(Organisations organisations, Territories territories) {
    this.organisations = organisations;
    this.territories = territories;
  }

  /** A finder that remembers its answers: one sweep asks the same few questions many times. */
  Finder finder() {
    return new Finder();
  }

  final class Finder {

    private final Map<String, Optional<UUID>> found = new ConcurrentHashMap<>();

    Optional<UUID> find(LadderStep step, String territoryCode) {
      return found.computeIfAbsent(step.reach() + "/" + step.organisationType() + "/"
          + territoryCode, k -> Addressees.this.find(step, territoryCode));
    }
  }

  Optional<UUID> find(LadderStep step, String territoryCode) {
    List<Territory> path = territories.path(territoryCode);
    if (path.isEmpty()) {
      return Optional.empty();
    }
    int start = switch (step.reach()) {
      case CASE_TERRITORY -> path.size() - 1;
      case REGION -> regionIndex(path);
      case REPUBLIC -> 0;
    };
    for (int i = start; i >= 0; i--) {
      List<Organisation> here =
          organisations.activeServing(step.organisationType(), path.get(i).code());
      if (!here.isEmpty()) {
        return Optional.of(here.getFirst().id());
      }
    }
    return Optional.empty();
  }

  private static int regionIndex(List<Territory> path) {
    for (int i = 0; i < path.size(); i++) {
      TerritoryKind kind = path.get(i).kind();
      if (kind == TerritoryKind.REGION || kind == TerritoryKind.CITY_OF_REPUBLICAN_SIGNIFICANCE) {
        return i;
      }
    }
    return 0;
  }
}
