package kz.jol.routing.application;

import java.util.List;
import java.util.Optional;
import kz.jol.organisation.Organisation;
import kz.jol.organisation.OrganisationType;
import kz.jol.organisation.Organisations;
import kz.jol.territory.Territories;
import kz.jol.territory.Territory;
import org.springframework.stereotype.Component;

/**
 * Which organisation of a type serves a territory: an active one registered for the territory
 * itself, else for its region, else for the republic (a district without its own crisis centre
 * uses the region's). Among several at the same level, the first by Russian name, so that the
 * choice is stable; an officer can refer by hand to another.
 */
@Component
class ResponsibleOrganisations {

  private final Organisations organisations;
  private final Territories territories;

  ResponsibleOrganisations(Organisations organisations, Territories territories) {
    this.organisations = organisations;
    this.territories = territories;
  }

  Optional<Organisation> find(OrganisationType type, String territoryCode) {
    List<Territory> path = territories.path(territoryCode);
    for (int i = path.size() - 1; i >= 0; i--) {
      List<Organisation> here = organisations.activeServing(type, path.get(i).code());
      if (!here.isEmpty()) {
        return Optional.of(here.getFirst());
      }
    }
    return Optional.empty();
  }
}
