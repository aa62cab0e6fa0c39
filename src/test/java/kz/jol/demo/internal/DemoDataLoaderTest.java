package kz.jol.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.database.EmbeddedDatabase;
import kz.jol.organisation.OrganisationType;
import kz.jol.register.Iin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Loads the demo dataset once into the test database, through the real services, and checks it
 * against seed 001's survey and the issue: every organisation type, one user per role, 200
 * synthetic women with valid IINs.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataLoaderTest {

  @Autowired DemoDataLoader loader;
  @Autowired JdbcClient jdbc;
  @Autowired UserAdministration users;
  @Autowired PasswordEncoder passwords;
  @Autowired ObjectProvider<EmbeddedDatabase> embedded;

  DemoDataLoader.DemoSummary summary;

  @BeforeAll
  void loadOnce() {
    summary = loader.load();
  }

  @Test
  void organisationsOfEveryTypeAndOneUserPerRole() {
    Set<OrganisationType> types = jdbc.sql("""
            select distinct type from organisation where email like '%@demo.jol.example'""")
        .query((rs, n) -> OrganisationType.valueOf(rs.getString(1))).set();
    assertThat(types).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(OrganisationType.class));
    Set<Role> roles = summary.users().stream().map(DemoDataLoader.DemoUser::role)
        .collect(Collectors.toSet());
    // Partner systems are API clients with a generated secret, issued by an administrator.
    assertThat(roles).containsExactlyInAnyOrderElementsOf(
        EnumSet.complementOf(EnumSet.of(Role.PARTNER_SYSTEM)));
    String hash = jdbc.sql("select password_hash from app_user where username = 'officer'")
        .query(String.class).single();
    assertThat(passwords.matches(DemoDataLoader.PASSWORD, hash)).isTrue();
  }

  @Test
  void twoHundredSyntheticWomenWithValidIinsAndOneCaseEach() {
    List<String> iins = column("iin");
    assertThat(iins).hasSize(200).doesNotHaveDuplicates();
    assertThat(iins).allSatisfy(iin -> {
      assertThat(Iin.isValid(iin)).isTrue();
      assertThat(iin.charAt(6)).isIn('4', '6');
      assertThat(iin.charAt(7)).isEqualTo('9');
    });
    assertThat(summary.cases()).isEqualTo(200);
    Integer cases = jdbc.sql("select count(*) from probation_case where person_id = any(:ids)")
        .param("ids", summary.personIds().toArray(UUID[]::new)).query(Integer.class).single();
    assertThat(cases).isEqualTo(200);
  }

  @Test
  void theProfileFollowsTheSurveyOfSeed001() {
    Map<String, Long> education = counts("education");
    assertThat(education).containsExactlyInAnyOrderEntriesOf(
        Map.of("VOCATIONAL", 92L, "SECONDARY", 82L, "HIGHER", 26L));
    assertThat(counts("employment_before_conviction")).containsExactlyInAnyOrderEntriesOf(
        Map.of("INFORMAL", 104L, "UNEMPLOYED", 66L, "EMPLOYED", 30L));
    Long withChildren = jdbc.sql("""
            select count(*) from person where id = any(:ids) and children_under_18 > 0""")
        .param("ids", summary.personIds().toArray(UUID[]::new)).query(Long.class).single();
    assertThat(withChildren).isEqualTo(144);
    Map<String, Long> ages = jdbc.sql("""
            select case when a between 21 and 30 then '21-30' when a between 31 and 40 then '31-40'
                        when a between 41 and 50 then '41-50' else 'other' end, count(*)
              from (select extract(year from age(current_date, birth_date))::int as a
                      from person where id = any(:ids)) ages
             group by 1""")
        .param("ids", summary.personIds().toArray(UUID[]::new))
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(ages).containsExactlyInAnyOrderEntriesOf(
        Map.of("31-40", 88L, "21-30", 56L, "41-50", 40L, "other", 16L));
  }

  @Test
  void isNotLoadedIntoAConfiguredDatabaseNorIntoOneThatHasUsers() {
    var configured = new DemoDataLoader(true, emptyProvider(), users, null, null, null, null, null);
    configured.run(null);
    var disabled = new DemoDataLoader(false, emptyProvider(), users, null, null, null, null, null);
    disabled.run(null);
    // The embedded test database already has users: an enabled loader leaves it alone.
    new DemoDataLoader(true, embedded, users, null, null, null, null, null).run(null);
    assertThat(jdbc.sql("select count(*) from app_user where username = 'officer'")
        .query(Integer.class).single()).isEqualTo(1);
  }

  private List<String> column(String name) {
    return jdbc.sql("select " + name + " from person where id = any(:ids)")
        .param("ids", summary.personIds().toArray(UUID[]::new)).query(String.class).list();
  }

  private Map<String, Long> counts(String name) {
    return column(name).stream().collect(Collectors.groupingBy(v -> v, Collectors.counting()));
  }

  private static <T> ObjectProvider<T> emptyProvider() {
    return new ObjectProvider<>() {
      @Override
      public T getObject() {
        throw new IllegalStateException("none");
      }

      @Override
      public T getIfAvailable() {
        return null;
      }
    };
  }
}
