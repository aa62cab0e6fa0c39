package kz.jol.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.stream.Collectors;
import kz.jol.access.Actor;
import kz.jol.access.Allowed;
import kz.jol.access.CurrentActor;
import kz.jol.access.Role;
import kz.jol.organisation.Organisation;
import kz.jol.organisation.Organisations;
import kz.jol.territory.Territories;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A partner organisation's own page: who it is, as Jol knows it, and the way to the referrals
 * addressed to it, which live in the routing module's inbox ({@code /inbox}).
 */
@Controller
@Allowed({Role.AGENCY_WORKER, Role.AGENCY_HEAD})
class MyOrganisationPage {

  private final CurrentActor currentActor;
  private final Organisations organisations;
  private final Territories territories;

  MyOrganisationPage(CurrentActor currentActor, Organisations organisations,
      Territories territories) {
    this.currentActor = currentActor;
    this.organisations = organisations;
    this.territories = territories;
  }

  @GetMapping("/my-organisation")
  String show(Locale locale, Model model, HttpServletResponse response) {
    Actor actor = currentActor.require();
    Organisation organisation = (actor.organisationId() == null ? null
        : organisations.find(actor.organisationId()).orElse(null));
    if (organisation == null) {
      // A user account always names an organisation; one that is gone is not the user's fault,
      // but there is nothing to show.
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      model.addAttribute("status", HttpServletResponse.SC_NOT_FOUND);
      return "error";
    }
    model.addAttribute("organisation", organisation);
    model.addAttribute("name", organisation.name(locale));
    model.addAttribute("territoryName", territories.path(organisation.territoryCode()).stream()
        .filter(t -> !Territories.REPUBLIC.equals(t.code()))
        .map(t -> t.name(locale))
        .collect(Collectors.collectingAndThen(Collectors.joining(", "),
            path -> path.isEmpty() ? territoryName(organisation, locale) : path)));
    return "organisation/mine";
  }

  private String territoryName(Organisation organisation, Locale locale) {
    return territories.find(organisation.territoryCode()).map(t -> t.name(locale))
        .orElse(organisation.territoryCode());
  }
}
