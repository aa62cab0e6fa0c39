package kz.jol.generator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import kz.jol.calendar.WorkingDays;
import kz.jol.calendar.domain.CalendarDay;
import kz.jol.calendar.domain.KazakhstanHolidays;
import kz.jol.register.CaseId;
import kz.jol.register.CaseOutcome;
import kz.jol.register.ProbationKind;
import kz.jol.register.domain.CaseNumber;
import kz.jol.register.domain.LegalBasis;
import kz.jol.reintegration.domain.Assessment;
import kz.jol.reintegration.domain.AssessmentHistory;
import kz.jol.reintegration.domain.CaseEvaluation;
import kz.jol.reintegration.domain.CaseTimeline;
import kz.jol.reintegration.domain.Domain;
import kz.jol.reintegration.domain.DomainFacts;
import kz.jol.reintegration.domain.HealthNeed;
import kz.jol.reintegration.domain.PlanStatus;
import kz.jol.reintegration.domain.ReintegrationPolicy;
import kz.jol.reintegration.domain.RiskLevel;
import kz.jol.reintegration.domain.RiskRules;
import kz.jol.reintegration.domain.Score;
import kz.jol.routing.domain.Deadline;
import kz.jol.routing.domain.RoutingMatrix;
import kz.jol.routing.domain.RoutingRule;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills a Jol database with national-scale synthetic data (issue 9): organisations and users in
 * every district of the 20 top-level territories, persons with valid synthetic IINs, probation
 * cases of all four kinds spread by population over five years, their state history,
 * reintegration assessments with the risk history the project's own engine derives from them,
 * plans, the referrals the routing matrix makes from that history plus officers' own, the
 * agencies' answers (on time, late, declined), SLA escalations of the late ones, and
 * supervision: check-in schedules and check-ins, home visits, violations, warnings, wanted
 * episodes, offences, court submissions and decisions.
 *
 * <p>Scale 1 is Kazakhstan's national load: 30,000 cases, about 300,000 referrals and
 * 3,000,000 assessment and supervision events. Rows are spooled in PostgreSQL's COPY text
 * format in one pass over the cases and then streamed with COPY in foreign-key order. The same
 * seed and day give the same data (identifiers included).
 *
 * <p>What the generator does not write, the application fills itself when it needs it: the
 * day-180 official readings, audit rows, notifications, the event publication registry. Tables
 * added later stay empty.
 */
public final class NationalData {

  /** Cases at scale 1 (SPEC "Scale": about 28,000 people on the register; issue 9: 30,000). */
  public static final int CASES_AT_SCALE_1 = 30_000;

  /** Referrals at scale 1. */
  public static final int REFERRALS_AT_SCALE_1 = 300_000;

  /** Assessment and supervision events at scale 1. */
  public static final int EVENTS_AT_SCALE_1 = 3_000_000;

  static final int YEARS_OF_HISTORY = 5;

  /**
   * Kurban Ait (first day) of the years before Jol's shipped calendar, as the Spiritual
   * Administration of Muslims of Kazakhstan announced them: 20 July 2021, 9 July 2022, 28 June
   * 2023. Used only to add those years to the calendar when the history reaches back to them;
   * decreed transfers of those years are not added.
   */
  static final Map<Integer, LocalDate> PAST_KURBAN_AIT = Map.of(
      2021, LocalDate.of(2021, 7, 20), 2022, LocalDate.of(2022, 7, 9),
      2023, LocalDate.of(2023, 6, 28));

  /**
   * What to generate.
   *
   * @param scale 1 for the national load, 10 for ten times it, a fraction for tests
   * @param seed the random seed: the same seed and day give the same data
   * @param today the day the history ends (it runs to the day before)
   * @param spool the folder for the spooled rows (deleted after loading)
   * @param passwordHash the stored hash of every generated user's password
   * @param load whether to load the rows; a dry run (false) only spools them, as into an empty
   *     database, and reports a digest of each table's rows
   * @param rebuildIndexes whether to drop the loaded tables' foreign keys and secondary indexes
   *     for the load and make them again after it, in the load's transaction
   */
  public record Settings(double scale, long seed, LocalDate today, Path spool,
      String passwordHash, boolean load, boolean rebuildIndexes) {}

