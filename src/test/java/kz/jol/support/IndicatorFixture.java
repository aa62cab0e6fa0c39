package kz.jol.support;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Data for the indicator tests: a region of their own under the republic, and cases with their
 * official day-180 reading. Each test class keeps to a quarter no other one uses, because the
 * republic's figures add up every test's data in the shared test database.
 */
public final class IndicatorFixture {

  private IndicatorFixture() {}

  /** A new region under the republic with a random unused code starting with {@code first}. */
  public static String freshRegion(JdbcClient jdbc, char first, String kk, String ru,
      String en) {
    String code;
    do {
      code = first + String.format("%08d", Math.floorMod(UUID.randomUUID()
          .getLeastSignificantBits(), 100_000_000L));
    } while (jdbc.sql("select count(*) from territory where code = :c").param("c", code)
        .query(Integer.class).single() > 0);
    jdbc.sql("""
            insert into territory (code, parent_code, kind, name_kk, name_ru, name_en)
            values (:code, '000000000', 'REGION', :kk, :ru, :en)""")
        .param("code", code).param("kk", kk).param("ru", ru).param("en", en).update();
    return code;
  }

  /**
   * {@code cases} cases registered on {@code registered} in the fixture's district, each with
   * its official reading 180 days later, the first {@code successful} of them successful; all
   * closed on {@code closedOn}, after the periods the test compares — the daily sweeps of other
   * tests take open cases, and the working-day calendar does not reach back that far.
   */
  public static void readings(JdbcClient jdbc, CaseloadFixture d, LocalDate registered,
      int cases, int successful, LocalDate closedOn) {
    for (int i = 0; i < cases; i++) {
      UUID id = d.caseRegistered(registered);
      boolean ok = i < successful;
      jdbc.sql("""
              insert into official_reading (case_id, taken_on, legal_score, housing_score,
                  economic_score, health_score, institutional_score, integral_index,
                  successful, critical_failures, recorded_at)
              values (:case, :on, :s, :s, :s, :s, :s, :index, :ok, '', now())""")
          .param("case", id).param("on", registered.plusDays(180)).param("s", ok ? 2 : 1)
          .param("index", ok ? 10 : 5).param("ok", ok).update();
      jdbc.sql("""
              update probation_case set state = 'CLOSED', outcome = 'COMPLETED',
                  state_since = :closed where id = :id""")
          .param("closed", closedOn).param("id", id).update();
    }
  }
}
