package kz.jol.web;

import java.util.List;
import kz.jol.access.CurrentActor;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the menu of the signed-in user's role. */
@ControllerAdvice
class NavigationAdvice {

  private final CurrentActor currentActor;

  NavigationAdvice(CurrentActor currentActor) {
    this.currentActor = currentActor;
  }

  @ModelAttribute("navigation")
  List<Navigation.Item> navigation() {
    return currentActor.find().map(actor -> Navigation.forRole(actor.role())).orElse(List.of());
  }
}
