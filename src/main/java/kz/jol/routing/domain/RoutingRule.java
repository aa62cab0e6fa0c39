package kz.jol.routing.domain;

import java.util.Locale;
import kz.jol.organisation.OrganisationType;
import kz.jol.reintegration.domain.Domain;
import kz.jol.reintegration.domain.RiskLevel;

/**
 * One line of the routing matrix: when a domain is at this risk level, this action goes to an
 * organisation of this type, due by the deadline (and aimed at the target, when there is one).
 *
 * @param actionCode a stable code for the action, e.g. SAFE_PLACEMENT; one referral per case,
 *     domain and action code is open at a time
 * @param target an earlier aim within the deadline (seed 001: placement within 48 hours, aim
 *     24), or null
 */
public record RoutingRule(Domain domain, RiskLevel level, String actionCode, String actionKk,
    String actionRu, String actionEn, OrganisationType targetType, Deadline deadline,
    Deadline target, Priority priority) {

  /** The action's name in the language; Kazakh unless ru or en is asked. */
  public String action(Locale locale) {
    String language = locale == null ? "" : locale.getLanguage();
    return switch (language) {
      case "ru" -> actionRu;
      case "en" -> actionEn;
      default -> actionKk;
    };
  }
}
