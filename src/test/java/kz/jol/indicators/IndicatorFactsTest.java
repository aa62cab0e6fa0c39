package kz.jol.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.jol.access.UserAdministration;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.support.CaseloadFixture;
import kz.jol.support.Fixtures;
import kz.jol.support.IndicatorFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The precomputed facts (V154) and their upkeep ({@link IndicatorFacts}): every change of a
 * source the facts read marks its case through a trigger, a catch-up rebuilds exactly what a
 * rebuild from the sources gives, changes the facts do not read mark nothing, and the facts hold
 * the same rows as the reporting views they stand for. The figures themselves are checked
 * against hand-computed values by {@link IndicatorFiguresTest} and the other indicator tests,
 * all of which now read these facts.
 */
@SpringBootTest
class IndicatorFactsTest {

  private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;
  @Autowired JdbcClient jdbc;
  @Autowired IndicatorFacts facts;
  @Autowired PlatformTransactionManager transactions;

  /**
   * Closes the cases the test registered (in 2011, a year no other test uses) in 2012: other
   * tests' daily sweeps take every open case, and the working-day calendar does not reach back
   * to 2011.
   */
  @AfterEach
  void closeTheTestsCases() {
    jdbc.sql("""
            update probation_case set state = 'CLOSED', outcome = 'COMPLETED',
                state_since = date '2012-02-01'
             where state <> 'CLOSED'
               and registration_date between date '2011-01-01' and date '2011-12-31'""")
        .update();
    facts.catchUp();
  }

