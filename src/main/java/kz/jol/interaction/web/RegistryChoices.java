package kz.jol.interaction.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kz.jol.access.CurrentActor;
import kz.jol.organisation.Organisation;
import kz.jol.organisation.OrganisationFilter;
import kz.jol.organisation.OrganisationType;
import kz.jol.organisation.Organisations;
import kz.jol.territory.Territories;
import kz.jol.territory.Territory;
import org.springframework.stereotype.Component;

/**
 * The organisations a registry form offers: the active ones of the user's territory and below,
 * and those registered at the territories above it (a district's events and agreements often have
 * the region's departments, a regional NGO or a ministry among their parties).
 */
@Component
class RegistryChoices {

  private final Organisations organisations;
  private final Territories territories;
  private final CurrentActor currentActor;

  RegistryChoices(Organisations organisations, Territories territories,
      CurrentActor currentActor) {
    this.organisations = organisations;
    this.territories = territories;
    this.currentActor = currentActor;
  }

  List<Organisation> organisations(Locale locale) {
    String territory = currentActor.require().territoryCode();
    Map<UUID, Organisation> found = new LinkedHashMap<>();
    for (Territory above : territories.path(territory)) {
      if (!above.code().equals(territory)) {
        for (OrganisationType type : OrganisationType.values()) {
          organisations.activeServing(type, above.code()).forEach(o -> found.put(o.id(), o));
        }
      }
    }
    organisations.list(new OrganisationFilter(null, territory, null, true), 0,
        Organisations.MAX_PAGE_SIZE, locale).items().forEach(o -> found.put(o.id(), o));
    List<Organisation> sorted = new ArrayList<>(found.values());
    Collator collator = Collator.getInstance(locale);
    sorted.sort(Comparator.comparing((Organisation o) -> o.name(locale), collator));
    return sorted;
  }
}
