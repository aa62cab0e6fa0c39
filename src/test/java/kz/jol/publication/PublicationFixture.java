package kz.jol.publication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A region of its own with three districts, and cases filed in them straight into the
 * register's tables (the counts are what matters here, not the register's rules), so that the
 * tables published for the region are known to the test and no other test adds to them.
 */
final class PublicationFixture {

  private static final AtomicInteger NEXT = new AtomicInteger();

  final JdbcClient jdbc;
  final String region;
  final List<String> districts = new ArrayList<>();

  PublicationFixture(JdbcClient jdbc) {
    this.jdbc = jdbc;
    int n = NEXT.incrementAndGet();
    String base = Fixtures.territory(jdbc);
    // A fresh code for the region: the district Fixtures made is reused as its first district.
    region = freshCode();
    jdbc.sql("""
            insert into territory (code, parent_code, kind, name_kk, name_ru, name_en)
            values (:code, '000000000', 'REGION', :kk, :ru, :en)""")
        .param("code", region).param("kk", "Жария облысы " + n)
        .param("ru", "Публичная область " + n).param("en", "Public region " + n).update();
    jdbc.sql("update territory set parent_code = :region, name_en = :en where code = :code")
        .param("region", region).param("code", base).param("en", "Alpha district " + n).update();
    districts.add(base);
    for (String name : List.of("Beta", "Gamma")) {
      String code = freshCode();
      jdbc.sql("""
              insert into territory (code, parent_code, kind, name_kk, name_ru, name_en)
              values (:code, :region, 'DISTRICT', :kk, :ru, :en)""")
          .param("code", code).param("region", region).param("kk", name + " ауданы " + n)
          .param("ru", name + " район " + n).param("en", name + " district " + n).update();
      districts.add(code);
    }
    // The published rows come in code order: district i is row i.
    districts.sort(null);
  }

  private String freshCode() {
    String code;
    do {
      code = "8" + String.format("%08d",
          Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
    } while (jdbc.sql("select count(*) from territory where code = :c").param("c", code)
        .query(Integer.class).single() > 0);
    return code;
  }

  /** {@code count} open cases of the kind in the district, registered on the day. */
  void cases(int district, String kind, int count, LocalDate registered) {
    String code = districts.get(district);
    for (int i = 0; i < count; i++) {
      UUID person = UUID.randomUUID();
      jdbc.sql("""
              insert into person (id, iin, last_name, first_name, birth_date, sex,
                                  home_territory_code, name_search, created_at, updated_at)
              values (:id, :iin, 'Жариялова', 'Айгүл', date '1990-01-01', 'FEMALE', :t,
                      'жариялова айгүл', now(), now())""")
          .param("id", person).param("iin", Fixtures.unusedIin(jdbc).value()).param("t", code)
          .update();
      jdbc.sql("""
              insert into probation_case (id, case_number, person_id, kind, legal_basis,
                                          registration_date, territory_code, state, state_since,
                                          created_at, updated_at)
              values (:id, :number, :person, :kind, 'CONDITIONAL_SENTENCE', :day, :t, 'ACTIVE',
                      :day, now(), now())""")
          .param("id", UUID.randomUUID())
          .param("number", String.format("35-2026-%09d",
              Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000L)))
          .param("person", person).param("kind", kind).param("day", registered).param("t", code)
          .update();
    }
  }

  /** An administrator of the whole republic, as the services see one. */
  static Actor admin() {
    return new Actor(UUID.randomUUID(), "publisher", "Publishing Admin", Role.ADMIN,
        UUID.randomUUID(), "000000000");
  }

  static Actor actor(Role role) {
    return new Actor(UUID.randomUUID(), "walker", "Someone", role, UUID.randomUUID(),
        "000000000");
  }

  static <T> T as(Actor actor, Supplier<T> action) {
    var principal = JolPrincipal.of(actor);
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null,
            principal.getAuthorities()));
    try {
      return action.get();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
