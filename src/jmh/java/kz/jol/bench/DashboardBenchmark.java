package kz.jol.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.indicators.FigureTable;
import kz.jol.indicators.FigureTable.Availability;
import kz.jol.indicators.FigureTable.Figure;
import kz.jol.indicators.IndicatorFigures;
import kz.jol.indicators.domain.Block;
import kz.jol.indicators.domain.Period;
import kz.jol.reintegration.application.Day180Backfill;
import kz.jol.territory.Territories;
import kz.jol.territory.Territory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The national indicator dashboards of five years (issue 8, "Speed"; issue 9, point 3) against
 * their SQL floor, on a database the national data generator filled ({@link GeneratedJol},
 * {@code -Djol.data}).
 *
 * <p>{@code jol}: for each of the five calendar years up to this one (this one as of today), the
 * figures of the republic and of each of its 20 regions (the values the region comparison ranks
 * and the bar chart shows), of the three blocks the floor covers — social-legal help, final
 * results, reintegration KPIs — each block asked for as the comparison and the bar chart ask for
 * it: {@link IndicatorFigures#figuresOfEach} for the 21 territories of a year and block (15
 * calls), signed in as a synthetic republic-level ANALYST.
 *
 * <p>{@code floor}: the same numerators, denominators and medians for the same 5 × 21 cells by
 * hand-written SQL: one query per source (cases, day-180 readings, R3 episodes, day-90 targets,
 * employment on the first and last days, plans, referrals, supervision events), each grouping
 * by year and region with the republic as a grouping set, every case counted in the territory it
 * was in on the day that matters (V151's history), like Jol.
 *
 * <p>Before anything is timed, the setup fills in the day-180 readings the generator does not
 * write ({@link Day180Backfill}), runs the floor once and, in the fork that times {@code jol},
 * Jol once, and fails the run unless they agree on every cell (JMH runs each method in a fork
 * of its own; the floor's fork does not run Jol, which at ten times the scale takes minutes). Small-cell suppression is switched off ({@code jol.indicators.minimum-cell=1}) so that
 * every number can be compared; it costs nothing measurable either way.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class DashboardBenchmark {

  /** The five years. */
  static final int YEARS = 5;

  /** The blocks compared, and the codes of each the floor gives. */
  static final List<Block> BLOCKS = List.of(Block.SOCIAL_LEGAL_HELP, Block.FINAL_RESULTS,
      Block.REINTEGRATION_KPI);

  /** The indicators the floor gives, every one of which must agree. */
  static final List<String> FLOOR_CODES = List.of("PLANS_CARRIED_OUT", "EMPLOYED_AT_START",
      "EMPLOYED_AT_END", "SERVICES_DELIVERED", "REPEAT_CRIMINAL_OFFENCES",
      "ADMINISTRATIVE_OFFENCES", "REVOCATIONS", "REPLACEMENTS_WITH_IMPRISONMENT",
      "SUCCESS_DAY_180", "NO_OFFENCE_IN_YEAR", "R3_MEDIAN_DAYS_TO_CLOSE", "TARGET_DOCUMENTS_90",
      "TARGET_HOUSING_90", "TARGET_WORK_90", "SLA_COMPLIANCE");

  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  private ConfigurableApplicationContext app;
  private IndicatorFigures figures;
  private JdbcClient jdbc;
  private List<Period> years;
  private List<Territory> places;
  private Map<Integer, LocalDate[]> days;
  private UsernamePasswordAuthenticationToken analyst;

  @Setup(Level.Trial)
  public void start(BenchmarkParams params) {
    System.out.println("\nData folder: " + GeneratedJol.dataFolder());
    app = GeneratedJol.start(4, "--jol.indicators.minimum-cell=1",
        "--logging.level.org.flywaydb.core.internal.command=INFO");
    figures = app.getBean(IndicatorFigures.class);
    jdbc = app.getBean(JdbcClient.class);
    Territories territories = app.getBean(Territories.class);
    LocalDate today = LocalDate.now(app.getBean(Clock.class));

    long started = System.nanoTime();
    int readings = Day180Backfill.takeMissing(app, today);
    System.out.printf("Day-180 readings filled in: %,d (%,d ms)%n", readings,
        (System.nanoTime() - started) / 1_000_000);

    years = new ArrayList<>();
    days = new TreeMap<>();
    for (int y = today.getYear() - YEARS + 1; y <= today.getYear(); y++) {
      Period p = Period.parse(Integer.toString(y)).orElseThrow();
      years.add(p);
      days.put(y, new LocalDate[] {p.first(), p.last().isAfter(today) ? today : p.last()});
    }
    places = new ArrayList<>();
    places.add(territories.find(Territories.REPUBLIC).orElseThrow());
    places.addAll(territories.regions());
    var actor = new Actor(UUID.nameUUIDFromBytes("bench-analyst".getBytes()), "bench.analyst",
        "Benchmark Analyst", Role.ANALYST, null, Territories.REPUBLIC);
    var principal = JolPrincipal.of(actor);
    analyst = UsernamePasswordAuthenticationToken.authenticated(principal, null,
        principal.getAuthorities());
    System.out.printf("Rows: %s%n", rowCounts());

    started = System.nanoTime();
    Map<String, Cell> floorCells = floor();
    System.out.printf("First run of the floor: %,d ms%n",
        (System.nanoTime() - started) / 1_000_000);
    if (params.getBenchmark().endsWith(".jol")) {
      // The readings just filled in marked their cases: the first figure Jol computes rebuilds
      // their facts (V154), timed here on its own so that the run of Jol below reads them.
      long marked = jdbc.sql("select count(distinct case_id) from indicators_stale_case")
          .query(Long.class).single();
      started = System.nanoTime();
      SecurityContextHolder.getContext().setAuthentication(analyst);
      try {
        figures.figuresOfEach(List.of(Territories.REPUBLIC), years.getFirst(),
            Block.REINTEGRATION_KPI, null, RUSSIAN);
      } finally {
        SecurityContextHolder.clearContext();
      }
      System.out.printf("Facts caught up for %,d changed cases (and one figure): %,d ms%n",
          marked, (System.nanoTime() - started) / 1_000_000);
      started = System.nanoTime();
      Map<String, Cell> jolCells = cells(jol());
      System.out.printf("First run of Jol: %,d ms%n", (System.nanoTime() - started) / 1_000_000);
      agree(jolCells, floorCells);
    }
  }

  @TearDown(Level.Trial)
  public void stop() {
    if (app != null) {
      app.close();
    }
  }

  /**
   * Jol's dashboards: 5 years × (republic + 20 regions) × 3 blocks, each year and block asked
   * for all 21 territories at once, as the comparison and the bar chart ask since the change
   * of issue 8 (before it: one call per territory, 315 calls).
   */
  @Benchmark
  public List<FigureTable> jol() {
    SecurityContextHolder.getContext().setAuthentication(analyst);
    try {
      List<String> codes = places.stream().map(Territory::code).toList();
      List<FigureTable> tables = new ArrayList<>();
      for (Period year : years) {
        for (Block block : BLOCKS) {
          tables.addAll(figures.figuresOfEach(codes, year, block, null, RUSSIAN).values());
        }
      }
      return tables;
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  /** The floor: the same cells by one hand-written query per source. */
  @Benchmark
  public Map<String, Cell> floor() {
    Map<String, Cell> cells = new HashMap<>();
    String prefix = prefix();
    // The cases: success at day 180 (with the readings), the end of supervision with no
    // offence in the reporting year, the cases on the register in the year and their offences.
    query(cells, prefix + """
        select 'SUCCESS_DAY_180' as code, p.y, cr.region, grouping(cr.region) as rep,
               count(*) filter (where o.successful) as num, count(*) as den, null as val
          from probation_case c
          join p on c.registration_date + 180 between p.from_day and p.to_day
          join cr on cr.case_id = c.id and cr.from_day <= c.registration_date + 180
                 and (cr.to_day is null or cr.to_day > c.registration_date + 180)
          left join official_reading o on o.case_id = c.id
         where not (c.state = 'CLOSED' and c.state_since < c.registration_date + 180)
         group by grouping sets ((p.y, cr.region), (p.y))""");
    query(cells, prefix + """
        select 'NO_OFFENCE_IN_YEAR' as code, p.y, cr.region, grouping(cr.region) as rep,
               count(*) filter (where c.outcome in ('COMPLETED', 'AMNESTY') and not exists (
                   select 1 from supervision_event e
                    where e.case_id = c.id
                      and e.kind in ('CRIMINAL_OFFENCE', 'ADMIN_OFFENCE', 'VIOLATION')
                      and e.day between p.from_day and c.state_since)) as num,
               count(*) as den, null as val
          from probation_case c
          join p on c.state_since between p.from_day and p.to_day
          join cr on cr.case_id = c.id and cr.from_day <= c.state_since
                 and (cr.to_day is null or cr.to_day > c.state_since)
         where c.state = 'CLOSED'
           and c.outcome in ('COMPLETED', 'AMNESTY', 'REVOKED', 'NEW_OFFENCE')
         group by grouping sets ((p.y, cr.region), (p.y))""");
    query(cells, prefix + """
        , ev as (
            select e.case_id, p.y,
                   bool_or(e.kind = 'CRIMINAL_OFFENCE') as criminal,
                   bool_or(e.kind = 'ADMIN_OFFENCE') as administrative
              from supervision_event e
              join p on e.day between p.from_day and p.to_day
             where e.kind in ('CRIMINAL_OFFENCE', 'ADMIN_OFFENCE')
             group by e.case_id, p.y),
        c as (
            select c.id, c.state, c.outcome, c.state_since, p.y, p.from_day, p.to_day,
                   case when c.state = 'CLOSED' and c.state_since < p.to_day
                        then c.state_since else p.to_day end as last_day
              from probation_case c
              join p on c.registration_date <= p.to_day
                    and (c.state <> 'CLOSED' or c.state_since >= p.from_day))
        select x.code, c.y, cr.region, grouping(cr.region) as rep,
               count(*) filter (where case x.code when 'REPEAT_CRIMINAL_OFFENCES' then
                   coalesce(ev.criminal, false) or (c.state = 'CLOSED'
                       and c.outcome = 'NEW_OFFENCE'
                       and c.state_since between c.from_day and c.to_day)
                   else coalesce(ev.administrative, false) end) as num,
               count(*) as den, null as val
          from c
          join cr on cr.case_id = c.id and cr.from_day <= c.last_day
                 and (cr.to_day is null or cr.to_day > c.last_day)
          left join ev on ev.case_id = c.id and ev.y = c.y
          cross join (values ('REPEAT_CRIMINAL_OFFENCES'), ('ADMINISTRATIVE_OFFENCES')) x(code)
         group by grouping sets ((x.code, c.y, cr.region), (x.code, c.y))""");
    // Court decisions granting a revocation or a replacement with imprisonment.
    query(cells, prefix + """
        select case s.code when 'REVOKE_CONDITIONAL_SENTENCE' then 'REVOCATIONS'
                           else 'REPLACEMENTS_WITH_IMPRISONMENT' end as code,
               p.y, cr.region, grouping(cr.region) as rep,
               count(*) as num, null as den, null as val
          from supervision_event e
          join supervision_event s on s.id = e.related_ids[1] and s.kind = 'COURT_SUBMISSION'
          join p on e.day between p.from_day and p.to_day
          join cr on cr.case_id = e.case_id and cr.from_day <= e.day
                 and (cr.to_day is null or cr.to_day > e.day)
         where e.kind = 'COURT_DECISION' and e.code = 'GRANTED'
           and s.code in ('REVOKE_CONDITIONAL_SENTENCE', 'REPLACE_WITH_IMPRISONMENT')
         group by grouping sets ((s.code, p.y, cr.region), (s.code, p.y))""");
    // R3 episodes closed in the year: the median of their length.
    query(cells, prefix + """
        , changes as (
            select d.case_id, d.risk, d.on_day,
                   lead(d.risk) over w as previous_risk,
                   min(d.on_day) filter (where d.risk <> 'R3') over (w rows between unbounded
                       preceding and 1 preceding) as closed_on
              from domain_risk_change d
            window w as (partition by d.case_id, d.domain order by d.on_day desc, d.id desc))
        select 'R3_MEDIAN_DAYS_TO_CLOSE' as code, p.y, cr.region, grouping(cr.region) as rep,
               null as num, count(*) as den,
               percentile_cont(0.5) within group (order by e.closed_on - e.on_day) as val
          from changes e
          join p on e.closed_on between p.from_day and p.to_day
          join cr on cr.case_id = e.case_id and cr.from_day <= e.closed_on
                 and (cr.to_day is null or cr.to_day > e.closed_on)
         where e.risk = 'R3' and e.previous_risk is distinct from 'R3'
         group by grouping sets ((p.y, cr.region), (p.y))""");
    // Day 90: documents, housing and work closed by the latest assessment up to day 90.
    query(cells, prefix + """
        , t as (
            select c.id, c.registration_date + 90 as day_90,
                   (select a.score = 2 from domain_assessment a
                     where a.case_id = c.id and a.domain = 'LEGAL'
                       and a.assessed_on <= c.registration_date + 90
                     order by a.assessed_on desc, a.id desc limit 1) as documents,
                   (select a.score = 2 from domain_assessment a
                     where a.case_id = c.id and a.domain = 'HOUSING'
                       and a.assessed_on <= c.registration_date + 90
                     order by a.assessed_on desc, a.id desc limit 1) as housing,
                   (select a.score = 2 from domain_assessment a
                     where a.case_id = c.id and a.domain = 'ECONOMIC'
                       and a.assessed_on <= c.registration_date + 90
                     order by a.assessed_on desc, a.id desc limit 1) as work
              from probation_case c
              join p on c.registration_date + 90 between p.from_day and p.to_day
             where not (c.state = 'CLOSED' and c.state_since < c.registration_date + 90))
        select x.code, p.y, cr.region, grouping(cr.region) as rep,
               count(*) filter (where case x.code when 'TARGET_DOCUMENTS_90' then t.documents
                                    when 'TARGET_HOUSING_90' then t.housing
                                    else t.work end) as num,
               count(*) as den, null as val
          from t
          join p on t.day_90 between p.from_day and p.to_day
          join cr on cr.case_id = t.id and cr.from_day <= t.day_90
                 and (cr.to_day is null or cr.to_day > t.day_90)
          cross join (values ('TARGET_DOCUMENTS_90'), ('TARGET_HOUSING_90'),
                             ('TARGET_WORK_90')) x(code)
         group by grouping sets ((x.code, p.y, cr.region), (x.code, p.y))""");
    // Employment on the first and the last day of each year: the ECONOMIC score in force.
    query(cells, prefix + """
        , econ as (
            select a.case_id, a.score, a.assessed_on,
                   lead(a.assessed_on) over (partition by a.case_id
                                             order by a.assessed_on, a.id) as next_on
              from domain_assessment a where a.domain = 'ECONOMIC'),
        d as (
            select p.y, 'EMPLOYED_AT_START' as code, p.from_day as day from p
            union all select p.y, 'EMPLOYED_AT_END', p.to_day from p),
        on_register as (
            select c.id, d.y, d.code, d.day
              from probation_case c
              join d on c.registration_date <= d.day
                    and (c.state <> 'CLOSED' or c.state_since >= d.day))
        select r.code, r.y, cr.region, grouping(cr.region) as rep,
               count(*) filter (where e.score = 2) as num, count(*) as den, null as val
          from on_register r
          join cr on cr.case_id = r.id and cr.from_day <= r.day
                 and (cr.to_day is null or cr.to_day > r.day)
          left join econ e on e.case_id = r.id and e.assessed_on <= r.day
                 and (e.next_on is null or e.next_on > r.day)
         group by grouping sets ((r.code, r.y, cr.region), (r.code, r.y))""");
    // Individual plans closed in the year, carried out.
    query(cells, prefix + """
        , closed as (
            select t.plan_id, max(t.on_day) as closed_on from plan_transition t
             where t.to_state = 'CLOSED' group by t.plan_id),
        actions as (
            select a.plan_id, count(*) filter (where a.status = 'DONE') as done,
                   count(*) filter (where a.status = 'OPEN') as open
              from plan_action a group by a.plan_id)
        select 'PLANS_CARRIED_OUT' as code, p.y, cr.region, grouping(cr.region) as rep,
               count(*) filter (where coalesce(a.open, 0) = 0
                                  and coalesce(a.done, 0) > 0) as num,
               count(*) as den, null as val
          from reintegration_plan rp
          join closed k on k.plan_id = rp.id
          left join actions a on a.plan_id = rp.id
          join p on k.closed_on between p.from_day and p.to_day
          join cr on cr.case_id = rp.case_id and cr.from_day <= k.closed_on
                 and (cr.to_day is null or cr.to_day > k.closed_on)
         where rp.state = 'CLOSED'
         group by grouping sets ((p.y, cr.region), (p.y))""");
    // Referrals: due in the year (met on time or not) and done in the year.
    query(cells, prefix + """
        , done as (
            select e.referral_id, min(e.at) as at from referral_event e
             where e.to_state = 'DONE' group by e.referral_id),
        f as (
            select r.case_id, r.due_at,
                   case when r.state = 'DONE' then coalesce(done.at, r.state_at) end as done_at
              from referral r left join done on done.referral_id = r.id),
        d as (
            select f.case_id, 'SLA_COMPLIANCE' as code,
                   cast((f.due_at at time zone 'Asia/Almaty') as date) as day,
                   f.done_at <= f.due_at as met
              from f
            union all
            select f.case_id, 'SERVICES_DELIVERED',
                   cast((f.done_at at time zone 'Asia/Almaty') as date), true
              from f where f.done_at is not null)
        select d.code, p.y, cr.region, grouping(cr.region) as rep,
               count(*) filter (where d.met) as num,
               case when d.code = 'SLA_COMPLIANCE' then count(*) end as den, null as val
          from d
          join p on d.day between p.from_day and p.to_day
          join cr on cr.case_id = d.case_id and cr.from_day <= d.day
                 and (cr.to_day is null or cr.to_day > d.day)
         group by grouping sets ((d.code, p.y, cr.region), (d.code, p.y))""");
    return cells;
  }

  /** The regions of every territory, the years, and where each case was when. */
  private String prefix() {
    StringBuilder periods = new StringBuilder();
    days.forEach((y, d) -> periods.append(periods.isEmpty() ? "" : ", ")
        .append("(%d, date '%s', date '%s')".formatted(y, d[0], d[1])));
    return """
        with recursive reg(code, region) as (
            select t.code, t.code from territory t
             where t.parent_code = '000000000'
               and t.kind in ('REGION', 'CITY_OF_REPUBLICAN_SIGNIFICANCE')
            union all
            select t.code, r.region from territory t join reg r on t.parent_code = r.code),
        p(y, from_day, to_day) as (values %s),
        cr as materialized (
            select ct.case_id, ct.from_day, ct.to_day, r.region
              from indicators_case_territory ct join reg r on r.code = ct.territory_code)
        """.formatted(periods);
  }

  private void query(Map<String, Cell> cells, String sql) {
    jdbc.sql(sql).query(rs -> {
      String region = rs.getInt("rep") == 1 ? Territories.REPUBLIC : rs.getString("region");
      long num = rs.getLong("num");
      Long numerator = rs.wasNull() ? null : num;
      long den = rs.getLong("den");
      Long denominator = rs.wasNull() ? null : den;
      double val = rs.getDouble("val");
      Double value = rs.wasNull() ? null : Math.round(val * 10.0) / 10.0;
      cells.put(key(rs.getString("code"), rs.getInt("y"), region),
          new Cell(numerator, denominator, value));
    });
  }

  /** A numerator, a denominator and (for a median) a value. */
  public record Cell(Long numerator, Long denominator, Double value) {}

  private static String key(String code, int year, String territory) {
    return code + "/" + year + "/" + territory;
  }

  /** The cells of Jol's tables, as the floor states them. */
  private static Map<String, Cell> cells(List<FigureTable> tables) {
    Map<String, Cell> cells = new HashMap<>();
    for (FigureTable t : tables) {
      int year = t.from().getYear();
      for (Figure f : t.figures()) {
        if (f.availability() != Availability.AVAILABLE) {
          continue;
        }
        cells.put(key(f.code(), year, t.territoryCode()), switch (f.unit()) {
          case DAYS -> new Cell(null, f.denominator(), f.value());
          case COUNT -> new Cell(f.numerator(), null, null);
          default -> new Cell(f.numerator(), f.denominator(), null);
        });
      }
    }
    return cells;
  }

  /** Fails the run unless every cell the floor covers is Jol's, and none is missing. */
  private void agree(Map<String, Cell> jol, Map<String, Cell> floor) {
    List<String> codes = FLOOR_CODES;
    List<String> wrong = new ArrayList<>();
    int compared = 0;
    long people = 0;
    for (String code : codes) {
      for (Period year : years) {
        for (Territory place : places) {
          String key = key(code, year.first().getYear(), place.code());
          Cell j = jol.get(key);
          Cell f = floor.get(key);
          if (f == null) {
            // no row: nothing counted there
            f = code.equals("R3_MEDIAN_DAYS_TO_CLOSE") ? new Cell(null, 0L, null)
                : j != null && j.denominator() == null ? new Cell(0L, null, null)
                : new Cell(0L, 0L, null);
          }
          compared++;
          if (!Objects.equals(j, f)) {
            wrong.add(key + " jol " + j + " floor " + f);
          } else if (f.denominator() != null) {
            people += f.denominator();
          }
        }
      }
    }
    System.out.printf("Cells compared: %,d of %d indicators (%s); denominators summed: %,d; "
        + "disagreeing: %d%n", compared, codes.size(), codes, people, wrong.size());
    if (!wrong.isEmpty() || people == 0) {
      wrong.stream().limit(40).forEach(System.out::println);
      throw new IllegalStateException("Jol and the floor disagree on " + wrong.size()
          + " cells (or nothing was counted): not timing");
    }
  }

  private String rowCounts() {
    return jdbc.sql("""
            select (select count(*) from probation_case) as cases,
                   (select count(*) from referral) as referrals,
                   (select count(*) from referral_event) as referral_events,
                   (select count(*) from supervision_event) as supervision_events,
                   (select count(*) from domain_assessment) as assessments,
                   (select count(*) from domain_risk_change) as risk_changes,
                   (select count(*) from official_reading) as readings,
                   (select count(*) from case_territory_history) as territory_rows""")
        .query((rs, n) -> ("cases %,d, referrals %,d, referral events %,d, supervision events "
            + "%,d, assessments %,d, risk changes %,d, day-180 readings %,d, territory history %,d")
            .formatted(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)))
        .single();
  }
}
