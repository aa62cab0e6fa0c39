package kz.jol.support;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
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
}
