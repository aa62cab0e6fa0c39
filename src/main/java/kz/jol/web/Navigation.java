package kz.jol.web;

import java.util.List;
import kz.jol.access.Role;

/** The sections each role works in: the top menu and the tiles of the home page. */
final class Navigation {

  /** One entry; its label is the message {@code labelKey}, its hint {@code labelKey.hint}. */
  record Item(String labelKey, String href) {}

  private Navigation() {}

  static List<Item> forRole(Role role) {
    return withDashboard(role, withRegistry(role, withCouncils(role, sections(role))));
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

  // Advisory bodies (module interaction): the roles that see a body or its decisions.
  private static List<Item> withCouncils(Role role, List<Item> items) {
    return switch (role) {
      case AGENCY_WORKER, AGENCY_HEAD, PROBATION_HEAD, PROSECUTOR, ANALYST, ADMIN ->
          java.util.stream.Stream.concat(items.stream(),
              java.util.stream.Stream.of(new Item("nav.councils", "/interaction/bodies"))).toList();
      default -> items;
    };
  }

  // The interaction registry (issue 7): every role that reads it, within its territory.
  private static List<Item> withRegistry(Role role, List<Item> items) {
    return switch (role) {
      case PROBATION_OFFICER, PROBATION_HEAD, AGENCY_HEAD, AGENCY_WORKER, ANALYST, PROSECUTOR,
          ADMIN -> java.util.stream.Stream.concat(items.stream(),
              java.util.stream.Stream.of(new Item("nav.registry", "/interaction/events"))).toList();
      default -> items;
    };
  }

  // The evaluation dashboard (issue 8, point 4) for the heads; the analyst has it in sections.
  private static List<Item> withDashboard(Role role, List<Item> items) {
    return switch (role) {
      case PROBATION_HEAD, AGENCY_HEAD, PROSECUTOR -> java.util.stream.Stream.concat(
          items.stream(), java.util.stream.Stream.of(new Item("nav.indicator-dashboard",
              "/indicators"))).toList();
      default -> items;
    };
  }
}