  @Test
  void everyChangeTheFactsReadIsCaughtUpAsARebuildWouldHaveIt() {
    CaseloadFixture a = new CaseloadFixture(jdbc, users, persons, cases);
    CaseloadFixture b = new CaseloadFixture(jdbc, users, persons, cases);
    LocalDate registered = LocalDate.of(2011, 3, 1);
    UUID id = a.caseRegistered(registered);
    UUID org = Fixtures.organisation(jdbc, "EMPLOYMENT_CENTRE", a.officer.territoryCode());
    UUID[] referral = new UUID[1];
    UUID[] plan = new UUID[1];
    UUID[] submission = new UUID[1];
    facts.catchUp();
    assertThat(stale(id)).isZero();
    assertThat(jdbc.sql("""
            select territory_180 from indicators_case_summary where case_id = :id""")
        .param("id", id).query(String.class).single()).isEqualTo(a.officer.territoryCode());

    Map<String, Runnable> changes = new LinkedHashMap<>();
    changes.put("an employed assessment", () -> assess(a, id, "ECONOMIC", 2, registered
        .plusDays(30)));
    changes.put("documents in order", () -> assess(a, id, "LEGAL", 2, registered.plusDays(60)));
    changes.put("a domain raised to R3", () -> risk(id, "R3", registered.plusDays(40)));
    changes.put("the R3 closed", () -> risk(id, "R1", registered.plusDays(70)));
    changes.put("a referral done", () -> referral[0] = IndicatorFixture.referralDone(jdbc, id,
        a.officer.userId(), org, "ECONOMIC", almaty(registered.plusDays(20)),
        almaty(registered.plusDays(19))));
    changes.put("an earlier SENT event of the referral", () -> jdbc.sql("""
            insert into referral_event (referral_id, from_state, to_state, at)
            values (:id, null, 'SENT', :at)""")
        .param("id", referral[0]).param("at", Timestamp.from(almaty(registered.plusDays(5))))
        .update());
    changes.put("a criminal offence", () -> supervision(id, "CRIMINAL_OFFENCE",
        registered.plusDays(100), null, null));
    changes.put("a court submission", () -> submission[0] = supervision(id, "COURT_SUBMISSION",
        registered.plusDays(101), "REVOKE_CONDITIONAL_SENTENCE", null));
    changes.put("the court grants it", () -> supervision(id, "COURT_DECISION",
        registered.plusDays(120), "GRANTED", submission[0]));
    changes.put("a plan closed", () -> plan[0] = closedPlan(id, a.officer.userId()));
    changes.put("the plan's closing day", () -> jdbc.sql("""
            insert into plan_transition (plan_id, from_state, to_state, on_day, by_user, at)
            values (:plan, 'APPROVED', 'CLOSED', :on, :by, now())""")
        .param("plan", plan[0]).param("on", registered.plusDays(150))
        .param("by", a.officer.userId()).update());
    changes.put("an action of the plan done", () -> jdbc.sql("""
            insert into plan_action (id, plan_id, position, domain, goal, action,
                responsible_organisation_id, due_on, status, outcome, closed_on, updated_by,
                updated_at)
            values (:id, :plan, 1, 'ECONOMIC', 'Work', 'Job fair', :org, :on, 'DONE', 'Done',
                :on, :by, now())""")
        .param("id", UUID.randomUUID()).param("plan", plan[0]).param("org", org)
        .param("on", registered.plusDays(140)).param("by", a.officer.userId()).update());
    changes.put("the day-180 reading", () -> jdbc.sql("""
            insert into official_reading (case_id, taken_on, legal_score, housing_score,
                economic_score, health_score, institutional_score, integral_index, successful,
                critical_failures, recorded_at)
            values (:id, :on, 2, 2, 2, 2, 2, 10, true, '', now())""")
        .param("id", id).param("on", registered.plusDays(180)).update());
    changes.put("a transfer before day 180", () -> jdbc.sql("""
            update probation_case set territory_code = :territory, updated_at = :at
             where id = :id""")
        .param("territory", b.officer.territoryCode())
        .param("at", Timestamp.from(almaty(registered.plusDays(170)))).param("id", id)
        .update());
    changes.put("a request for help", () -> supervision(id, "HELP_REQUEST",
        registered.plusDays(102), "DOCUMENTS", null));
    changes.put("declared wanted", () -> supervision(id, "WANTED_DECLARED",
        registered.plusDays(103), null, null));
    changes.put("found", () -> supervision(id, "WANTED_ENDED", registered.plusDays(110),
        "DETAINED_BY_POLICE", null));
    changes.put("a violation in the closing year", () -> supervision(id, "VIOLATION",
        LocalDate.of(2012, 1, 5), "CURFEW", null));
    changes.put("the case closed", () -> jdbc.sql("""
            update probation_case set state = 'CLOSED', outcome = 'COMPLETED',
                state_since = :on where id = :id""")
        .param("on", LocalDate.of(2012, 1, 20)).param("id", id).update());

    // An R3 episode still open and a submission not yet decided are counted by nothing yet.
    java.util.Set<String> unchanged = java.util.Set.of("a domain raised to R3",
        "a court submission");
    for (Map.Entry<String, Runnable> change : changes.entrySet()) {
      List<String> before = factsOf(id);
      change.getValue().run();
      assertThat(stale(id)).as("%s marks the case", change.getKey()).isPositive();
      facts.catchUp();
      assertThat(stale(id)).as("%s is caught up", change.getKey()).isZero();
      List<String> caughtUp = factsOf(id);
      if (!unchanged.contains(change.getKey())) {
        assertThat(caughtUp).as("%s changes the facts", change.getKey()).isNotEqualTo(before);
      }
      rebuild(id);
      assertThat(factsOf(id)).as("after %s", change.getKey()).isEqualTo(caughtUp);
    }

    assertThat(jdbc.sql("""
            select concat_ws(' ', territory_180 = :b, successful_180, work_90, documents_90,
                             plan_carried_out, clean_in_year)
              from indicators_case_summary where case_id = :id""")
        .param("id", id).param("b", b.officer.territoryCode()).query(String.class).single())
        .isEqualTo("t t t t t f");
  }

  @Test
  void changesTheFactsDoNotReadMarkNothing() {
    CaseloadFixture a = new CaseloadFixture(jdbc, users, persons, cases);
    UUID id = a.caseRegistered(LocalDate.of(2011, 5, 2));
    facts.catchUp();

    supervision(id, "CHECK_IN", LocalDate.of(2011, 5, 9), "ATTENDED", null);
    jdbc.sql("update probation_case set version = version + 1, updated_at = now() where id = :id")
        .param("id", id).update();

    assertThat(stale(id)).isZero();
  }

