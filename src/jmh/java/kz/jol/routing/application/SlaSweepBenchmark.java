package kz.jol.routing.application;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import kz.jol.JolApplication;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SLA sweep's speed (issue 4, "Speed"): the sweep over {@code referrals} open referrals of
 * which one in {@code lateEvery} is past its deadline, against the floor of one hand-written
 * SQL query returning the same breaches on the same data. Each iteration starts with no
 * escalation, so the sweep finds and escalates every breach (insert, history row, event) and
 * the floor query returns every breach.
 *
 * <p>The whole application runs on an embedded PostgreSQL of its own under
 * {@code target/jmh-sla-postgres}; the data are generated once by SQL (1,000 synthetic cases
 * in one synthetic district, referrals spread over them) and kept for the next run, so both
 * benchmarks of a run, each in its own fork, judge the same rows.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
public class SlaSweepBenchmark {

  static final String DISTRICT = "979999999";

  @Param("1000000")
  int referrals;

  @Param("100")
  int lateEvery;

  ConfigurableApplicationContext context;
  JdbcClient jdbc;
  SlaSweep sweep;

  @Setup(Level.Trial)
  public void startJolWithData() {
    context = new SpringApplicationBuilder(JolApplication.class).run(
        "--jol.embedded-postgres.data-directory=target/jmh-sla-postgres",
        "--jol.embedded-postgres.clean-on-start=false",
        "--jol.embedded-postgres.pool-size=5",
        "--jol.demo-data.enabled=false",
        "--jol.reintegration.sweep-cron=-", "--jol.routing.sweep-cron=-",
        "--jol.routing.sla-cron=-", "--server.port=0",
        "--logging.level.root=WARN");
    jdbc = context.getBean(JdbcClient.class);
    sweep = context.getBean(SlaSweep.class);
    int present = jdbc.sql("select count(*) from referral where action_code like 'BENCH\\_%'")
        .query(Integer.class).single();
    if (present != referrals) {
      generate();
    }
  }

  private void generate() {
    jdbc.sql("truncate escalation_event, escalation").update();
    jdbc.sql("delete from referral_event").update();
    jdbc.sql("delete from referral").update();
    jdbc.sql("""
        insert into territory (code, parent_code, kind, name_kk, name_ru, name_en)
        values (:t, '000000000', 'DISTRICT', 'Бенчмарк ауданы', 'Район бенчмарка',
                'Benchmark district') on conflict do nothing""").param("t", DISTRICT).update();
    UUID unit = organisation("PROBATION_UNIT");
    UUID centre = organisation("PUBLIC_SERVICE_CENTRE");
    organisation("AKIMAT_DEPARTMENT");
    UUID officer = UUID.randomUUID();
    jdbc.sql("""
        insert into app_user (id, username, password_hash, full_name, role, organisation_id,
            territory_code)
        values (:id, :u, 'x', 'Synthetic Benchmark Officer', 'PROBATION_OFFICER', :org, :t)""")
        .param("id", officer).param("u", "bench." + officer.toString().substring(0, 8))
        .param("org", unit).param("t", DISTRICT).update();
    jdbc.sql("""
        insert into person (id, iin, last_name, first_name, birth_date, sex,
            home_territory_code, name_search, created_at, updated_at)
        select gen_random_uuid(), '99' || lpad(i::text, 10, '0'), 'Синтетик', 'Бенчмарк',
            date '1980-01-01', 'MALE', :t, 'синтетик бенчмарк', now(), now()
        from generate_series(1, 1000) i
        on conflict do nothing""").param("t", DISTRICT).update();
    jdbc.sql("""
        insert into probation_case (id, case_number, person_id, kind, legal_basis,
            registration_date, territory_code, officer_id, state, state_since, created_at,
            updated_at)
        select gen_random_uuid(), '99-2026-' || lpad(substr(p.iin, 3)::text, 10, '0'), p.id,
            'SENTENCE', 'CONDITIONAL_SENTENCE', date '2026-06-01', :t, :officer, 'ACTIVE',
            date '2026-06-01', now(), now()
        from person p where p.iin like '99%' and p.home_territory_code = :t
          and not exists (select 1 from probation_case c where c.person_id = p.id)""")
        .param("t", DISTRICT).param("officer", officer).update();
    // One in lateEvery is an hour (and a few seconds) late; the rest are due in ten years.
    jdbc.sql("""
        with cases as (
            select id, row_number() over (order by id) as n from probation_case
            where territory_code = :t)
        insert into referral (id, case_id, domain, action_code, action_kk, action_ru,
            action_en, organisation_id, priority, matrix_version, risk_level, created_at, due_at,
            state, state_at)
        select gen_random_uuid(), c.id, 'LEGAL', 'BENCH_' || g.i, 'Құжаттар', 'Документы',
            'Documents', :org, 'HIGH', 1, 'R3', now() - interval '3 days',
            case when g.i % :late = 0 then now() - interval '1 hour' - g.i * interval '1 ms'
                 else now() + interval '3650 days' + g.i * interval '1 ms' end,
            'SENT', now() - interval '3 days'
        from generate_series(1, :n) g(i) join cases c on c.n = g.i % 1000 + 1""")
        .param("t", DISTRICT).param("org", centre).param("late", lateEvery)
        .param("n", referrals).update();
    jdbc.sql("analyze").update();
  }

  private UUID organisation(String type) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
        insert into organisation (id, type, name_kk, name_ru, name_en, territory_code)
        values (:id, :type, 'Бенчмарк ' || :id, 'Бенчмарк ' || :id, 'Benchmark ' || :id, :t)""")
        .param("id", id).param("type", type).param("t", DISTRICT).update();
    return id;
  }

  @Setup(Level.Iteration)
  public void noEscalationsYet() {
    jdbc.sql("truncate escalation_event, escalation").update();
  }

  @TearDown(Level.Trial)
  public void stop() {
    context.close();
  }

  /** The sweep as it runs every five minutes: finds the breaches and escalates each. */
  @Benchmark
  public SlaSweep.Report sweep() {
    SlaSweep.Report report = sweep.sweep();
    if (report.opened() != referrals / lateEvery) {
      throw new IllegalStateException("expected " + referrals / lateEvery + " escalations, "
          + report);
    }
    return report;
  }

  /** The data with every breach escalated already: what most five-minute sweeps meet. */
  @State(Scope.Benchmark)
  public static class Escalated {

    @Setup(Level.Iteration)
    public void escalateEverything(SlaSweepBenchmark benchmark) {
      benchmark.sweep.sweep();
    }
  }

  /** A sweep that finds every breach escalated already and opens nothing. */
  @Benchmark
  public SlaSweep.Report sweepWithNothingNew(Escalated escalated) {
    SlaSweep.Report report = sweep.sweep();
    if (report.opened() != 0) {
      throw new IllegalStateException("expected nothing new, " + report);
    }
    return report;
  }

  /** The floor: one query returning the same breaches, nothing written. */
  @Benchmark
  public List<UUID> floorQuery() {
    List<UUID> breaches = jdbc.sql("""
            select r.id from referral r
            where r.state in ('SENT', 'ACCEPTED', 'IN_PROGRESS') and r.due_at < now()
              and not exists (select 1 from escalation e where e.referral_id = r.id)""")
        .query(UUID.class).list();
    if (breaches.size() != referrals / lateEvery) {
      throw new IllegalStateException("expected " + referrals / lateEvery + " breaches, found "
          + breaches.size());
    }
    return breaches;
  }
}
