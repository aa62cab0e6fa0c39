package kz.jol.register.domain;

import static org.assertj.core.api.Assertions.assertThat;

import kz.jol.access.Role;
import kz.jol.register.domain.RegisterAccess.Capability;
import kz.jol.register.domain.RegisterAccess.View;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** SPEC "Users" for the register, role by role. */
class RegisterAccessTest {

  @ParameterizedTest(name = "{0}: read {1}, write {2}, reassign {3}, audit {4}, view {5}")
  @CsvSource({
      "PROBATION_OFFICER, true,  true,  false, false, FULL",
      "PROBATION_HEAD,    true,  true,  true,  true,  FULL",
      "POLICE_INSPECTOR,  true,  false, false, false, REDUCED",
      "PROSECUTOR,        true,  false, false, true,  FULL",
      "AGENCY_WORKER,     false, false, false, false, FULL",
      "AGENCY_HEAD,       false, false, false, false, FULL",
      "ANALYST,           false, false, false, false, FULL",
      "ADMIN,             false, false, false, false, FULL",
      "PARTNER_SYSTEM,    false, false, false, false, FULL",
  })
  void eachRoleMayDoWhatSpecSays(Role role, boolean read, boolean write, boolean reassign,
      boolean audit, View view) {
    assertThat(RegisterAccess.allows(role, Capability.READ)).isEqualTo(read);
    assertThat(RegisterAccess.allows(role, Capability.WRITE)).isEqualTo(write);
    assertThat(RegisterAccess.allows(role, Capability.REASSIGN_OFFICER)).isEqualTo(reassign);
    assertThat(RegisterAccess.allows(role, Capability.READ_AUDIT)).isEqualTo(audit);
    if (read) {
      assertThat(RegisterAccess.viewFor(role)).isEqualTo(view);
    }
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void everyRoleIsInTheTable(Role role) {
    // a new role gets nothing until someone decides; this test then needs a line above
    assertThat(role.name()).isIn("PROBATION_OFFICER", "PROBATION_HEAD", "POLICE_INSPECTOR",
        "PROSECUTOR", "AGENCY_WORKER", "AGENCY_HEAD", "ANALYST", "ADMIN", "PARTNER_SYSTEM");
  }
}