  @Test
  void aReaderInAReadOnlyTransactionCatchesUpInATransactionOfItsOwn() {
    // The indicator guard runs every dashboard request in a read-only transaction.
    CaseloadFixture a = new CaseloadFixture(jdbc, users, persons, cases);
    UUID id = a.caseRegistered(LocalDate.of(2011, 8, 1));
    assertThat(stale(id)).isPositive();
    TransactionTemplate readOnly = new TransactionTemplate(transactions);
    readOnly.setReadOnly(true);

    readOnly.executeWithoutResult(status -> assertThat(facts.catchUp()).isPositive());

    assertThat(stale(id)).isZero();
    assertThat(factsOf(id)).isNotEmpty();
  }

  @Test
  void readersAndTheScheduleCatchingUpAtOnceRebuildEachCaseOnce() throws Exception {
    CaseloadFixture a = new CaseloadFixture(jdbc, users, persons, cases);
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(a.caseRegistered(LocalDate.of(2011, 6, 1 + i)));
    }
    facts.catchUp();
    // Every case of the test database, three times over, in batches small enough that the
    // three runs would rebuild the same case at once if nothing kept them apart.
    for (int i = 0; i < 3; i++) {
      jdbc.sql("insert into indicators_stale_case (case_id) select id from probation_case")
          .update();
    }

    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      // Each reader, when its catch-up returns, must find every mark older than its start
      // gone: none stops early because another run holds the batch it wanted.
      List<Future<Boolean>> runs = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        runs.add(pool.submit((Callable<Boolean>) () -> {
          long last = jdbc.sql("select coalesce(max(seq), 0) from indicators_stale_case")
              .query(Long.class).single();
          facts.catchUp(7);
          return jdbc.sql("select not exists (select 1 from indicators_stale_case"
              + " where seq <= :last)").param("last", last).query(Boolean.class).single();
        }));
      }
      for (Future<Boolean> run : runs) {
        assertThat(run.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(jdbc.sql("select count(*) from indicators_stale_case").query(Long.class).single())
        .isZero();
    assertThat(jdbc.sql("""
            select count(*) = count(distinct case_id) and count(*) = (select count(*)
                                                                        from probation_case)
              from indicators_case_summary""").query(Boolean.class).single()).isTrue();
    for (UUID id : ids) {
      List<String> caughtUp = factsOf(id);
      rebuild(id);
      assertThat(factsOf(id)).isEqualTo(caughtUp);
    }
  }

  @Test
  void theFactsHoldWhatTheReportingViewsSay() {
    CaseloadFixture a = new CaseloadFixture(jdbc, users, persons, cases);
    UUID id = a.caseRegistered(LocalDate.of(2011, 7, 1));
    risk(id, "R3", LocalDate.of(2011, 7, 10));
    risk(id, "R3", LocalDate.of(2011, 7, 12));
    risk(id, "R2", LocalDate.of(2011, 8, 1));
    assess(a, id, "HOUSING", 2, LocalDate.of(2011, 8, 2));
    facts.catchUp();

    assertThat(differences("""
            select referral_id, cast((due_at at time zone 'Asia/Almaty') as date),
                   coalesce(done_at <= due_at, false),
                   cast((sent_at at time zone 'Asia/Almaty') as date),
                   cast((done_at at time zone 'Asia/Almaty') as date)
              from indicators_referral_moments""", """
            select referral_id, due_day, met, sent_day, done_day
              from indicators_referral_fact""")).isZero();
    assertThat(differences("""
            select case_id, domain, opened_on, closed_on from indicators_r3_episodes
             where closed_on is not null""", """
            select case_id, domain, opened_on, closed_on from indicators_r3_fact""")).isZero();
    assertThat(differences("""
            select case_id, day_90, not ended_before, documents, housing, work
              from reintegration_day90_targets""", """
            select case_id, day_90, counted_90, documents_90, housing_90, work_90
              from indicators_case_summary""")).isZero();
    assertThat(differences("""
            select case_id, closed_on, actions_open = 0 and actions_done > 0
              from indicators_plan_facts""", """
            select case_id, plan_closed_on, plan_carried_out from indicators_case_summary
             where plan_carried_out is not null""")).isZero();
    // The searches as ControlIndicators paired them before V154: n-th declaration, n-th end.
    assertThat(differences("""
            select d.case_id, d.day, e.day, coalesce(e.found_how, 'OTHER')
              from (select case_id, day, row_number() over (partition by case_id
                                                            order by day, event_id) as n
                      from supervision_event_facts where event_kind = 'WANTED_DECLARED') d
              left join (select case_id, day, found_how,
                                row_number() over (partition by case_id
                                                   order by day, event_id) as n
                           from supervision_event_facts where event_kind = 'WANTED_ENDED') e
                on e.case_id = d.case_id and e.n = d.n""", """
            select case_id, declared_on, ended_on, found_how from indicators_search_fact""")
    ).isZero();
    assertThat(jdbc.sql("""
            select count(*) from indicators_r3_fact where case_id = :id""")
        .param("id", id).query(Long.class).single()).isOne();
  }


  /** Rows in one query and not the other, both ways. */
  private long differences(String left, String right) {
    return jdbc.sql("select (select count(*) from ((%1$s) except all (%2$s)) l)"
        .formatted(left, right) + " + (select count(*) from ((%2$s) except all (%1$s)) r)"
        .formatted(left, right)).query(Long.class).single();
  }

  private long stale(UUID id) {
    return jdbc.sql("select count(*) from indicators_stale_case where case_id = :id")
        .param("id", id).query(Long.class).single();
  }

  private void rebuild(UUID id) {
    jdbc.sql("select indicators_refresh_cases(:ids)").param("ids", new UUID[] {id})
        .query(rs -> { });
  }

  /** Every fact row of the case, as text, in a stable order. */
  private List<String> factsOf(UUID id) {
    return jdbc.sql("""
            select 'summary ' || s::text from indicators_case_summary s where s.case_id = :id
            union all
            select 'spell ' || t::text from indicators_territory_spell t where t.case_id = :id
            union all
            select 'referral ' || f::text from indicators_referral_fact f where f.case_id = :id
            union all
            select 'r3 ' || r::text from indicators_r3_fact r where r.case_id = :id
            union all
            select 'event ' || e::text from indicators_event_fact e where e.case_id = :id
            union all
            select 'employed ' || m::text from indicators_employment_spell m
             where m.case_id = :id
            union all
            select 'search ' || w::text from indicators_search_fact w where w.case_id = :id
            order by 1""").param("id", id).query(String.class).list();
  }

  private static Instant almaty(LocalDate day) {
    return LocalDateTime.of(day, java.time.LocalTime.NOON).atZone(ALMATY).toInstant();
  }

  private void assess(CaseloadFixture by, UUID caseId, String domain, int score, LocalDate on) {
    IndicatorFixture.assessment(jdbc, caseId, domain, score, by.officer.userId(), on);
  }

  private void risk(UUID caseId, String risk, LocalDate on) {
    jdbc.sql("""
            insert into domain_risk_change (case_id, domain, risk, on_day, recorded_at)
            values (:case, 'HOUSING', :risk, :on, now())""")
        .param("case", caseId).param("risk", risk).param("on", on).update();
  }

  private UUID supervision(UUID caseId, String kind, LocalDate day, String code, UUID related) {
    return IndicatorFixture.supervisionEvent(jdbc, caseId, kind, day, code, related);
  }

  private UUID closedPlan(UUID caseId, UUID by) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
            insert into reintegration_plan (id, case_id, state, first_approved_on, created_by,
                created_at, updated_at)
            values (:id, :case, 'CLOSED', :approved, :by, now(), now())""")
        .param("id", id).param("case", caseId).param("approved", LocalDate.of(2011, 3, 4))
        .param("by", by).update();
    return id;
  }
}
