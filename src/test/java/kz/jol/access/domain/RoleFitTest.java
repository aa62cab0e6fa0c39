package kz.jol.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import kz.jol.access.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class RoleFitTest {

  @ParameterizedTest(name = "{0} in a {1}: {2}")
  @CsvSource({
      "PROBATION_OFFICER, PROBATION_UNIT, true",
      "PROBATION_OFFICER, POLICE_UNIT, false",
      "PROBATION_HEAD, PROBATION_UNIT, true",
      "POLICE_INSPECTOR, POLICE_UNIT, true",
      "POLICE_INSPECTOR, PROBATION_UNIT, false",
      "AGENCY_WORKER, EMPLOYMENT_CENTRE, true",
      "AGENCY_WORKER, CRISIS_CENTRE, true",
      "AGENCY_WORKER, PROBATION_UNIT, false",
      "AGENCY_HEAD, AKIMAT_DEPARTMENT, true",
      "AGENCY_HEAD, PROSECUTOR_OFFICE, false",
      "PARTNER_SYSTEM, PUBLIC_SERVICE_CENTRE, true",
      "PARTNER_SYSTEM, PROBATION_UNIT, false",
      "ANALYST, MINISTRY, true",
      "ANALYST, NGO, false",
      "PROSECUTOR, PROSECUTOR_OFFICE, true",
      "PROSECUTOR, MINISTRY, false",
      "ADMIN, NGO, true",
      "ADMIN, MINISTRY, true"})
  void aRoleBelongsToItsKindsOfOrganisation(Role role, String type, boolean fits) {
    assertThat(RoleFit.fits(role, type)).isEqualTo(fits);
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void everyRoleHasARule(Role role) {
    assertThat(RoleFit.fits(role, "MINISTRY") || !RoleFit.typesFor(role).isEmpty()).isTrue();
  }
}