  /**
   * What was written.
   *
   * @param rows rows per table, in loading order
   * @param generating time to generate and spool the rows
   * @param loading time to COPY them in and to analyse
   * @param tag the tag in the names of the generated organisations and users
   * @param digests a dry run's SHA-256 of each table's spooled rows; empty after loading
   */
  public record Summary(Map<String, Long> rows, Duration generating, Duration loading,
      String tag, Map<String, String> digests) {

    public long totalRows() {
      return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    public Duration elapsed() {
      return generating.plus(loading);
    }
  }

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final WorkingDays workingDays;
  private final RoutingMatrix matrix;
  private final RiskRules rules;
  private final ZoneId zone;
  private final PrintStream log;

  public NationalData(DataSource dataSource, WorkingDays workingDays, RoutingMatrix matrix,
      RiskRules rules, ZoneId zone, PrintStream log) {
    this.dataSource = dataSource;
    this.jdbc = JdbcClient.create(dataSource);
    this.workingDays = new RememberedWorkingDays(workingDays);
    this.matrix = matrix;
    this.rules = rules;
    this.zone = zone;
    this.log = log;
  }

  // ---------------------------------------------------------------- model

  record Leaf(String code, String region, String nameKk, String nameRu, String nameEn) {}

  /** The organisations and users of one leaf territory. */
  static final class Unit {
    final Leaf leaf;
    final Map<String, UUID> organisations = new LinkedHashMap<>();
    final Map<UUID, UUID> headOf = new HashMap<>();
    final List<UUID> officers = new ArrayList<>();
    int cases;
    int openCases;

    Unit(Leaf leaf) {
      this.leaf = leaf;
    }
  }

  /** A case as planned before its story is told. */
  static final class Plan {
    int index;
    long seed;
    Unit unit;
    ProbationKind kind;
    LegalBasis basis;
    LocalDate registered;
    LocalDate decision;
    LocalDate plannedEnd;
    LocalDate release;
    LocalDate closed;
    CaseOutcome outcome;
    LocalDate wantedFrom;
    LocalDate wantedTo;
    LocalDate suspendedFrom;
    UUID id;
    UUID personId;
    boolean newPerson = true;
    String number;
    UUID officer;

    /** The first day of supervision in the community. */
    LocalDate supervisedFrom() {
      return kind == ProbationKind.PENITENTIARY ? release : registered;
    }

    /** The last day the history covers for the case. */
    LocalDate lastDay(LocalDate yesterday) {
      return closed != null ? closed : yesterday;
    }
  }

  // ---------------------------------------------------------------- entry point

  /** Generates and loads everything; fails before writing when this seed was loaded already. */
  public Summary generate(Settings settings) throws IOException, SQLException {
    String tag = "s" + settings.seed();
    int existing = jdbc.sql("select count(*) from app_user where username like :u")
        .param("u", "%." + tag + ".%").query(Integer.class).single();
    if (existing > 0 && settings.load()) {
      throw new IllegalStateException("this database already holds the data of seed "
          + settings.seed() + " (users named *." + tag + ".*); use an empty database or "
          + "another -Dseed");
    }
    long started = System.nanoTime();
    LocalDate today = settings.today();
    LocalDate first = today.minusYears(YEARS_OF_HISTORY);
    ensureCalendar(first.getYear(), today.getYear());
    Files.createDirectories(settings.spool());
    Tables t = new Tables(settings.spool().resolve("p0"));
    Tables t2 = new Tables(settings.spool().resolve("p1"));
    try {
      Story story = new Story(settings, t, t2, tag);
      story.tell(first);
      Duration generating = Duration.ofNanos(System.nanoTime() - started);
      log.printf("generated and spooled %,d rows in %.1f s%n", t.total() + t2.total(),
          generating.toMillis() / 1000.0);
      if (!settings.load()) {
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, String> digests = new LinkedHashMap<>();
        for (int i = 0; i < t.all.size(); i++) {
          Spool s = t.all.get(i);
          Spool s2 = t2.all.get(i);
          rows.put(s.table, s.rows() + s2.rows());
          digests.put(s.table, s.digest() + "+" + s2.digest());
        }
        return new Summary(rows, generating, Duration.ZERO, tag, digests);
      }
      long loadStart = System.nanoTime();
      Map<String, Long> rows = load(List.of(t, t2), settings.rebuildIndexes());
      story.updateSerials();
      jdbc.sql("analyze").update();
      Duration loading = Duration.ofNanos(System.nanoTime() - loadStart);
      return new Summary(rows, generating, loading, tag, Map.of());
    } finally {
      t.close();
      t2.close();
    }
  }

  /** Adds the calendar years the history needs and Jol does not hold (the calendar refuses). */
  private void ensureCalendar(int fromYear, int toYear) {
    Set<Integer> known = new HashSet<>(
        jdbc.sql("select year from calendar_year").query(Integer.class).list());
    for (int year = fromYear; year <= toYear; year++) {
      if (known.contains(year)) {
        continue;
      }
      LocalDate kurbanAit = Optional.ofNullable(KazakhstanHolidays.KURBAN_AIT.get(year))
          .orElse(PAST_KURBAN_AIT.get(year));
      if (kurbanAit == null) {
        throw new IllegalStateException("the calendar has no year " + year
            + " and the generator knows no Kurban Ait date for it; add the year first");
      }
      jdbc.sql("insert into calendar_year (year) values (:y)").param("y", year).update();
      for (CalendarDay day : KazakhstanHolidays.year(year, kurbanAit, List.of())) {
        jdbc.sql("""
                insert into calendar_day (day, year, kind, reason, changed_by)
                values (:day, :year, :kind, :reason, 'generator')""")
            .param("day", day.date()).param("year", year).param("kind", day.kind().name())
            .param("reason", day.reason()).update();
      }
      log.printf("calendar: added %d (holidays by law, Kurban Ait %s, no decreed transfers)%n",
          year, kurbanAit);
    }
  }

  // ---------------------------------------------------------------- tables

  /** The spools, in the order their foreign keys need them loaded. */
  static final class Tables implements AutoCloseable {
    final Spool organisation;
    final Spool appUser;
    final Spool person;
    final Spool probationCase;
    final Spool caseTransition;
    final Spool assessment;
    final Spool domainRisk;
    final Spool riskChange;
    final Spool plan;
    final Spool planAction;
    final Spool planTransition;
    final Spool referral;
    final Spool referralEvent;
    final Spool routingTrigger;
    final Spool escalation;
    final Spool escalationEvent;
    final Spool supervisionEvent;
    final Spool duty;
    final Spool schedule;
    final Spool expectedCheckIn;
    final List<Spool> all;

    Tables(Path folder) throws IOException {
      Files.createDirectories(folder);
      organisation = new Spool(folder, "organisation", List.of("id", "type", "name_kk",
          "name_ru", "name_en", "territory_code", "address", "phone", "head_name"));
      appUser = new Spool(folder, "app_user", List.of("id", "username", "password_hash",
          "full_name", "role", "organisation_id", "territory_code", "language"));
      person = new Spool(folder, "person", List.of("id", "iin", "last_name", "first_name",
          "middle_name", "birth_date", "sex", "citizenship", "residence_territory_code",
          "residence_address", "registration_territory_code", "registration_address", "phone",
          "children_under_18", "marital_status", "education", "employment_before_conviction",
          "home_territory_code", "name_search", "created_at", "updated_at"));
      probationCase = new Spool(folder, "probation_case", List.of("id", "case_number",
          "person_id", "kind", "legal_basis", "court_name", "decision_date",
          "registration_date", "planned_end_date", "release_date", "territory_code",
          "officer_id", "state", "outcome", "state_since", "created_at", "updated_at"));
      caseTransition = new Spool(folder, "probation_case_transition", List.of("case_id",
          "from_state", "to_state", "on_date", "outcome", "reason", "recorded_by",
          "recorded_at"));
      assessment = new Spool(folder, "domain_assessment", List.of("case_id", "domain", "score",
          "evidence", "assessed_by", "assessed_on", "recorded_at", "has_identity_document",
          "has_registration", "homeless", "lives_with_aggressor", "threat_of_violence",
          "has_legal_income", "has_employment_track", "risk_of_exploitation", "health_need",
          "help_received", "attached_to_clinic", "screening_done", "real_referral_exists",
          "supervision_only"));
      domainRisk = new Spool(folder, "domain_risk", List.of("case_id", "domain", "risk",
          "since", "updated_at"));
      riskChange = new Spool(folder, "domain_risk_change", List.of("case_id", "domain", "risk",
          "on_day", "recorded_at"));
      plan = new Spool(folder, "reintegration_plan", List.of("id", "case_id", "state",
          "first_approved_on", "created_by", "created_at", "updated_at"));
      planAction = new Spool(folder, "plan_action", List.of("id", "plan_id", "position",
          "domain", "goal", "action", "responsible_organisation_id", "due_on", "status",
          "outcome", "closed_on", "updated_by", "updated_at"));
      planTransition = new Spool(folder, "plan_transition", List.of("plan_id", "from_state",
          "to_state", "on_day", "note", "by_user", "at"));
      referral = new Spool(folder, "referral", List.of("id", "case_id", "domain",
          "action_code", "action_kk", "action_ru", "action_en", "organisation_id", "priority",
          "matrix_version", "risk_level", "created_by", "created_at", "due_at", "target_at",
          "note", "state", "state_at", "outcome", "evidence", "confirmed_at", "confirmed_by"));
      referralEvent = new Spool(folder, "referral_event", List.of("referral_id", "from_state",
          "to_state", "at", "by_user", "note"));
      routingTrigger = new Spool(folder, "routing_trigger", List.of("case_id", "domain",
          "action_code", "since", "level", "target_type", "referral_id", "found_at"));
      escalation = new Spool(folder, "escalation", List.of("id", "referral_id", "case_id",
          "level", "ladder_version", "breached_organisation_id", "addressee_organisation_id",
          "officer_id", "case_territory_code", "missed_deadline", "opened_at", "answer_by",
          "state", "state_at", "reason", "measures", "new_deadline", "answered_by",
          "answered_at"));
      escalationEvent = new Spool(folder, "escalation_event", List.of("escalation_id",
          "from_state", "to_state", "at", "by_user", "note"));
      supervisionEvent = new Spool(folder, "supervision_event", List.of("id", "case_id", "kind",
          "day", "code", "excuse_reason", "article", "related_ids", "check_in_id", "note",
          "recorded_by", "recorded_at"));
      duty = new Spool(folder, "supervision_duty", List.of("id", "case_id", "kind", "detail",
          "imposed_on", "ended_on", "recorded_by", "recorded_at"));
      schedule = new Spool(folder, "check_in_schedule", List.of("case_id", "pattern",
          "interval_weeks", "weekday", "month_days", "starts_on", "recorded_by",
          "recorded_at"));
      expectedCheckIn = new Spool(folder, "expected_check_in", List.of("id", "case_id",
          "due_on", "state", "event_id", "flagged_at"));
      all = List.of(organisation, appUser, person, probationCase, caseTransition, assessment,
          domainRisk, riskChange, plan, planAction, planTransition, referral, referralEvent,
          routingTrigger, escalation, escalationEvent, supervisionEvent, duty, schedule,
          expectedCheckIn);
    }

    long total() {
      return all.stream().mapToLong(Spool::rows).sum();
    }

    @Override
    public void close() {
      for (Spool s : all) {
        s.close();
      }
    }
  }

  /**
   * Streams every spool into its table. With {@code rebuild}, all in one transaction: the
   * foreign keys and the secondary indexes of the loaded tables are dropped first and made
   * again after the rows are in, so that PostgreSQL checks and sorts in bulk rather than row by
   * row. PostgreSQL's DDL is transactional: a failure anywhere rolls everything back, the
   * constraints included, and the remade constraints and unique indexes check every row.
   * Primary keys and unique constraints stay in place throughout.
   */
  private Map<String, Long> load(List<Tables> parts, boolean rebuild)
      throws SQLException, IOException {
    Tables t = parts.getFirst();
    Map<String, Long> rows = new LinkedHashMap<>();
    long total = 0;
    long started = System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(!rebuild);
      List<String[]> foreignKeys = new ArrayList<>();
      List<String[]> indexes = new ArrayList<>();
      try {
        if (rebuild) {
          List<String> tables = t.all.stream().map(s -> s.table).toList();
          try (var st = connection.prepareStatement("""
                  select conrelid::regclass::text, conname, pg_get_constraintdef(oid)
                    from pg_constraint
                   where contype = 'f' and conrelid::regclass::text = any(?)""")) {
            st.setArray(1, connection.createArrayOf("text", tables.toArray()));
            try (var rs = st.executeQuery()) {
              while (rs.next()) {
                foreignKeys.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
              }
            }
          }
          try (var st = connection.prepareStatement("""
                  select i.tablename, i.indexname, i.indexdef from pg_indexes i
                   where i.schemaname = current_schema() and i.tablename = any(?)
                     and not exists (select 1 from pg_constraint c
                                      where c.conname = i.indexname
                                        and c.contype in ('p', 'u', 'x'))""")) {
            st.setArray(1, connection.createArrayOf("text", tables.toArray()));
            try (var rs = st.executeQuery()) {
              while (rs.next()) {
                indexes.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
              }
            }
          }
          try (var st = connection.createStatement()) {
            for (String[] fk : foreignKeys) {
              st.execute("alter table " + fk[0] + " drop constraint " + fk[1]);
            }
            for (String[] index : indexes) {
              st.execute("drop index " + index[1]);
            }
          }
          log.printf("dropped %d foreign keys and %d secondary indexes for the load%n",
              foreignKeys.size(), indexes.size());
        }
        for (int i = 0; i < t.all.size(); i++) {
          Spool s = t.all.get(i);
          long begin = System.nanoTime();
          long n = 0;
          for (Tables part : parts) {
            n += part.all.get(i).load(connection);
          }
          double seconds = Math.max(1e-9, (System.nanoTime() - begin) / 1e9);
          total += n;
          rows.put(s.table, n);
          log.printf("  %-26s %,12d rows %8.1f s %,12.0f rows/s%n", s.table, n, seconds,
              n / seconds);
        }
        if (rebuild) {
          long begin = System.nanoTime();
          try (var st = connection.createStatement()) {
            st.execute("set maintenance_work_mem = '512MB'");
            for (String[] index : indexes) {
              st.execute(index[2]);
            }
            log.printf("  indexes remade in %.1f s%n", (System.nanoTime() - begin) / 1e9);
            begin = System.nanoTime();
            for (String[] fk : foreignKeys) {
              st.execute("alter table " + fk[0] + " add constraint " + fk[1] + " " + fk[2]);
            }
            log.printf("  foreign keys checked and remade in %.1f s%n",
                (System.nanoTime() - begin) / 1e9);
          }
          connection.commit();
        }
      } catch (SQLException | IOException | RuntimeException e) {
        if (rebuild) {
          connection.rollback();
        }
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    log.printf("loaded %,d rows in %.1f s (%,.0f rows/s)%n", total, seconds, total / seconds);
    return rows;
  }

  // ---------------------------------------------------------------- the story

  private static final List<String> AGENCY_TYPES = List.of("AKIMAT_DEPARTMENT",
      "EMPLOYMENT_CENTRE", "HEALTH_CLINIC", "PUBLIC_SERVICE_CENTRE", "CRISIS_CENTRE", "NGO");

  private static final Map<String, String[]> TYPE_NAMES = Map.of(
      "PROBATION_UNIT", new String[] {"пробация қызметі", "служба пробации",
          "probation service"},
      "POLICE_UNIT", new String[] {"полиция басқармасы", "управление полиции",
          "police department"},
      "AKIMAT_DEPARTMENT", new String[] {"жұмыспен қамту және әлеуметтік бағдарламалар бөлімі",
          "отдел занятости и социальных программ",
          "department of employment and social programmes"},
      "EMPLOYMENT_CENTRE", new String[] {"халықты жұмыспен қамту орталығы",
          "центр занятости населения", "employment centre"},
      "HEALTH_CLINIC", new String[] {"емхана", "поликлиника", "primary health clinic"},
      "PUBLIC_SERVICE_CENTRE", new String[] {"халыққа қызмет көрсету орталығы",
          "центр обслуживания населения", "public service centre"},
      "CRISIS_CENTRE", new String[] {"дағдарыс орталығы", "кризисный центр", "crisis centre"},
      "NGO", new String[] {"«Жол серік» қоғамдық бірлестігі",
          "общественное объединение «Жол серік»", "NGO Zhol Serik"},
      "PROSECUTOR_OFFICE", new String[] {"прокуратурасы", "прокуратура",
          "prosecutor's office"});

  /** Organisation types by domain, for plan actions and officers' own referrals. */
  private static final Map<Domain, String> DOMAIN_ORGANISATION = Map.of(
      Domain.LEGAL, "PUBLIC_SERVICE_CENTRE", Domain.HOUSING, "AKIMAT_DEPARTMENT",
      Domain.ECONOMIC, "EMPLOYMENT_CENTRE", Domain.HEALTH, "HEALTH_CLINIC",
      Domain.INSTITUTIONAL, "NGO");

  private static final Map<Domain, List<String>> OWN_WORDS = Map.of(
      Domain.LEGAL, List.of("Бесплатная юридическая консультация",
          "Восстановление свидетельства о рождении ребёнка"),
      Domain.HOUSING, List.of("Временное жильё в центре адаптации",
          "Постановка в очередь на социальное жильё"),
      Domain.ECONOMIC, List.of("Курсы профессионального обучения", "Оформление адресной "
          + "социальной помощи"),
      Domain.HEALTH, List.of("Консультация психолога", "Консультация нарколога"),
      Domain.INSTITUTIONAL, List.of("Сопровождение социального работника",
          "Группа взаимопомощи"));

  private static final List<String> COURTS = List.of("Районный суд № 2", "Городской суд",
      "Специализированный межрайонный суд по уголовным делам", "Районный суд № 1");

  /** One pass over the cases, writing every table's rows. */
  final class Story {
    final Settings settings;
    final Tables t;
    final Tables t2;
    final String tag;
    final LocalDate today;
    final LocalDate yesterday;
    final Instant now;
    final SplittableRandom random;
    final Map<String, Integer> serials = new HashMap<>();
    final List<Unit> units = new ArrayList<>();
    final Map<String, Unit> regionUnits = new HashMap<>();
    final Set<String> iins = new HashSet<>();
    final int ladderVersion;
    int users;
    UUID ministry;

    Story(Settings settings, Tables t, Tables t2, String tag) {
      this.settings = settings;
      this.t = t;
      this.t2 = t2;
      this.tag = tag;
      this.today = settings.today();
      this.yesterday = today.minusDays(1);
      this.now = today.atStartOfDay(zone).toInstant();
      this.random = new SplittableRandom(settings.seed());
      this.ladderVersion = jdbc.sql("select coalesce(max(version), 1) from "
          + "escalation_ladder_version").query(Integer.class).single();
      if (settings.load()) {
        iins.addAll(jdbc.sql("select iin from person").query(String.class).list());
      }
    }

    void tell(LocalDate first) {
      List<Unit> leaves = territories();
      List<Plan> cases = planCases(leaves, first);
      organisationsAndUsers(leaves);
      assignOfficersAndNumbers(cases);
      persons(cases);
      long sumDays = 0;
      for (Plan c : cases) {
        sumDays += ChronoUnit.DAYS.between(c.registered, c.lastDay(yesterday)) + 1;
      }
      double eventsPerDay = settings.scale() * EVENTS_AT_SCALE_1 / (double) sumDays;
      double referralsPerDay = settings.scale() * REFERRALS_AT_SCALE_1 / (double) sumDays;
      // Two partitions of the cases (by position), each told on a thread of its own into
      // spools of its own: a fixed split, so a seed gives the same rows however fast each runs.
      List<List<Plan>> partitions = List.of(new ArrayList<>(), new ArrayList<>());
      for (int i = 0; i < cases.size(); i++) {
        partitions.get(i % 2).add(cases.get(i));
      }
      java.util.concurrent.atomic.AtomicInteger done =
          new java.util.concurrent.atomic.AtomicInteger();
      long begin = System.nanoTime();
      var second = java.util.concurrent.CompletableFuture.runAsync(
          () -> tell(partitions.get(1), t2, eventsPerDay, referralsPerDay, done, cases.size(),
              begin));
      tell(partitions.get(0), t, eventsPerDay, referralsPerDay, done, cases.size(), begin);
      second.join();
    }

    private void tell(List<Plan> cases, Tables into, double eventsPerDay,
        double referralsPerDay, java.util.concurrent.atomic.AtomicInteger done, int all,
        long begin) {
      long referralsSoFar = 0;
      double referralsWanted = 0;
      double eventsWanted = 0;
      long eventsSoFar = 0;
      for (Plan c : cases) {
        long days = ChronoUnit.DAYS.between(c.registered, c.lastDay(yesterday)) + 1;
        eventsWanted += days * eventsPerDay;
        referralsWanted += days * referralsPerDay;
        CaseStory s = new CaseStory(c, into,
            (int) Math.max(5, Math.round(eventsWanted - eventsSoFar)),
            (int) Math.max(0, Math.round(referralsWanted - referralsSoFar)));
        s.tell();
        eventsSoFar += s.events;
        referralsSoFar += s.referrals;
        int n = done.incrementAndGet();
        if (n % 5_000 == 0 || n == all) {
          double seconds = (System.nanoTime() - begin) / 1e9;
          log.printf("  cases %,d/%,d: %,.0f cases/s%n", n, all, n / seconds);
        }
      }
    }

    // ---- territories, organisations, users

    private List<Unit> territories() {
      Map<String, Leaf> regions = new HashMap<>();
      List<Leaf> all = new ArrayList<>();
      jdbc.sql("""
              select code, parent_code, name_kk, name_ru, name_en from territory
               where active and (parent_code = '000000000'
                  or parent_code in (select code from territory where parent_code = '000000000'))
               order by code""")
          .query((rs, n) -> {
            Leaf leaf = new Leaf(rs.getString("code"), rs.getString("code").substring(0, 2),
                rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en"));
            if ("000000000".equals(rs.getString("parent_code"))) {
              regions.put(leaf.code(), leaf);
            } else {
              all.add(leaf);
            }
            return leaf;
          }).list();
      List<Unit> leaves = new ArrayList<>();
      for (String region : Regions.POPULATION_THOUSANDS.keySet()) {
        Leaf regionLeaf = regions.get(region + "0000000");
        if (regionLeaf == null) {
          throw new IllegalStateException("territory " + region + "0000000 is missing");
        }
        List<Leaf> children = all.stream()
            .filter(l -> l.code().startsWith(region) && !l.code().equals(regionLeaf.code()))
            .toList();
        Unit regional = new Unit(regionLeaf);
        regionUnits.put(region, regional);
        if (children.isEmpty()) {
          leaves.add(regional);
        } else {
          for (Leaf child : children) {
            leaves.add(new Unit(child));
          }
        }
      }
      units.addAll(leaves);
      return leaves;
    }

    private void organisationsAndUsers(List<Unit> leaves) {
      Leaf republic = new Leaf("000000000", "00", "Қазақстан", "Казахстан", "Kazakhstan");
      ministry = organisation(republic, "MINISTRY",
          new String[] {"Ішкі істер министрлігі", "Министерство внутренних дел",
              "Ministry of Internal Affairs"});
      user("analyst", "ANALYST", ministry, republic.code());
      List<Unit> regional = Regions.POPULATION_THOUSANDS.keySet().stream()
          .map(regionUnits::get).toList();
      for (Unit unit : leaves) {
        for (String type : List.of("PROBATION_UNIT", "POLICE_UNIT")) {
          unit.organisations.put(type, organisation(unit.leaf, type, TYPE_NAMES.get(type)));
        }
        for (String type : AGENCY_TYPES) {
          UUID org = organisation(unit.leaf, type, TYPE_NAMES.get(type));
          unit.organisations.put(type, org);
          user("agency", "AGENCY_WORKER", org, unit.leaf.code());
          unit.headOf.put(org, user("agencyhead", "AGENCY_HEAD", org, unit.leaf.code()));
        }
        UUID probation = unit.organisations.get("PROBATION_UNIT");
        user("head", "PROBATION_HEAD", probation, unit.leaf.code());
        user("inspector", "POLICE_INSPECTOR", unit.organisations.get("POLICE_UNIT"),
            unit.leaf.code());
        int officers = Math.max(1, (int) Math.ceil(unit.openCases / 40.0));
        for (int i = 0; i < officers; i++) {
          unit.officers.add(user("officer", "PROBATION_OFFICER", probation, unit.leaf.code()));
        }
      }
      for (Unit region : regional) {
        if (!leaves.contains(region)) {
          region.organisations.put("AKIMAT_DEPARTMENT", organisation(region.leaf,
              "AKIMAT_DEPARTMENT", TYPE_NAMES.get("AKIMAT_DEPARTMENT")));
          region.headOf.put(region.organisations.get("AKIMAT_DEPARTMENT"), user("agencyhead",
              "AGENCY_HEAD", region.organisations.get("AKIMAT_DEPARTMENT"), region.leaf.code()));
        }
        UUID prosecutor = organisation(region.leaf, "PROSECUTOR_OFFICE",
            TYPE_NAMES.get("PROSECUTOR_OFFICE"));
        user("prosecutor", "PROSECUTOR", prosecutor, region.leaf.code());
      }
    }

    private UUID organisation(Leaf leaf, String type, String[] names) {
      UUID id = uuid(random);
      t.organisation.v(id).v(type)
          .v(leaf.nameKk() + ": " + names[0] + " [синт. " + tag + "]")
          .v(leaf.nameRu() + ": " + names[1] + " [синт. " + tag + "]")
          .v(leaf.nameEn() + ": " + names[2] + " [synthetic " + tag + "]")
          .v(leaf.code())
          .v(leaf.nameRu() + ", " + Pick.of(random, People.STREETS) + ", "
              + (1 + random.nextInt(150)))
          .v(People.phone(random))
          .v(fullName(People.name(random, random.nextBoolean())))
          .end();
      return id;
    }

    private UUID user(String role, String roleName, UUID organisation, String territory) {
      UUID id = uuid(random);
      users++;
      t.appUser.v(id).v(role + "." + tag + "." + territory + "." + users)
          .v(settings.passwordHash())
          .v(fullName(People.name(random, random.nextInt(100) < 40)))
          .v(roleName).v(organisation).v(territory)
          .v(random.nextInt(100) < 55 ? "kk" : "ru").end();
      return id;
    }

    // ---- cases

    private List<Plan> planCases(List<Unit> leaves, LocalDate first) {
      int n = Math.max(1, (int) Math.round(settings.scale() * CASES_AT_SCALE_1));
      Map<String, List<Unit>> byRegion = new LinkedHashMap<>();
      for (Unit u : leaves) {
        byRegion.computeIfAbsent(u.leaf.region(), r -> new ArrayList<>()).add(u);
      }
      int totalPopulation = Regions.POPULATION_THOUSANDS.values().stream()
          .mapToInt(Integer::intValue).sum();
      long span = ChronoUnit.DAYS.between(first, yesterday) + 1;
      List<Plan> cases = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Plan c = new Plan();
        c.index = i;
        c.seed = random.nextLong();
        SplittableRandom r = new SplittableRandom(c.seed);
        int pick = r.nextInt(totalPopulation);
        String region = null;
        for (Map.Entry<String, Integer> e : Regions.POPULATION_THOUSANDS.entrySet()) {
          pick -= e.getValue();
          if (pick < 0) {
            region = e.getKey();
            break;
          }
        }
        List<Unit> units = byRegion.get(region);
        c.unit = units.get(r.nextInt(units.size()));
        c.registered = first.plusDays(r.nextLong(span));
        planTerms(c, r);
        c.unit.cases++;
        if (c.closed == null) {
          c.unit.openCases++;
        }
        cases.add(c);
      }
      cases.sort(Comparator.comparing((Plan c) -> c.registered).thenComparing(c -> c.index));
      return cases;
    }

    private void planTerms(Plan c, SplittableRandom r) {
      int roll = r.nextInt(100);
      c.kind = roll < 60 ? ProbationKind.SENTENCE : roll < 80 ? ProbationKind.POST_PENITENTIARY
          : roll < 90 ? ProbationKind.PENITENTIARY : ProbationKind.PRE_TRIAL;
      int b = r.nextInt(100);
      switch (c.kind) {
        case SENTENCE -> {
          c.basis = b < 55 ? LegalBasis.CONDITIONAL_SENTENCE
              : b < 85 ? LegalBasis.RESTRICTION_OF_FREEDOM
              : b < 95 ? LegalBasis.PAROLE : LegalBasis.DEFERRED_SENTENCE;
          c.decision = c.registered.minusDays(3 + r.nextInt(25));
          c.plannedEnd = c.registered.plusMonths(12 + r.nextInt(25));
        }
        case PRE_TRIAL -> {
          c.basis = LegalBasis.PRE_TRIAL_MEASURE;
          c.decision = c.registered.minusDays(1 + r.nextInt(5));
          c.plannedEnd = c.registered.plusMonths(2 + r.nextInt(5));
        }
        case PENITENTIARY -> {
          c.basis = b < 40 ? LegalBasis.PAROLE : LegalBasis.RELEASE_AFTER_SERVING;
          c.release = c.registered.plusDays(30 + r.nextInt(150));
          c.plannedEnd = c.release.plusMonths(6 + r.nextInt(7));
        }
        case POST_PENITENTIARY -> {
          c.basis = b < 30 ? LegalBasis.PAROLE : LegalBasis.RELEASE_AFTER_SERVING;
          c.release = c.registered.minusDays(1 + r.nextInt(20));
          c.plannedEnd = c.registered.plusMonths(6 + r.nextInt(7));
        }
      }
      LocalDate from = c.kind == ProbationKind.PENITENTIARY ? c.release : c.registered;
      int early = r.nextInt(1000);
      if (early < 120 && c.plannedEnd.isAfter(from.plusDays(60))) {
        LocalDate day = from.plusDays(45 + r.nextLong(ChronoUnit.DAYS.between(from,
            c.plannedEnd) - 45));
        if (!day.isAfter(yesterday)) {
          c.closed = day;
          c.outcome = early < 50 ? CaseOutcome.REVOKED : early < 100 ? CaseOutcome.NEW_OFFENCE
              : early < 115 ? CaseOutcome.TRANSFERRED : CaseOutcome.DEATH;
        }
      }
      if (c.closed == null && !c.plannedEnd.isAfter(yesterday)) {
        c.closed = c.plannedEnd;
        c.outcome = r.nextInt(100) < 96 ? CaseOutcome.COMPLETED : CaseOutcome.AMNESTY;
      }
      if (c.kind == ProbationKind.PENITENTIARY && c.release.isAfter(yesterday)) {
        return; // still in prison: no supervision in the community yet
      }
      LocalDate last = c.lastDay(yesterday);
      long active = ChronoUnit.DAYS.between(from, last);
      if (active > 90 && r.nextInt(100) < 4) {
        c.wantedFrom = from.plusDays(30 + r.nextLong(active - 60));
        c.wantedTo = c.wantedFrom.plusDays(10 + r.nextInt(140));
        if (c.closed != null && !c.wantedTo.isBefore(c.closed)) {
          c.wantedTo = c.closed.minusDays(1);
        }
        if (!c.wantedTo.isAfter(c.wantedFrom)) {
          c.wantedFrom = null;
          c.wantedTo = null;
        } else if (c.wantedTo.isAfter(yesterday)) {
          c.wantedTo = null; // still sought
        }
      } else if (c.closed == null && active > 60 && r.nextInt(100) < 1) {
        c.suspendedFrom = last.minusDays(1 + r.nextInt(50));
      }
    }

    private void assignOfficersAndNumbers(List<Plan> cases) {
      if (settings.load()) {
        jdbc.sql("select region, year, last_value from probation_case_serial")
            .query((rs, n) -> serials.put(rs.getString("region") + "-" + rs.getInt("year"),
                (int) rs.getLong("last_value")))
            .list();
      }
      for (Plan c : cases) {
        SplittableRandom r = new SplittableRandom(c.seed ^ 0x5DEECE66DL);
        c.id = uuid(r);
        c.officer = c.unit.officers.get(r.nextInt(c.unit.officers.size()));
        String region = CaseNumber.regionOf(c.unit.leaf.code());
        int serial = serials.merge(region + "-" + c.registered.getYear(), 1, Integer::sum);
        c.number = CaseNumber.format(region, c.registered.getYear(), serial);
      }
    }

    void updateSerials() {
      for (Map.Entry<String, Integer> e : serials.entrySet()) {
        String[] key = e.getKey().split("-");
        jdbc.sql("""
                insert into probation_case_serial (region, year, last_value)
                values (:region, :year, :value)
                on conflict (region, year)
                do update set last_value = greatest(probation_case_serial.last_value,
                                                    excluded.last_value)""")
            .param("region", key[0]).param("year", Integer.parseInt(key[1]))
            .param("value", (long) e.getValue()).update();
      }
    }

    /**
     * One person per case, except that about one case in twenty is a person's second: someone
     * whose earlier case in the same territory closed before this one was registered.
     */
    private void persons(List<Plan> cases) {
      Map<Unit, List<Plan>> closedByUnit = new HashMap<>();
      Set<UUID> reused = new HashSet<>();
      for (Plan c : cases) {
        SplittableRandom r = new SplittableRandom(c.seed ^ 0x9E3779B97F4A7C15L);
        List<Plan> closed = closedByUnit.computeIfAbsent(c.unit, u -> new ArrayList<>());
        if (r.nextInt(100) < 5 && !closed.isEmpty()) {
          Plan earlier = closed.get(r.nextInt(closed.size()));
          if (earlier.closed.isBefore(c.registered) && reused.add(earlier.personId)) {
            c.personId = earlier.personId;
            c.newPerson = false;
          }
        }
        if (c.newPerson) {
          c.personId = uuid(r);
          person(c, r);
        }
        if (c.closed != null) {
          closed.add(c);
        }
        // keep the candidate list short and recent: the oldest leave as new ones come
        if (closed.size() > 200) {
          closed.removeFirst();
        }
      }
    }

    private void person(Plan c, SplittableRandom r) {
      boolean male = r.nextInt(100) < 85;
      int age = 18 + (int) (46 * Math.pow(r.nextDouble(), 1.6));
      LocalDate birth = c.registered.minusYears(age).minusDays(r.nextInt(365));
      String iin = People.iin(r, birth, male, iins);
      while (iin == null) {
        birth = birth.minusDays(1);
        iin = People.iin(r, birth, male, iins);
      }
      People.Name name = People.name(r, male);
      String address = c.unit.leaf.nameRu() + ", " + Pick.of(r, People.STREETS) + ", д. "
          + (1 + r.nextInt(150)) + ", кв. " + (1 + r.nextInt(120));
      boolean registeredElsewhere = r.nextInt(100) < 25;
      boolean homeless = r.nextInt(100) < 4;
      Instant at = at(c.registered, 10, r);
      String search = (name.last() + " " + name.first() + " " + name.middle())
          .toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
      int children = r.nextInt(100) < 45 ? 1 + r.nextInt(3) : 0;
      t.person.v(c.personId).v(iin).v(name.last()).v(name.first()).v(name.middle())
          .v(birth).v(male ? "MALE" : "FEMALE").v("KZ")
          .v(homeless ? null : c.unit.leaf.code()).v(homeless ? null : address)
          .v(registeredElsewhere ? null : c.unit.leaf.code())
          .v(registeredElsewhere ? null : address)
          .v(r.nextInt(100) < 85 ? People.phone(r) : null)
          .v(children)
          .v(Pick.of(r, List.of("SINGLE", "SINGLE", "MARRIED", "DIVORCED", "COHABITING",
              "WIDOWED")))
          .v(Pick.of(r, List.of("BASIC_SECONDARY", "SECONDARY", "SECONDARY", "VOCATIONAL",
              "VOCATIONAL", "HIGHER", "PRIMARY")))
          .v(Pick.of(r, List.of("UNEMPLOYED", "UNEMPLOYED", "INFORMAL", "EMPLOYED",
              "SELF_EMPLOYED", "STUDENT")))
          .v(c.unit.leaf.code()).v(search).v(at).v(at).end();
    }

    // ---- one case's story

    /** The rows of one case, from a random source of its own. */
    final class CaseStory {
      final Plan c;
      final Tables t;
      final SplittableRandom r;
      final int eventBudget;
      final int referralBudget;
      final LocalDate last;
      final String court;
      int events;
      int referrals;
      LocalDate planApproved;
      final Map<String, Instant> openUntil = new HashMap<>();

      CaseStory(Plan c, Tables t, int eventBudget, int referralBudget) {
        this.c = c;
        this.t = t;
        this.r = new SplittableRandom(c.seed ^ 0x2545F4914F6CDD1DL);
        this.eventBudget = eventBudget;
        this.referralBudget = referralBudget;
        this.last = c.lastDay(yesterday);
        this.court = c.decision == null ? null
            : Pick.of(r, COURTS) + " (" + c.unit.leaf.nameRu() + ")";
      }

      void tell() {
        caseRows();
        boolean supervised = c.kind != ProbationKind.PENITENTIARY
            || !c.release.isAfter(last);
        int supervisionBudget = supervised ? (int) Math.round(eventBudget * 0.55) : 0;
        CaseTimeline timeline = new CaseTimeline(new CaseId(c.id), c.registered,
            workingDays.addWorkingDays(c.registered, 3));
        UUID planId = plan(timeline);
        List<Assessment> assessments = assessments(eventBudget - supervisionBudget);
        riskAndReferrals(timeline, assessments);
        if (planId != null) {
          planActions(planId);
        }
        if (supervised) {
          supervision(supervisionBudget);
        }
      }

      private void caseRows() {
        String state;
        if (c.closed != null) {
          state = "CLOSED";
        } else if (c.kind == ProbationKind.PENITENTIARY && c.release.isAfter(yesterday)) {
          state = "PRE_RELEASE";
        } else if (c.wantedFrom != null && c.wantedTo == null) {
          state = "WANTED";
        } else if (c.suspendedFrom != null) {
          state = "SUSPENDED";
        } else {
          state = "ACTIVE";
        }
        List<Object[]> moves = new ArrayList<>();
        String current = c.kind.initialState().name();
        if (c.kind == ProbationKind.PENITENTIARY && !c.release.isAfter(last)) {
          moves.add(new Object[] {current, "ACTIVE", c.release, null,
              "Освобождён(а) из учреждения"});
          current = "ACTIVE";
        }
        if (c.wantedFrom != null) {
          moves.add(new Object[] {current, "WANTED", c.wantedFrom, null,
              "Объявлен(а) в розыск: уклонение от контроля"});
          current = "WANTED";
          if (c.wantedTo != null) {
            moves.add(new Object[] {current, "ACTIVE", c.wantedTo, null,
                "Розыск прекращён: местонахождение установлено"});
            current = "ACTIVE";
          }
        }
        if (c.suspendedFrom != null) {
          moves.add(new Object[] {current, "SUSPENDED", c.suspendedFrom, null,
              "Приостановлено: лечение в стационаре"});
          current = "SUSPENDED";
        }
        if (c.closed != null) {
          moves.add(new Object[] {current, "CLOSED", c.closed, c.outcome.name(),
              closingReason(c.outcome)});
        }
        LocalDate since = moves.isEmpty() ? c.registered : (LocalDate) moves.getLast()[2];
        Instant created = at(c.registered, 10, r);
        Instant updated = moves.isEmpty() ? created : at(since, 11, r);
        t.probationCase.v(c.id).v(c.number).v(c.personId).v(c.kind.name()).v(c.basis.name())
            .v(court).v(c.decision).v(c.registered).v(c.plannedEnd).v(c.release)
            .v(c.unit.leaf.code()).v(c.officer).v(state)
            .v(c.outcome == null ? null : c.outcome.name()).v(since).v(created).v(updated)
            .end();
        for (Object[] m : moves) {
          t.caseTransition.v(c.id).v(m[0]).v(m[1]).v(m[2]).v(m[3]).v(m[4]).v(c.officer)
              .v(at((LocalDate) m[2], 12, r)).end();
        }
      }

      private String closingReason(CaseOutcome outcome) {
        return switch (outcome) {
          case COMPLETED -> "Истёк срок пробационного контроля";
          case REVOKED -> "Постановление суда об отмене условного осуждения";
          case NEW_OFFENCE -> "Осуждён(а) за новое преступление";
          case TRANSFERRED -> "Передан(а) на учёт в другую службу пробации";
          case AMNESTY -> "Освобождён(а) по амнистии";
          case DEATH -> "Смерть";
        };
      }

      // -- plan

      private UUID plan(CaseTimeline timeline) {
        UUID id = uuid(r);
        Instant created = at(c.registered, 15, r);
        int roll = r.nextInt(100);
        LocalDate approved = roll < 82 ? workingDays.addWorkingDays(c.registered, r.nextInt(4))
            : roll < 96 ? timeline.planDueOn().plusDays(1 + r.nextInt(20)) : null;
        if (approved != null && approved.isAfter(last)) {
          approved = null;
        }
        planApproved = approved;
        String state = c.closed != null ? "CLOSED" : approved != null ? "APPROVED" : "DRAFT";
        t.plan.v(id).v(c.id).v(state).v(approved).v(c.officer).v(created)
            .v(c.closed != null ? at(c.closed, 16, r) : approved != null ? at(approved, 16, r)
                : created)
            .end();
        UUID head = c.officer;
        t.planTransition.v(id).v(null).v("DRAFT").v(c.registered).v(null).v(c.officer)
            .v(created).end();
        if (approved != null) {
          t.planTransition.v(id).v("DRAFT").v("APPROVED").v(approved)
              .v("Утверждён начальником службы").v(head).v(at(approved, 16, r)).end();
        }
        if (c.closed != null) {
          t.planTransition.v(id).v(approved != null ? "APPROVED" : "DRAFT").v("CLOSED")
              .v(c.closed).v("Учёт прекращён").v(c.officer).v(at(c.closed, 17, r)).end();
        }
        return id;
      }

      private void planActions(UUID planId) {
        int n = 2 + r.nextInt(4);
        Domain[] domains = Domain.values();
        for (int i = 0; i < n; i++) {
          Domain d = domains[(i + r.nextInt(domains.length)) % domains.length];
          LocalDate due = c.registered.plusDays(10 + r.nextInt(80));
          String status;
          LocalDate closedOn = null;
          int roll = r.nextInt(100);
          if (due.isBefore(last) && roll < 70) {
            status = "DONE";
            closedOn = due.minusDays(r.nextInt(10));
            if (closedOn.isBefore(c.registered)) {
              closedOn = c.registered;
            }
          } else if (c.closed != null || roll < 80 && due.isBefore(last)) {
            status = "CANCELLED";
            closedOn = c.closed != null && c.closed.isBefore(due) ? c.closed : due;
          } else {
            status = "OPEN";
          }
          String words = Pick.of(r, OWN_WORDS.get(d));
          t.planAction.v(uuid(r)).v(planId).v(i + 1).v(d.name())
              .v("Закрыть потребность: " + words.toLowerCase(java.util.Locale.ROOT))
              .v(words).v(organisationFor(d)).v(due).v(status)
              .v(status.equals("OPEN") ? null : status.equals("DONE") ? "Выполнено"
                  : "Отменено: учёт прекращён или потребность закрыта иначе")
              .v(closedOn).v(c.officer)
              .v(closedOn == null ? at(c.registered, 15, r) : at(closedOn, 15, r)).end();
        }
      }

      private UUID organisationFor(Domain d) {
        return c.unit.organisations.get(DOMAIN_ORGANISATION.get(d));
      }

      // -- assessments and risk

      private List<Assessment> assessments(int budget) {
        int perDomain = Math.max(1, budget / 5);
        int kind = r.nextInt(100); // 0-59 improving, 60-84 stuck, 85-99 volatile
        List<Assessment> all = new ArrayList<>();
        long span = Math.max(1, ChronoUnit.DAYS.between(c.registered, last));
        for (Domain d : Domain.values()) {
          int score = r.nextInt(100) < 45 ? 0 : r.nextInt(100) < 65 ? 1 : 2;
          boolean late = kind >= 60 && kind < 85 && r.nextInt(3) == 0;
          LocalDate day = c.registered.plusDays(r.nextInt(100) < 85 ? r.nextInt(3)
              : 5 + r.nextInt(15));
          int count = Math.max(1, perDomain + r.nextInt(3) - 1);
          double step = span / (double) count;
          for (int i = 0; i < count && !day.isAfter(last); i++) {
            all.add(assessment(d, score, day, late));
            if (kind < 60) {
              score = Math.min(2, score + (r.nextInt(100) < 35 ? 1 : 0));
            } else if (kind >= 85) {
              score = Math.max(0, Math.min(2, score + r.nextInt(3) - 1));
            } else if (!late && r.nextInt(100) < 10) {
              score = Math.min(2, score + 1);
            }
            if (late && day.isAfter(c.registered.plusDays(75))) {
              late = false; // put right after the day-60 failure
              score = Math.max(score, 1);
            }
            day = c.registered.plusDays(Math.round(step * (i + 1) + r.nextInt(5)));
          }
        }
        all.sort(Comparator.comparing(Assessment::assessedOn));
        for (Assessment a : all) {
          Instant at = at(a.assessedOn(), 11, r);
          DomainFacts f = a.facts();
          Object[] facts = new Object[13];
          switch (f) {
            case DomainFacts.Legal l -> {
              facts[0] = l.hasIdentityDocument();
              facts[1] = l.hasRegistration();
            }
            case DomainFacts.Housing h -> {
              facts[2] = h.homeless();
              facts[3] = h.livesWithAggressor();
              facts[4] = h.threatOfViolence();
            }
            case DomainFacts.Economic e -> {
              facts[5] = e.hasLegalIncome();
              facts[6] = e.hasEmploymentTrack();
              facts[7] = e.riskOfExploitation();
            }
            case DomainFacts.Health h -> {
              facts[8] = h.need().name();
              facts[9] = h.helpReceived();
              facts[10] = h.attachedToClinic();
              facts[11] = h.screeningDone();
            }
            case DomainFacts.Institutional i -> {
              facts[12] = i.realReferralExists();
            }
          }
          Spool s = t.assessment.v(c.id).v(a.domain().name()).v(a.score().value())
              .v(a.evidence()).v(c.officer).v(a.assessedOn()).v(at);
          for (Object fact : facts) {
            s.v(fact);
          }
          s.v(f instanceof DomainFacts.Institutional i ? i.supervisionOnly() : null).end();
        }
        events += all.size();
        return all;
      }

      private Assessment assessment(Domain d, int score, LocalDate day, boolean late) {
        if (late && (d == Domain.LEGAL || d == Domain.ECONOMIC)) {
          score = Math.min(score, 1);
        }
        DomainFacts facts = switch (d) {
          case LEGAL -> score == 2 ? new DomainFacts.Legal(true, true)
              : score == 1 ? new DomainFacts.Legal(r.nextBoolean(), false)
              : new DomainFacts.Legal(false, false);
          case HOUSING -> score == 2 ? new DomainFacts.Housing(false, false, false)
              : score == 1 ? new DomainFacts.Housing(false, r.nextInt(100) < 30, false)
              : new DomainFacts.Housing(r.nextInt(100) < 70, false, r.nextInt(100) < 30);
          case ECONOMIC -> score == 2 ? new DomainFacts.Economic(true, r.nextBoolean(), false)
              : score == 1 ? new DomainFacts.Economic(false, true, false)
              : new DomainFacts.Economic(false, false, r.nextInt(100) < 15);
          case HEALTH -> score == 2
              ? new DomainFacts.Health(r.nextBoolean() ? HealthNeed.LOW : HealthNeed.MEDIUM,
                  true, true, true)
              : score == 1 ? new DomainFacts.Health(HealthNeed.MEDIUM, false, true,
                  r.nextBoolean())
              : new DomainFacts.Health(r.nextBoolean() ? HealthNeed.HIGH : HealthNeed.MEDIUM,
                  false, false, false);
          case INSTITUTIONAL -> score == 2 ? new DomainFacts.Institutional(true, false)
              : new DomainFacts.Institutional(false, score == 1);
        };
        String evidence = score == 2 ? EVIDENCE.get(d)
            : r.nextInt(100) < 30 ? "Со слов подучётного лица, документы не представлены" : null;
        return new Assessment(Score.of(score), evidence, c.officer.toString(), day, facts);
      }

      /**
       * Replays the case's days through the engine to get the risk history the daily sweep and
       * the assessments would have recorded, and routes each new level the matrix has actions
       * for, as the routing does; then adds officers' own referrals up to the budget.
       */
      private void riskAndReferrals(CaseTimeline timeline, List<Assessment> assessments) {
        AssessmentHistory history = AssessmentHistory.of(assessments);
        PlanStatus plan = planApproved == null ? PlanStatus.notApproved()
            : PlanStatus.approvedOn(planApproved);
        TreeSet<LocalDate> days = new TreeSet<>();
        for (Assessment a : assessments) {
          days.add(a.assessedOn());
        }
        if (planApproved != null) {
          days.add(planApproved);
        }
        for (LocalDate d = c.registered; !d.isAfter(last); d = d.plusDays(
            d.isBefore(c.registered.plusDays(70)) ? 1 : 7)) {
          days.add(d);
        }
        days.add(last);
        Map<Domain, RiskLevel> level = new EnumMap<>(Domain.class);
        Map<Domain, LocalDate> since = new EnumMap<>(Domain.class);
        List<Object[]> requests = new ArrayList<>();
        for (LocalDate day : days) {
          CaseEvaluation e = ReintegrationPolicy.evaluate(timeline, history, plan, day, rules);
          for (Domain d : Domain.values()) {
            RiskLevel risk = e.domain(d).risk();
            if (risk != level.get(d)) {
              level.put(d, risk);
              since.put(d, day);
              t.riskChange.v(c.id).v(d.name()).v(risk.name()).v(day).v(at(day, 9, r)).end();
              if (risk != RiskLevel.R0) {
                for (RoutingRule rule : matrix.rulesFor(d, risk)) {
                  requests.add(new Object[] {at(day, 9, r), rule, day});
                }
              }
            }
          }
        }
        for (Domain d : Domain.values()) {
          t.domainRisk.v(c.id).v(d.name()).v(level.get(d).name()).v(since.get(d))
              .v(at(last, 9, r)).end();
        }
        int own = Math.max(0, referralBudget - requests.size());
        long span = Math.max(1, ChronoUnit.DAYS.between(c.registered, last) + 1);
        for (int i = 0; i < own; i++) {
          LocalDate day = c.registered.plusDays(r.nextLong(span));
          requests.add(new Object[] {at(day, 10, r), Domain.values()[r.nextInt(5)], day});
        }
        requests.sort(Comparator.comparing(q -> (Instant) q[0]));
        for (Object[] q : requests) {
          if (q[1] instanceof RoutingRule rule) {
            routed((Instant) q[0], rule, (LocalDate) q[2]);
          } else {
            own((Instant) q[0], (Domain) q[1]);
          }
        }
      }

      private void routed(Instant at, RoutingRule rule, LocalDate since) {
        String key = rule.domain() + "/" + rule.actionCode();
        UUID organisation = c.unit.organisations.get(rule.targetType().name());
        UUID referral = null;
        Instant openTill = openUntil.get(key);
        if (openTill != null && openTill.isAfter(at)) {
          referral = openReferral.get(key);
        } else if (organisation != null) {
          Instant due = rule.deadline().dueAt(at, c.registered, workingDays, zone);
          if (!due.isAfter(at)) {
            due = at.plus(Duration.ofHours(24));
          }
          Instant target = rule.target() == null ? null
              : rule.target().dueAt(at, c.registered, workingDays, zone);
          referral = referral(key, rule.domain(), rule.actionCode(), rule.actionKk(),
              rule.actionRu(), rule.actionEn(), organisation, rule.priority().name(),
              matrix.version(), rule.level().name(), null, at, due, target, null);
        }
        t.routingTrigger.v(c.id).v(rule.domain().name()).v(rule.actionCode()).v(since)
            .v(rule.level().name()).v(rule.targetType().name()).v(referral).v(at).end();
      }

      private void own(Instant at, Domain domain) {
        String words = Pick.of(r, OWN_WORDS.get(domain));
        String code = "MANUAL_" + Long.toHexString(r.nextLong() | (1L << 60)).substring(0, 8)
            .toUpperCase(java.util.Locale.ROOT);
        LocalDate dueOn = workingDays.addWorkingDays(at.atZone(zone).toLocalDate(),
            5 + r.nextInt(11));
        Instant due = dueOn.atTime(Deadline.END_OF_WORKING_DAY).atZone(zone).toInstant();
        referral(domain + "/" + code, domain, code, words, words, words, organisationFor(domain),
            r.nextInt(100) < 20 ? "HIGH" : "NORMAL", null, null, c.officer, at, due, null,
            r.nextInt(100) < 40 ? "Просьба сообщить о результате" : null);
      }

      final Map<String, UUID> openReferral = new HashMap<>();

      /**
       * A referral and its history: the agency answers on time, late, very late, declines or
       * finds it impossible; what has not happened by the end of the history is still open;
       * a case that closes first takes its open referrals with it. Late ones are escalated.
       */
      private UUID referral(String key, Domain domain, String code, String kk, String ru,
          String en, UUID organisation, String priority, Integer matrixVersion, String level,
          UUID createdBy, Instant created, Instant due, Instant target, String note) {
        UUID id = uuid(r);
        referrals++;
        long window = Math.max(3_600, Duration.between(created, due).toSeconds());
        int roll = r.nextInt(100);
        String finalState;
        Instant accepted = null;
        Instant finished;
        if (roll < 68) {
          finalState = "DONE";
          accepted = created.plusSeconds(window * (5 + r.nextInt(25)) / 100);
          finished = created.plusSeconds(window * (40 + r.nextInt(55)) / 100);
        } else if (roll < 78) {
          finalState = "DONE";
          accepted = created.plusSeconds(window * (10 + r.nextInt(40)) / 100);
          finished = due.plusSeconds(Math.max(7_200, window * (10 + r.nextInt(290)) / 100));
        } else if (roll < 88) {
          finalState = "DECLINED";
          finished = created.plusSeconds(window * (10 + r.nextInt(70)) / 100);
        } else if (roll < 93) {
          finalState = "IMPOSSIBLE";
          accepted = created.plusSeconds(window * (5 + r.nextInt(20)) / 100);
          finished = created.plusSeconds(window * (20 + r.nextInt(70)) / 100);
        } else {
          finalState = "DONE";
          accepted = r.nextBoolean() ? null : due.plusSeconds(3_600 + r.nextInt(86_400));
          finished = due.plus(Duration.ofDays(3 + r.nextInt(13)));
        }
        Instant end = now;
        String closingNote = null;
        if (c.closed != null) {
          Instant caseEnd = at(c.closed, 17, r);
          if (finished.isAfter(caseEnd)) {
            finalState = "IMPOSSIBLE";
            finished = caseEnd.isAfter(created) ? caseEnd : created.plusSeconds(600);
            closingNote = "Учёт прекращён";
          }
          if (accepted != null && !accepted.isBefore(finished)) {
            accepted = null;
          }
        }
        Instant inProgress = accepted != null && r.nextBoolean()
            ? accepted.plusSeconds(600 + r.nextInt(3_600)) : null;
        if (inProgress != null && !inProgress.isBefore(finished)) {
          inProgress = null;
        }
        UUID worker = null; // the agency's answers come from its worker; history keeps none
        List<Object[]> history = new ArrayList<>();
        history.add(new Object[] {null, "SENT", created, createdBy,
            createdBy == null ? "routing matrix" : null});
        String state = "SENT";
        Instant stateAt = created;
        if (accepted != null && accepted.isBefore(end)) {
          history.add(new Object[] {state, "ACCEPTED", accepted, worker, null});
          state = "ACCEPTED";
          stateAt = accepted;
        }
        if (inProgress != null && inProgress.isBefore(end)) {
          history.add(new Object[] {state, "IN_PROGRESS", inProgress, worker, null});
          state = "IN_PROGRESS";
          stateAt = inProgress;
        }
        boolean closed = finished.isBefore(end);
        String outcome = null;
        String evidence = null;
        Instant confirmed = null;
        if (closed) {
          outcome = closingNote != null ? closingNote : switch (finalState) {
            case "DONE" -> "Услуга оказана";
            case "DECLINED" -> "Не относится к компетенции организации";
            default -> "Лицо не явилось по приглашению";
          };
          evidence = finalState.equals("DONE") ? "Справка № " + (1000 + r.nextInt(9000)) : null;
          history.add(new Object[] {state, finalState, finished, worker, outcome});
          state = finalState;
          stateAt = finished;
          if (finalState.equals("DONE") && r.nextInt(100) < 50) {
            Instant at = finished.plus(Duration.ofHours(2 + r.nextInt(70)));
            confirmed = at.isBefore(end) ? at : null;
          }
          openUntil.put(key, finished);
        } else {
          openUntil.put(key, Instant.MAX);
        }
        openReferral.put(key, id);
        t.referral.v(id).v(c.id).v(domain.name()).v(code).v(kk).v(ru).v(en).v(organisation)
            .v(priority).v(matrixVersion).v(level).v(createdBy).v(created).v(due).v(target)
            .v(note).v(state).v(stateAt).v(outcome).v(evidence).v(confirmed)
            .v(confirmed == null ? null : c.officer).end();
        for (Object[] h : history) {
          t.referralEvent.v(id).v(h[0]).v(h[1]).v(h[2]).v(h[3]).v(h[4]).end();
        }
        escalate(id, organisation, due, closed ? finished : null);
        return id;
      }

      /**
       * The SLA sweep's work on a late referral: level 1 to the district's akimat department
       * (48 hours to answer), level 2 to the region's when the answer or the promised deadline
       * passes with the referral still open; closed with the referral. A breach less than an
       * hour old at the end of the history is left for the sweep.
       */
      private void escalate(UUID referral, UUID breached, Instant due, Instant finished) {
        Instant stop = finished != null ? finished : now;
        if (!stop.isAfter(due) || due.plus(Duration.ofHours(1)).isAfter(now)) {
          return;
        }
        UUID[] addressees = {c.unit.organisations.get("AKIMAT_DEPARTMENT"),
            regionUnits.get(c.unit.leaf.region()).organisations.getOrDefault("AKIMAT_DEPARTMENT",
                c.unit.organisations.get("AKIMAT_DEPARTMENT"))};
        Instant missed = due;
        for (int level = 1; level <= 2; level++) {
          Instant opened = missed.plus(Duration.ofMinutes(1 + r.nextInt(5)));
          if (!opened.isBefore(stop)) {
            return;
          }
          UUID id = uuid(r);
          Instant answerBy = opened.plus(Duration.ofHours(48));
          Instant answered = r.nextInt(100) < 60
              ? opened.plus(Duration.ofMinutes(120 + r.nextInt(40 * 60))) : null;
          if (answered != null && !answered.isBefore(stop)) {
            answered = null;
          }
          Instant newDeadline = answered == null ? null
              : answered.plus(Duration.ofDays(3 + r.nextInt(5)));
          Instant next = answered != null ? newDeadline : answerBy;
          boolean goesUp = level == 1 && next.isBefore(stop);
          String state;
          Instant stateAt;
          List<Object[]> history = new ArrayList<>();
          history.add(new Object[] {null, "OPEN", opened, null, null});
          if (answered != null) {
            history.add(new Object[] {"OPEN", "ANSWERED", answered,
                c.unit.headOf.get(breached), null});
          }
          String live = answered != null ? "ANSWERED" : "OPEN";
          if (goesUp) {
            state = "ESCALATED";
            stateAt = next.plus(Duration.ofMinutes(1));
            history.add(new Object[] {live, state, stateAt, null, null});
          } else if (finished != null) {
            state = "CLOSED";
            stateAt = finished;
            history.add(new Object[] {live, state, stateAt, null, "referral closed"});
          } else {
            state = live;
            stateAt = answered != null ? answered : opened;
          }
          t.escalation.v(id).v(referral).v(c.id).v(level).v(ladderVersion).v(breached)
              .v(addressees[level - 1]).v(c.officer).v(c.unit.leaf.code()).v(missed)
              .v(opened).v(answerBy).v(state).v(stateAt)
              .v(answered == null ? null : "Нехватка специалистов в организации")
              .v(answered == null ? null : "Назначен ответственный, срок продлён")
              .v(newDeadline).v(answered == null ? null : c.unit.headOf.get(breached))
              .v(answered).end();
          for (Object[] h : history) {
            t.escalationEvent.v(id).v(h[0]).v(h[1]).v(h[2]).v(h[3]).v(h[4]).end();
          }
          if (!goesUp) {
            return;
          }
          missed = next;
        }
      }

      // -- supervision

      private void supervision(int budget) {
        LocalDate from = c.supervisedFrom();
        LocalDate end = last;
        Instant recorded = at(from, 12, r);
        for (String duty : duties()) {
          t.duty.v(uuid(r)).v(c.id).v(duty).v(null).v(from).v(c.closed).v(c.officer)
              .v(recorded).end();
        }
        long span = ChronoUnit.DAYS.between(from, end) + 1;
        int checkInsWanted = Math.max(1, (int) Math.round(budget * 0.8));
        int weeks = (int) Math.max(1, Math.min(8, Math.round(span / 7.0 / checkInsWanted)));
        DayOfWeek weekday = from.plusDays(1).getDayOfWeek();
        t.schedule.v(c.id).v("WEEKLY").v(weeks).v(weekday.getValue()).v("{}")
            .v(from).v(c.officer).v(recorded).end();
        LocalDate nominal = from.plusDays(1);
        while (nominal.getDayOfWeek() != weekday) {
          nominal = nominal.plusDays(1);
        }
        List<UUID> violations = new ArrayList<>();
        int written = 0;
        LocalDate horizon = today.plusDays(28);
        Set<LocalDate> taken = new HashSet<>();
        for (; !nominal.isAfter(c.closed != null ? end : horizon);
             nominal = nominal.plusWeeks(weeks)) {
          LocalDate day = workingDays.addWorkingDays(nominal, 0);
          if (c.closed != null && day.isAfter(end)) {
            break;
          }
          if (!taken.add(day)) {
            continue; // a day off moved this date onto the next one's
          }
          if (day.isAfter(end)) {
            if (!day.isBefore(today) && c.suspendedFrom == null && c.closed == null) {
              t.expectedCheckIn.v(uuid(r)).v(c.id).v(day).v("EXPECTED").v(null).v(null).end();
            }
            continue;
          }
          if (c.suspendedFrom != null && !day.isBefore(c.suspendedFrom)) {
            continue;
          }
          UUID expected = uuid(r);
          boolean wanted = c.wantedFrom != null && !day.isBefore(c.wantedFrom)
              && (c.wantedTo == null || day.isBefore(c.wantedTo));
          int roll = wanted ? 95 : r.nextInt(100);
          if (roll >= 98) {
            t.expectedCheckIn.v(expected).v(c.id).v(day).v("FLAGGED_MISSED").v(null)
                .v(day.plusDays(1).atStartOfDay(zone).toInstant().plusSeconds(3_600)).end();
            violation(day.plusDays(1), "FAILURE_TO_REPORT", violations, end);
            continue;
          }
          String result = roll < 87 ? "ATTENDED" : roll < 91 ? "EXCUSED" : "MISSED";
          UUID event = uuid(r);
          event(event, "CHECK_IN", day, result,
              result.equals("EXCUSED") ? "Болезнь, представлена справка" : null, null,
              new UUID[0], expected, null);
          written++;
          t.expectedCheckIn.v(expected).v(c.id).v(day).v(result).v(event).v(null).end();
          if (result.equals("MISSED") && !wanted && r.nextInt(100) < 60) {
            violation(day.plusDays(1 + r.nextInt(2)), "FAILURE_TO_REPORT", violations, end);
          }
        }
        int others = Math.max(0, budget - written);
        for (int i = 0; i < others; i++) {
          LocalDate day = from.plusDays(r.nextLong(span));
          int roll = r.nextInt(100);
          if (roll < 75) {
            int v = r.nextInt(100);
            event(uuid(r), "HOME_VISIT", day, v < 80 ? "FOUND_AT_HOME" : v < 93 ? "NOT_AT_HOME"
                : v < 97 ? "LIVES_ELSEWHERE" : "REFUSED_ENTRY", null, null, new UUID[0], null,
                null);
          } else if (roll < 88) {
            event(uuid(r), "HELP_REQUEST", day, Pick.of(r, List.of("DOCUMENTS", "HOUSING",
                "EMPLOYMENT", "SOCIAL_BENEFITS", "LEGAL", "HEALTH", "PSYCHOLOGICAL", "FAMILY")),
                null, null, new UUID[0], null, null);
          } else if (roll < 95) {
            violation(day, Pick.of(r, List.of("RESIDENCE_CHANGE_WITHOUT_NOTICE",
                "LEAVING_TERRITORY", "CURFEW_BREACH", "COURT_DUTY_BREACH")), violations, end);
          } else {
            event(uuid(r), "ADMIN_OFFENCE", day, null, null, "КоАП РК ст. 434", new UUID[0],
                null, null);
          }
        }
        if (c.wantedFrom != null) {
          event(uuid(r), "WANTED_DECLARED", c.wantedFrom, null, null, null, new UUID[0], null,
              "Местонахождение неизвестно, проверки по месту жительства безрезультатны");
          if (c.wantedTo != null) {
            event(uuid(r), "WANTED_ENDED", c.wantedTo, Pick.of(r, List.of("DETAINED_BY_POLICE",
                "CAME_VOLUNTARILY", "FOUND_BY_INSPECTOR", "FOUND_BY_OFFICER")), null, null,
                new UUID[0], null, null);
          }
        }
        court(violations, from, end);
      }

      private List<String> duties() {
        List<String> duties = new ArrayList<>(List.of("REPORT_TO_PROBATION",
            "NOT_CHANGE_RESIDENCE_OR_WORK"));
        if (c.basis == LegalBasis.RESTRICTION_OF_FREEDOM) {
          duties.add("STAY_HOME_AT_SET_HOURS");
        }
        if (r.nextInt(100) < 30) {
          duties.add("NOT_LEAVE_TERRITORY");
        }
        if (r.nextInt(100) < 10) {
          duties.add("WORK_OR_STUDY");
        }
        return duties;
      }

      private void violation(LocalDate day, String type, List<UUID> violations, LocalDate end) {
        if (day.isAfter(end)) {
          return;
        }
        UUID id = uuid(r);
        event(id, "VIOLATION", day, type, null, null, new UUID[0], null, null);
        violations.add(id);
        if (r.nextInt(100) < 50 && !day.plusDays(1).isAfter(end)) {
          event(uuid(r), "WARNING", day.plusDays(1), null, null, null, new UUID[] {id}, null,
              "Письменное предупреждение о недопустимости нарушений");
        }
      }

      /** Submissions after repeated violations, and the court's decisions; a revocation's. */
      private void court(List<UUID> violations, LocalDate from, LocalDate end) {
        if (c.outcome == CaseOutcome.NEW_OFFENCE) {
          LocalDate day = c.closed.minusDays(1 + r.nextInt(20));
          event(uuid(r), "CRIMINAL_OFFENCE", day.isBefore(from) ? from : day, null, null,
              "УК РК ст. 188", new UUID[0], null, null);
        }
        // only a sentence served in the community is revoked on the service's submission
        if ((c.outcome == CaseOutcome.REVOKED || c.outcome == CaseOutcome.NEW_OFFENCE)
            && c.kind == ProbationKind.SENTENCE) {
          LocalDate submitted = c.closed.minusDays(15 + r.nextInt(30));
          if (submitted.isBefore(from)) {
            submitted = from;
          }
          String kind = c.basis == LegalBasis.RESTRICTION_OF_FREEDOM
              ? "REPLACE_WITH_IMPRISONMENT" : "REVOKE_CONDITIONAL_SENTENCE";
          UUID submission = uuid(r);
          event(submission, "COURT_SUBMISSION", submitted, kind, null, null, new UUID[0], null,
              null);
          event(uuid(r), "COURT_DECISION", c.closed, "GRANTED", null, null,
              new UUID[] {submission}, null, null);
          return;
        }
        if (violations.size() >= 3 && r.nextInt(100) < 50) {
          LocalDate submitted = from.plusDays(
              r.nextLong(Math.max(1, ChronoUnit.DAYS.between(from, end) + 1)));
          UUID submission = uuid(r);
          event(submission, "COURT_SUBMISSION", submitted, r.nextBoolean() ? "EXTEND_PROBATION"
              : "ADD_DUTIES", null, null, new UUID[0], null, null);
          LocalDate decided = submitted.plusDays(15 + r.nextInt(30));
          if (!decided.isAfter(end)) {
            event(uuid(r), "COURT_DECISION", decided, r.nextInt(100) < 75 ? "GRANTED"
                : "REFUSED", null, null, new UUID[] {submission}, null, null);
          }
        }
      }

      private void event(UUID id, String kind, LocalDate day, String code, String excuse,
          String article, UUID[] related, UUID checkIn, String note) {
        t.supervisionEvent.v(id).v(c.id).v(kind).v(day).v(code).v(excuse).v(article)
            .v(related).v(checkIn).v(note).v(c.officer).v(at(day, 13, r)).end();
        events++;
      }
    }

    private Instant at(LocalDate day, int hour, SplittableRandom r) {
      Instant at = day.atTime(LocalTime.of(hour, r.nextInt(60), r.nextInt(60)))
          .atZone(zone).toInstant();
      return at.isBefore(now) ? at : now.minusSeconds(1 + r.nextInt(600));
    }
  }

  private static final Map<Domain, String> EVIDENCE = Map.of(
      Domain.LEGAL, "Удостоверение личности и регистрация по месту жительства проверены",
      Domain.HOUSING, "Проживает по адресу регистрации, угроз нет (акт обследования)",
      Domain.ECONOMIC, "Трудовой договор представлен",
      Domain.HEALTH, "Прикреплён(а) к поликлинике, скрининг пройден (справка)",
      Domain.INSTITUTIONAL, "Направление исполнено, ответ организации получен");

  /**
   * The calendar's answers remembered: Jol's calendar checks its stamp in the database on every
   * call, which is right for a server whose admins edit it and far too slow for millions of
   * calls about a few thousand distinct days.
   */
  static final class RememberedWorkingDays implements WorkingDays {
    private final WorkingDays calendar;
    private final Map<Long, LocalDate> added = new java.util.concurrent.ConcurrentHashMap<>();

    RememberedWorkingDays(WorkingDays calendar) {
      this.calendar = calendar;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
      return addWorkingDays(date, 0).equals(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate date, int n) {
      return added.computeIfAbsent(date.toEpochDay() * 1_000 + n,
          k -> calendar.addWorkingDays(date, n));
    }

    @Override
    public long workingDaysBetween(LocalDate from, LocalDate to) {
      return calendar.workingDaysBetween(from, to);
    }

    @Override
    public java.time.LocalDateTime addWorkingHours(java.time.LocalDateTime from, int hours) {
      return calendar.addWorkingHours(from, hours);
    }

    @Override
    public Instant addWorkingHours(Instant from, int hours) {
      return calendar.addWorkingHours(from, hours);
    }
  }

  /** A version-4 UUID from the random source, so that a seed gives the same identifiers. */
  static UUID uuid(SplittableRandom r) {
    long high = (r.nextLong() & ~0xF000L) | 0x4000L;
    long low = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low);
  }

  private static String fullName(People.Name n) {
    return n.last() + " " + n.first() + " " + n.middle();
  }

  /** Picks from a list. */
  static final class Pick {
    private Pick() {}

    static <T> T of(SplittableRandom r, List<T> from) {
      return from.get(r.nextInt(from.size()));
    }
  }

}
