package kz.jol.access;

/**
 * Where a person lands after signing in without having asked for a page: the page their role
 * works on (an officer's caseload, an agency's inbox, an administrator's users). The module that
 * owns the pages and the menu provides it; access only asks, so that it never depends on them.
 */
public interface LandingPage {

  /** The path of the role's working page, such as {@code /caseload}; {@code /} when it has none. */
  String of(Role role);
}
