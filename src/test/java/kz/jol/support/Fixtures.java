package kz.jol.support;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import kz.jol.register.Iin;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reference rows that tests need and may not assume: a territory and an organisation of their
 * own, with unique codes, so tests never depend on each other or on loaded reference data.
 */
public final class Fixtures {

  private static final AtomicInteger NEXT = new AtomicInteger();

  private Fixtures() {}

  /** A fresh district-level territory under the republic; returns its 9-digit code. */
  public static String territory(JdbcClient jdbc) {
    String code;
    do {
      code = "9" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
    } while (jdbc.sql("select count(*) from territory where code = :c").param("c", code)
        .query(Integer.class).single() > 0);
    int n = NEXT.incrementAndGet();
    jdbc.sql("""
            insert into territory (code, parent_code, kind, name_kk, name_ru, name_en)
            values (:code, '000000000', 'DISTRICT', :kk, :ru, :en)""")
        .param("code", code)
        .param("kk", "Сынақ ауданы " + n)
        .param("ru", "Тестовый район " + n)
        .param("en", "Test district " + n)
        .update();
    return code;
  }

  /**
   * A valid IIN of a synthetic woman born 1970–1994 that no person in the database has yet.
   * (Register tests have their own generator with an independent check-digit rule.)
   */
  public static Iin unusedIin(JdbcClient jdbc) {
    var random = java.util.concurrent.ThreadLocalRandom.current();
    while (true) {
      String first11 = String.format("%02d%02d%02d4%04d", 70 + random.nextInt(25),
          1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(10_000));
      for (int check = 0; check <= 9; check++) {
        if (Iin.isValid(first11 + check)
            && jdbc.sql("select count(*) from person where iin = :i").param("i", first11 + check)
                .query(Integer.class).single() == 0) {
          return Iin.valueOf(first11 + check);
        }
      }
    }
  }

  /**
   * A fresh organisation of the type in the territory with names of its own, an address and a
   * phone: for tests whose pages and documents a person reads (screenshots, the route sheet).
   */
  public static UUID organisation(JdbcClient jdbc, String type, String territoryCode,
      String nameKk, String nameRu, String nameEn, String address, String phone) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
            insert into organisation (id, type, name_kk, name_ru, name_en, territory_code,
                                      address, phone)
            values (:id, :type, :kk, :ru, :en, :t, :address, :phone)""")
        .param("id", id).param("type", type).param("t", territoryCode)
        .param("kk", nameKk).param("ru", nameRu).param("en", nameEn)
        .param("address", address).param("phone", phone).update();
    return id;
  }

  /** A fresh organisation of the type in the territory. */
  public static UUID organisation(JdbcClient jdbc, String type, String territoryCode) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
            insert into organisation (id, type, name_kk, name_ru, name_en, territory_code)
            values (:id, :type, 'Сынақ ұйымы ' || :n, 'Тестовая организация ' || :n,
                    'Test organisation ' || :n, :t)""")
        .param("n", NEXT.incrementAndGet())
        .param("id", id).param("type", type).param("t", territoryCode).update();
    return id;
  }

  /**
   * A new precinct of the inspector's police unit in the territory, with the inspector assigned:
   * the register lets a police inspector reach only the persons filed in their precincts.
   */
  public static UUID precinct(JdbcClient jdbc, UUID inspectorId, UUID policeUnitId,
      String territoryCode) {
    UUID precinct = UUID.randomUUID();
    jdbc.sql("""
            insert into precinct (id, police_unit_id, territory_code, number, name, created_at,
                                  updated_at)
            values (:id, :unit, :territory, :number, 'Synthetic precinct', now(), now())""")
        .param("id", precinct).param("unit", policeUnitId).param("territory", territoryCode)
        .param("number", precinct.toString().substring(0, 8)).update();
    jdbc.sql("insert into precinct_inspector (precinct_id, user_id) values (:p, :u)")
        .param("p", precinct).param("u", inspectorId).update();
    return precinct;
  }

  /**
   * Files the person in the precinct by hand, as the police module would after matching the
   * address (a manual filing, so that no later matching undoes it).
   */
  public static void liveIn(JdbcClient jdbc, UUID precinctId, UUID personId) {
    jdbc.sql("""
            insert into precinct_resident (person_id, precinct_id, source, assigned_at)
            values (:person, :p, 'MANUAL', now())
            on conflict (person_id) do update set precinct_id = :p, source = 'MANUAL'""")
        .param("person", personId).param("p", precinctId).update();
  }

  /** The person of a case. */
  public static UUID personOf(JdbcClient jdbc, UUID caseId) {
    return jdbc.sql("select person_id from probation_case where id = :id").param("id", caseId)
        .query(UUID.class).single();
  }
}
