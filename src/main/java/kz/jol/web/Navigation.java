package kz.jol.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import kz.jol.access.Role;

/** The sections each role works in: the top menu and the tiles of the home page. */
final class Navigation {

  /** One entry; its label is the message {@code labelKey}, its hint {@code labelKey.hint}. */
  record Item(String labelKey, String href) {}

  private Navigation() {}

  static List<Item> forRole(Role role) {
    return Stream.concat(sections(role).stream(),
        SHARED.stream().filter(s -> s.roles().contains(role)).map(Shared::item)).toList();
  }

  private static List<Item> sections(Role role) {
    return switch (role) {
      case PROBATION_OFFICER, PROBATION_HEAD -> List.of(
          new Item("nav.caseload", "/caseload"),
          new Item("nav.cases", "/cases"),
          new Item("nav.escalations", "/escalations"),
          new Item("nav.supervision-alerts", "/supervision/alerts"));
      case PROSECUTOR -> List.of(new Item("nav.cases", "/cases"),
          new Item("nav.action-plans", "/action-plans"));
      case POLICE_INSPECTOR -> List.of(new Item("nav.precincts", "/precincts"),
          new Item("nav.register", "/cases"), new Item("nav.inbox", "/inbox"));
      case ADMIN -> List.of(
          new Item("nav.users", "/admin/users"),
          new Item("nav.organisations", "/admin/organisations"),
          new Item("nav.territories", "/admin/territories"),
          new Item("nav.admin-precincts", "/admin/precincts"),
          new Item("nav.calendar", "/admin/calendar"),
          new Item("nav.routing-matrix", "/admin/routing-matrix"),
          new Item("nav.escalation-ladder", "/admin/escalation-ladder"),
          new Item("nav.risk-rules", "/admin/risk-rules"),
          new Item("nav.action-plans", "/action-plans"),
          new Item("nav.publications", "/admin/publications"),
          new Item("nav.api", "/swagger-ui.html"));
      case ANALYST -> List.of(new Item("nav.statistics", "/statistics"),
          new Item("nav.indicator-catalogue", "/indicators/catalogue"),
          new Item("nav.indicator-dashboard", "/indicators"),
          new Item("nav.action-plans", "/action-plans"));
      case AGENCY_WORKER -> List.of(
          new Item("nav.inbox", "/inbox"),
          new Item("nav.organisation", "/my-organisation"),
          new Item("nav.action-plans", "/action-plans"));
      case AGENCY_HEAD -> List.of(
          new Item("nav.inbox", "/inbox"),
          new Item("nav.escalations", "/escalations"),
          new Item("nav.organisation", "/my-organisation"),
          new Item("nav.action-plans", "/action-plans"));
      // A partner system calls the API only; it cannot sign in on the web (SecurityConfiguration).
      case PARTNER_SYSTEM -> List.of();
    };
  }

  /**
   * Sections several roles share that their own lists above do not name, each with the roles
   * that see it, appended in this order.
   */
  private static final List<Shared> SHARED = List.of(
      // Advisory bodies (module interaction): the roles that see a body or its decisions.
      new Shared(new Item("nav.councils", "/interaction/bodies"), EnumSet.of(Role.AGENCY_WORKER,
          Role.AGENCY_HEAD, Role.PROBATION_HEAD, Role.PROSECUTOR, Role.ANALYST, Role.ADMIN)),
      // The interaction registry: every role that reads it, within its territory.
      new Shared(new Item("nav.registry", "/interaction/events"), EnumSet.of(
          Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.AGENCY_HEAD, Role.AGENCY_WORKER,
          Role.ANALYST, Role.PROSECUTOR, Role.ADMIN)),
      // The evaluation dashboard for the heads; the analyst has it in its own list.
      new Shared(new Item("nav.indicator-dashboard", "/indicators"), EnumSet.of(
          Role.PROBATION_HEAD, Role.AGENCY_HEAD, Role.PROSECUTOR)));

  private record Shared(Item item, Set<Role> roles) {}
}
