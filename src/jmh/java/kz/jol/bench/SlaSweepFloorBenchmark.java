package kz.jol.bench;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.jol.routing.application.SlaSweep;
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
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SLA sweep on the generated national data against its floor (issue 9, point 3): Jol's
 * {@link SlaSweep#sweep()} as scheduled, judged {@code hoursAhead} hours after the generated
 * history ends (so the referrals and escalations whose deadlines pass in those hours are the
 * breaches), against the best hand-written SQL producing the same result: one statement that
 * finds the same breaches, opens the same escalations (level, addressee, officer, missed
 * deadline, answer-by) with their history rows, marks the escalations they replace, and closes
 * the live escalations of finished referrals.
 *
 * <p>Each shot starts from the generated state: {@link #undo()} removes what the shot wrote (all
 * stamped with the benchmark clock's moment, which no generated row carries), restores the
 * states it changed, and waits for the notifications Jol's listeners send on each
 * {@code SlaBreached} before removing them. The trial's setup runs both once and fails unless
 * they opened the same escalations.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class SlaSweepFloorBenchmark {

  @Param("48")
  int hoursAhead;

  ConfigurableApplicationContext context;
  JdbcClient jdbc;
  TransactionTemplate transaction;
  SlaSweep sweep;
  Instant now;

  @Setup(Level.Trial)
  public void start() {
    context = GeneratedJol.start(new Class<?>[] {BenchClock.class}, 10);
    try {
      check();
    } catch (RuntimeException e) {
      context.close(); // JMH calls no tear-down after a failed set-up: stop PostgreSQL here
      throw e;
    }
  }

  private void check() {
    jdbc = context.getBean(JdbcClient.class);
    transaction = context.getBean(TransactionTemplate.class);
    sweep = context.getBean(SlaSweep.class);
    Instant historyEnds = jdbc.sql("select max(at) from referral_event")
        .query(Timestamp.class).single().toInstant();
    now = historyEnds.plus(Duration.ofHours(hoursAhead));
    context.getBean(BenchClock.Moving.class).set(now);
    undo();

    SlaSweep.Report report = sweep.sweep();
    List<String> byJol = opened();
    undo();
    int byFloor = floorSweep();
    List<String> byTheFloor = opened();
    undo();
    if (!byJol.equals(byTheFloor) || byFloor != report.opened()) {
      throw new IllegalStateException("the floor and Jol disagree: Jol opened " + report.opened()
          + ", the floor " + byFloor + "; first differences: "
          + byJol.stream().filter(s -> !byTheFloor.contains(s)).limit(3).toList() + " / "
          + byTheFloor.stream().filter(s -> !byJol.contains(s)).limit(3).toList());
    }
    System.out.printf("%nSLA sweep as of %s (%d h after the history): %d breaches, %d "
        + "escalations opened, %d closed; the floor agrees%n", now, hoursAhead,
        report.breaches(), report.opened(), report.closed());
  }

  @TearDown(Level.Trial)
  public void stop() {
    undo();
    context.close();
  }

  /** Every shot begins from the generated state. */
  @Setup(Level.Iteration)
  public void fresh() {
    undo();
  }

  @Benchmark
  public SlaSweep.Report jol() {
    return sweep.sweep();
  }

  @Benchmark
  public int floor() {
    return floorSweep();
  }

  /**
   * The floor: the sweep's whole result in one statement. The addressee of each level is the
   * first active organisation of the step's type (by Russian name, then id) on the case
   * territory's path, searched from the step's reach up to the republic, as Jol's
   * {@code Addressees} does.
   */
  int floorSweep() {
    return transaction.execute(status -> jdbc.sql("""
        with recursive
        ladder as (
            select s.level, s.reach, s.organisation_type, s.answer_hours, s.version
            from escalation_ladder_step s
            where s.version = (select max(version) from escalation_ladder_version)),
        candidate as (
            select r.id as referral_id, r.case_id, r.organisation_id, r.due_at,
                   coalesce(e.level, 0) as last_level, e.id as last_id, e.state as last_state,
                   coalesce(e.new_deadline, e.answer_by) as last_deadline,
                   c.territory_code, c.officer_id
            from referral r
            join probation_case c on c.id = r.case_id
            left join lateral (
                select x.id, x.level, x.state, x.new_deadline, x.answer_by from escalation x
                where x.referral_id = r.id order by x.level desc limit 1) e on true
            where r.state in ('SENT', 'ACCEPTED', 'IN_PROGRESS') and r.due_at < cast(:now as timestamptz)
              and (e.id is null
                   or (e.state in ('OPEN', 'ANSWERED')
                       and e.level < (select max(level) from ladder)
                       and coalesce(e.new_deadline, e.answer_by) < cast(:now as timestamptz)))),
        path as (
            select t.code as start, t.code, t.parent_code, t.kind, 0 as up
            from territory t where t.code in (select distinct territory_code from candidate)
            union all
            select p.start, t.code, t.parent_code, t.kind, p.up + 1
            from path p join territory t on t.code = p.parent_code),
        depth as (
            select start, max(up) as root,
                   coalesce(max(up) filter (where kind in ('REGION',
                       'CITY_OF_REPUBLICAN_SIGNIFICANCE')), max(up)) as region
            from path group by start),
        addressee as (
            select distinct on (l.level, d.start) l.level, d.start, o.id as organisation_id
            from ladder l cross join depth d
            join path p on p.start = d.start
             and p.up >= case l.reach when 'CASE_TERRITORY' then 0
                                      when 'REGION' then d.region else d.root end
            join organisation o on o.territory_code = p.code and o.active
             and o.type = l.organisation_type
            order by l.level, d.start, p.up, o.name_ru, o.id),
        opened as (
            insert into escalation (id, referral_id, case_id, level, ladder_version,
                breached_organisation_id, addressee_organisation_id, officer_id,
                case_territory_code, missed_deadline, opened_at, answer_by, state, state_at)
            select gen_random_uuid(), c.referral_id, c.case_id, l.level, l.version,
                   c.organisation_id, a.organisation_id, c.officer_id, c.territory_code,
                   case when c.last_level = 0 then c.due_at else c.last_deadline end,
                   cast(:now as timestamptz), cast(:now as timestamptz) + make_interval(hours => l.answer_hours), 'OPEN', cast(:now as timestamptz)
            from candidate c
            join ladder l on l.level = c.last_level + 1
            left join addressee a on a.level = l.level and a.start = c.territory_code
            on conflict (referral_id, level) do nothing
            returning id, referral_id, level),
        opened_history as (
            insert into escalation_event (escalation_id, from_state, to_state, at, note)
            select id, null, 'OPEN', cast(:now as timestamptz), 'level ' || level from opened),
        replaced as (
            update escalation e set state = 'ESCALATED', state_at = cast(:now as timestamptz), version = e.version + 1
            from candidate c join opened o on o.referral_id = c.referral_id
            where e.id = c.last_id and e.state in ('OPEN', 'ANSWERED')
            returning e.id, c.last_state, o.level),
        replaced_history as (
            insert into escalation_event (escalation_id, from_state, to_state, at, note)
            select id, last_state, 'ESCALATED', cast(:now as timestamptz), 'level ' || level || ' opened'
            from replaced),
        closed as (
            update escalation e set state = 'CLOSED', state_at = cast(:now as timestamptz), version = e.version + 1
            from referral r
            where r.id = e.referral_id and e.state in ('OPEN', 'ANSWERED')
              and r.state not in ('SENT', 'ACCEPTED', 'IN_PROGRESS')
            returning e.id, (select x.state from escalation x where x.id = e.id) as was),
        closed_history as (
            insert into escalation_event (escalation_id, from_state, to_state, at, note)
            select id, was, 'CLOSED', cast(:now as timestamptz), 'referral finished' from closed)
        select count(*) from opened""")
        .param("now", Timestamp.from(now)).query(Integer.class).single());
  }

  /** What a shot opened, in a comparable form. */
  List<String> opened() {
    return jdbc.sql("""
            select referral_id || '/' || level || '/' || coalesce(addressee_organisation_id::text, '-')
                   || '/' || breached_organisation_id || '/' || coalesce(officer_id::text, '-')
                   || '/' || case_territory_code || '/' || missed_deadline || '/' || answer_by
            from escalation where opened_at = :now order by 1""")
        .param("now", Timestamp.from(now)).query(String.class).list();
  }

  /**
   * Back to the generated state: Jol's listeners finish their notifications first (they run
   * after each page's commit), then every row stamped with the benchmark's moment goes and every
   * state it changed comes back.
   */
  void undo() {
    waitForListeners();
    transaction.executeWithoutResult(status -> {
      jdbc.sql("""
          update escalation e
          set state = h.from_state, version = e.version - 1,
              state_at = (select max(p.at) from escalation_event p
                          where p.escalation_id = e.id and p.at < :now)
          from escalation_event h
          where h.escalation_id = e.id and h.at = :now and e.opened_at < :now
            and h.to_state in ('ESCALATED', 'CLOSED')""")
          .param("now", Timestamp.from(now)).update();
      jdbc.sql("delete from escalation_event where at = :now")
          .param("now", Timestamp.from(now)).update();
      jdbc.sql("delete from escalation where opened_at = :now")
          .param("now", Timestamp.from(now)).update();
      jdbc.sql("delete from mail_outbox where created_at = :now")
          .param("now", Timestamp.from(now)).update();
      jdbc.sql("delete from notification where created_at = :now")
          .param("now", Timestamp.from(now)).update();
      jdbc.sql("delete from event_publication where event_type like '%SlaBreached'").update();
    });
    jdbc.sql("vacuum analyze escalation").update();
  }

  private void waitForListeners() {
    long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (jdbc.sql("""
            select count(*) from event_publication
            where completion_date is null and event_type like '%SlaBreached'""")
        .query(Long.class).single() > 0) {
      if (System.nanoTime() > until) {
        throw new IllegalStateException("the listeners did not finish in ten minutes");
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
