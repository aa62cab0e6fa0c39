package kz.jol.access.domain;

import java.util.Map;
import java.util.Set;
import kz.jol.access.Role;

/**
 * Which kinds of organisation a role belongs to: a probation officer works in a probation unit,
 * a district inspector in a police unit, an agency worker in a partner body. Administrators may
 * sit anywhere.
 */
public final class RoleFit {

  private static final Set<String> PARTNERS = Set.of("AKIMAT_DEPARTMENT", "EMPLOYMENT_CENTRE",
      "HEALTH_CLINIC", "PUBLIC_SERVICE_CENTRE", "CRISIS_CENTRE", "NGO", "EDUCATION");

  private static final Map<Role, Set<String>> TYPES = Map.of(
      Role.PROBATION_OFFICER, Set.of("PROBATION_UNIT"),
      Role.PROBATION_HEAD, Set.of("PROBATION_UNIT"),
      Role.POLICE_INSPECTOR, Set.of("POLICE_UNIT"),
      Role.AGENCY_WORKER, PARTNERS,
      Role.AGENCY_HEAD, PARTNERS,
      Role.PARTNER_SYSTEM, PARTNERS,
      Role.ANALYST, Set.of("MINISTRY", "PROBATION_UNIT", "AKIMAT_DEPARTMENT"),
      Role.PROSECUTOR, Set.of("PROSECUTOR_OFFICE"));

  private RoleFit() {}

  /** Whether a user with the role may belong to an organisation of the type. */
  public static boolean fits(Role role, String organisationType) {
    return role == Role.ADMIN || TYPES.get(role).contains(organisationType);
  }

  /** The organisation types the role fits, for the error message; empty for "any". */
  public static Set<String> typesFor(Role role) {
    return role == Role.ADMIN ? Set.of() : TYPES.get(role);
  }
}
