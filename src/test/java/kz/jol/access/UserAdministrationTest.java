package kz.jol.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import kz.jol.access.UserAdministration.UserForm;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import kz.jol.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest
class UserAdministrationTest {

  @Autowired UserAdministration users;
  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService userDetails;
  @Autowired PasswordEncoder passwords;

  @Test
  void createsAUserWithAHashedPasswordWhoCanThenSignIn() {
    String territory = Fixtures.territory(jdbc);
    UUID unit = Fixtures.organisation(jdbc, "PROBATION_UNIT", territory);
    String name = unique("officer");
    var created = users.create(form(name, Role.PROBATION_OFFICER, unit, territory));
    assertThat(created.user().role()).isEqualTo(Role.PROBATION_OFFICER);
    String hash = jdbc.sql("select password_hash from app_user where username = :u")
        .param("u", name).query(String.class).single();
    assertThat(hash).startsWith("{bcrypt}").doesNotContain("a-long-password");
    var principal = userDetails.loadUserByUsername(name.toUpperCase());
    assertThat(passwords.matches("a-long-password", principal.getPassword())).isTrue();
  }

  @Test
  void aRoleMustFitItsOrganisationAndStayWithinItsTerritory() {
    String territory = Fixtures.territory(jdbc);
    String elsewhere = Fixtures.territory(jdbc);
    UUID police = Fixtures.organisation(jdbc, "POLICE_UNIT", territory);
    assertThatThrownBy(() -> users.create(form(unique("x"), Role.PROBATION_OFFICER, police, territory)))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("role", "user.role-organisation")));
    assertThatThrownBy(() -> users.create(form(unique("y"), Role.POLICE_INSPECTOR, police, elsewhere)))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).extracting(FieldProblem::code)
                .containsExactly("user.territory-outside-organisation"));
  }

  @Test
  void anAdminSetsChangesAndRemovesAUsersEmailAddressAndUpdatesKeepIt(
      @Autowired Users directory) {
    String territory = Fixtures.territory(jdbc);
    UUID centre = Fixtures.organisation(jdbc, "EMPLOYMENT_CENTRE", territory);
    var created = users.create(form(unique("mail"), Role.AGENCY_WORKER, centre, territory));
    UUID id = created.user().id();
    assertThat(created.email()).isNull();

    assertThat(users.changeEmail(id, " aigerim.s@example.kz ").email())
        .isEqualTo("aigerim.s@example.kz");
    var renamed = users.update(id, new UserForm(null, "Renamed", Role.AGENCY_WORKER, centre,
        territory, true, null, users.find(id).orElseThrow().version()));
    assertThat(renamed.email()).isEqualTo("aigerim.s@example.kz");
    assertThat(directory.contact(id)).hasValueSatisfying(c ->
        assertThat(c.email()).isEqualTo("aigerim.s@example.kz"));
    assertThat(directory.enabledContacts(centre, Role.AGENCY_WORKER))
        .extracting(UserContact::id).containsExactly(id);
    assertThat(directory.enabledContacts(centre, Role.AGENCY_HEAD)).isEmpty();

    for (String bad : new String[] {"aigerim", "a@b", "a b@example.kz", "x".repeat(250) + "@ex.kz"}) {
      assertThatThrownBy(() -> users.changeEmail(id, bad))
          .as(bad)
          .isInstanceOfSatisfying(InvalidInputException.class, e ->
              assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::code)
                  .containsExactly(org.assertj.core.groups.Tuple.tuple("email", "user.email-format")));
    }
    assertThat(users.changeEmail(id, "  ").email()).isNull();
  }

  @Test
  void everyBadFieldIsReportedAtOnceAndNothingIsSaved() {
    long before = jdbc.sql("select count(*) from app_user").query(Long.class).single();
    assertThatThrownBy(() -> users.create(new UserForm("A B", " ", null, UUID.randomUUID(),
        "123", true, "short", null)))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).extracting(FieldProblem::field).contains(
                "username", "password", "fullName", "role", "territoryCode", "organisationId"));
    assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void aTakenUserNameAndAStaleVersionAreConflicts() {
    String territory = Fixtures.territory(jdbc);
    UUID unit = Fixtures.organisation(jdbc, "PROBATION_UNIT", territory);
    String name = unique("dup");
    var created = users.create(form(name, Role.PROBATION_OFFICER, unit, territory));
    assertThatThrownBy(() -> users.create(form(name, Role.PROBATION_HEAD, unit, territory)))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("user.duplicate-username"));
    var changed = new UserForm(null, "Renamed Person", Role.PROBATION_HEAD, unit, territory, true,
        null, created.version());
    assertThat(users.update(created.user().id(), changed).version()).isEqualTo(created.version() + 1);
    assertThatThrownBy(() -> users.update(created.user().id(), changed))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("user.stale-version"));
  }

  @Test
  void aNewPasswordMustBeLongEnoughAndReplacesTheOld() {
    String territory = Fixtures.territory(jdbc);
    UUID unit = Fixtures.organisation(jdbc, "PROBATION_UNIT", territory);
    String name = unique("reset");
    var created = users.create(form(name, Role.PROBATION_OFFICER, unit, territory));
    assertThatThrownBy(() -> users.resetPassword(created.user().id(), "short"))
        .isInstanceOf(InvalidInputException.class);
    users.resetPassword(created.user().id(), "another-long-password");
    var principal = userDetails.loadUserByUsername(name);
    assertThat(passwords.matches("another-long-password", principal.getPassword())).isTrue();
  }

  private static UserForm form(String username, Role role, UUID organisation, String territory) {
    return new UserForm(username, "Synthetic Person", role, organisation, territory, true,
        "a-long-password", null);
  }

  private static String unique(String prefix) {
    return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
  }
}
