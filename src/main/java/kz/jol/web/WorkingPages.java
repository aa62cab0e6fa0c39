package kz.jol.web;

import kz.jol.access.LandingPage;
import kz.jol.access.Role;
import org.springframework.stereotype.Component;

/**
 * A role lands on the first entry of its menu: the menu already lists first what the role works
 * on every day, so the two cannot drift apart.
 */
@Component
class WorkingPages implements LandingPage {

  @Override
  public String of(Role role) {
    var items = Navigation.forRole(role);
    return items.isEmpty() ? "/" : items.getFirst().href();
  }
}
