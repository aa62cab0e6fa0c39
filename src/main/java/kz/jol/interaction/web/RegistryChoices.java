package kz.jol.interaction.web;

import java.util.List;
import java.util.Locale;
import kz.jol.access.CurrentActor;
import kz.jol.organisation.Organisation;
import kz.jol.organisation.OrganisationFilter;
import kz.jol.organisation.Organisations;
import org.springframework.stereotype.Component;

/** The organisations a registry form offers: the active ones of the user's territory. */
@Component
class RegistryChoices {

  private final Organisations organisations;
  private final CurrentActor currentActor;

  RegistryChoices(Organisations organisations, CurrentActor currentActor) {
    this.organisations = organisations;
    this.currentActor = currentActor;
  }

  List<Organisation> organisations(Locale locale) {
    String territory = currentActor.require().territoryCode();
    return organisations.list(new OrganisationFilter(null, territory, null, true), 0,
        Organisations.MAX_PAGE_SIZE, locale).items();
  }
}
