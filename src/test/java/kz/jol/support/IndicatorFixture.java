package kz.jol.support;

import java.sql.Timestamp;
import java.time.Instant;
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

  /**
   * A referral of the case to the organisation in a domain, sent 24 hours before its due moment
   * and done at {@code done}: on time when not after {@code due}, late otherwise. Ended, so the
   * routing sweeps of other tests leave it alone.
   */
  public static UUID referralDone(JdbcClient jdbc, UUID caseId, UUID createdBy,
      UUID organisation, String domain, Instant due, Instant done) {
    UUID id = UUID.randomUUID();
    Instant sent = due.minusSeconds(24 * 3600);
    jdbc.sql("""
            insert into referral (id, case_id, domain, action_code, action_kk, action_ru,
                action_en, organisation_id, priority, created_by, created_at, due_at, state,
                state_at, outcome, evidence)
            values (:id, :case, :domain, :code, 'Әрекет', 'Действие', 'Action', :org, 'NORMAL',
                :by, :created, :due, 'DONE', :done, 'Synthetic outcome', 'Synthetic evidence')""")
        .param("id", id).param("case", caseId).param("domain", domain)
        .param("code", "KPI_" + id.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT)).param("org", organisation)
        .param("by", createdBy).param("created", Timestamp.from(sent))
        .param("due", Timestamp.from(due)).param("done", Timestamp.from(done)).update();
    event(jdbc, id, null, "SENT", sent);
    event(jdbc, id, "SENT", "DONE", done);
    return id;
  }

  private static void event(JdbcClient jdbc, UUID referral, String from, String to,
      Instant at) {
    jdbc.sql("""
            insert into referral_event (referral_id, from_state, to_state, at)
            values (:id, :from, :to, :at)""")
        .param("id", referral).param("from", from).param("to", to)
        .param("at", Timestamp.from(at)).update();
  }

  /** A supervision event of the case recorded now, related to another event or to none. */
  public static UUID supervisionEvent(JdbcClient jdbc, UUID caseId, String kind, LocalDate day,
      String code, UUID related) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
            insert into supervision_event (id, case_id, kind, day, code, related_ids,
                recorded_at)
            values (:id, :case, :kind, :day, :code, :related, now())""")
        .param("id", id).param("case", caseId).param("kind", kind).param("day", day)
        .param("code", code)
        .param("related", related == null ? new UUID[0] : new UUID[] {related})
        .update();
    return id;
  }

  /** A domain assessment of the case dated {@code on}, by a user, recorded now. */
  public static void assessment(JdbcClient jdbc, UUID caseId, String domain, int score,
      UUID by, LocalDate on) {
    jdbc.sql("""
            insert into domain_assessment (case_id, domain, score, evidence, assessed_by,
                assessed_on, recorded_at)
            values (:case, :domain, :score, 'Synthetic evidence', :by, :on, now())""")
        .param("case", caseId).param("domain", domain).param("score", score)
        .param("by", by).param("on", on).update();
  }
}
