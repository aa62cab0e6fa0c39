package kz.jol.web;

import kz.jol.access.LandingPage;
import kz.jol.access.Role;
import org.springframework.stereotype.Component;

/**
 * The page each role works on every day, where signing in lands. Named here rather than taken
 * from the menu's order, so that a module adding a menu entry does not move anyone's landing.
 */
@Component
class WorkingPages implements LandingPage {

  @Override
  public String of(Role role) {
    return switch (role) {
      case PROBATION_OFFICER, PROBATION_HEAD -> "/caseload";
      case AGENCY_WORKER, AGENCY_HEAD -> "/inbox";
      // The district inspector works from the precincts' social map (docs/police.md).
      case POLICE_INSPECTOR -> "/precincts";
      case PROSECUTOR -> "/cases";
      case ANALYST -> "/statistics";
      case ADMIN -> "/admin/users";
      // Never signs in on the web (SecurityConfiguration); the home page, should it ever.
      case PARTNER_SYSTEM -> "/";
    };
  }
}
