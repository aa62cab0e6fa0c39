package kz.jol.register;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Test data of its own for each test: a region with two districts (A and B) under fresh random
 * KATO codes starting with 9 (no real region does), a probation unit, and users of every role.
 * The database is shared by all tests of the run, so nothing here relies on other rows.
 */
final class RegisterFixture {

  final JdbcClient jdbc;
  final String region;
  final String districtA;
  final String districtB;
  final UUID organisation;

  private RegisterFixture(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.region = territory("000000000", "REGION");
    this.districtA = district();
    this.districtB = district();
    this.organisation = UUID.randomUUID();
    jdbc.sql("""
            insert into organisation (id, type, name_kk, name_ru, name_en, territory_code)
            values (:id, 'PROBATION_UNIT', 'Сынақ бөлімшесі', 'Тестовое подразделение',
                    'Test probation unit', :territory)""")
        .param("id", organisation).param("territory", region).update();
  }

  static RegisterFixture create(JdbcClient jdbc) {
    return new RegisterFixture(jdbc);
  }

  /** A new district of the region; as in KATO, its code starts with the region's two digits. */
  String district() {
    return territory(region, "DISTRICT", region.substring(0, 2));
  }

  private String territory(String parent, String kind) {
    return territory(parent, kind, "9");
  }

  private String territory(String parent, String kind, String prefix) {
    while (true) {
      int digits = 9 - prefix.length();
      String code = prefix + String.format("%0" + digits + "d",
          ThreadLocalRandom.current().nextInt((int) Math.pow(10, digits)));
      int inserted = jdbc.sql("""
              insert into territory (code, parent_code, kind, name_kk, name_ru, name_en)
              values (:code, :parent, :kind, 'Сынақ ' || :code, 'Тест ' || :code, 'Test ' || :code)
              on conflict (code) do nothing""")
          .param("code", code).param("parent", parent).param("kind", kind).update();
      if (inserted == 1) {
        return code;
      }
    }
  }

  /** A new enabled user of the role, bound to the territory. */
  Actor user(Role role, String territoryCode) {
    UUID id = UUID.randomUUID();
    String username = "t-" + id.toString().substring(0, 18);
    String fullName = "Synthetic " + role.name().toLowerCase() + " " + username.substring(2, 8);
    jdbc.sql("""
            insert into app_user (id, username, password_hash, full_name, role, organisation_id,
                                  territory_code)
            values (:id, :username, '{noop}unused', :fullName, :role, :organisation, :territory)""")
        .param("id", id).param("username", username).param("fullName", fullName)
        .param("role", role.name()).param("organisation", organisation)
        .param("territory", territoryCode)
        .update();
    return new Actor(id, username, fullName, role, organisation, territoryCode);
  }

  /**
   * Files the person in a new precinct of the inspector, as the police module would after
   * matching the address (a manual filing, so that no matching undoes it): the register lets a
   * police inspector reach only such persons ({@link PoliceReach}).
   */
  void liveInPrecinctOf(Actor inspector, String personId) {
    Fixtures.liveIn(jdbc, Fixtures.precinct(jdbc, inspector.userId(), inspector.organisationId(),
        inspector.territoryCode()), UUID.fromString(personId));
  }

  static RequestPostProcessor as(Actor actor) {
    return SecurityMockMvcRequestPostProcessors.user(JolPrincipal.of(actor));
  }
}
