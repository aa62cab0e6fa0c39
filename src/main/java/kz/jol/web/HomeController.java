package kz.jol.web;

import kz.jol.access.Actor;
import kz.jol.access.Allowed;
import kz.jol.access.CurrentActor;
import kz.jol.access.PublicEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the home page that shows each role what it works with. */
@Controller
class HomeController {

  private final CurrentActor currentActor;
  private final PlaceNames placeNames;

  HomeController(CurrentActor currentActor, PlaceNames placeNames) {
    this.currentActor = currentActor;
    this.placeNames = placeNames;
  }

  @GetMapping("/login")
  @PublicEndpoint
  String login() {
    return "login";
  }

  @GetMapping("/")
  @Allowed(anyRole = true)
  String home(Model model) {
    Actor actor = currentActor.require();
    model.addAttribute("actor", actor);
    model.addAttribute("territoryName", placeNames.territory(actor.territoryCode()));
    model.addAttribute("organisationName", placeNames.organisation(actor.organisationId()));
    return "home";
  }
}
