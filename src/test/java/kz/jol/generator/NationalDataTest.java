package kz.jol.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.calendar.WorkingDays;
import kz.jol.casework.Caseload;
import kz.jol.register.Iin;
import kz.jol.register.ProbationKind;
import kz.jol.register.application.Paging;
import kz.jol.register.domain.LegalBasis;
import kz.jol.reintegration.application.ReintegrationService;
import kz.jol.reintegration.application.ReintegrationSweep;
import kz.jol.reintegration.application.RiskRulesSettings;
import kz.jol.routing.application.AutoRouting;
import kz.jol.routing.application.RoutingMatrixService;
import kz.jol.routing.application.SlaSweep;
import kz.jol.supervision.application.SupervisionSweep;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The national data generator at a tiny scale (0.002: 60 cases) on a database of its own (a
 * second embedded PostgreSQL, so that the generated territories' organisations and the
 * calendar years it adds never meet other tests' data): what it writes keeps the schema's
 * constraints and the register's rules, and the real services (the caseload, the case card,
 * the sweeps, the indicators) work on it and give plausible numbers.
 */
@SpringBootTest(properties = {
    "jol.embedded-postgres.data-directory=target/embedded-postgres-generator"})
@AutoConfigureMockMvc
class NationalDataTest {

  static final double SCALE = 0.002;
  static final long SEED = 7;
  static NationalData.Summary summary;

  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;
  @Autowired WorkingDays workingDays;
  @Autowired RoutingMatrixService matrix;
  @Autowired RiskRulesSettings riskRules;
  @Autowired Clock clock;
  @Autowired MockMvc mvc;
  @Autowired Caseload caseload;
  @Autowired ReintegrationService reintegration;
  @Autowired ReintegrationSweep reintegrationSweep;
  @Autowired AutoRouting routing;
  @Autowired SlaSweep slaSweep;
  @Autowired SupervisionSweep supervisionSweep;

  LocalDate today;

  @BeforeEach
  void generateOnce() throws Exception {
    today = LocalDate.now(clock);
    synchronized (NationalDataTest.class) {
      if (summary == null) {
        summary = new NationalData(dataSource, workingDays, matrix.current(),
            riskRules.current().rules(), clock.getZone(), System.out)
            .generate(new NationalData.Settings(SCALE, SEED, today,
                Path.of(System.getProperty("java.io.tmpdir"), "jol-generator-test"),
                "{noop}Jol-demo-2026", true, true));
      }
    }
  }

  @Test
  void countsFollowTheScale() {
    Map<String, Long> rows = summary.rows();
    assertThat(rows.get("probation_case")).isEqualTo(60);
    assertThat(rows.get("person")).isBetween(50L, 60L);
    assertThat(rows.get("referral")).isBetween(450L, 800L);
    assertThat(rows.get("domain_assessment") + rows.get("supervision_event"))
        .isBetween(4_500L, 7_500L);
    for (String table : List.of("organisation", "app_user", "probation_case_transition",
        "domain_risk", "domain_risk_change", "reintegration_plan", "plan_action",
        "plan_transition", "referral_event", "routing_trigger", "escalation",
        "escalation_event", "supervision_duty", "check_in_schedule", "expected_check_in")) {
      assertThat(rows.get(table)).as(table).isPositive();
    }
    assertThat(jdbc.sql("select count(*) from probation_case").query(Long.class).single())
        .isEqualTo(60);
    // spread by population: 60 cases land in many of the 20 regions, most in the big ones
    List<String> regions = jdbc.sql("select distinct substr(territory_code, 1, 2) "
        + "from probation_case").query(String.class).list();
    assertThat(regions).hasSizeGreaterThanOrEqualTo(10)
        .allMatch(Regions.POPULATION_THOUSANDS::containsKey);
    assertThat(jdbc.sql("select count(distinct kind) from probation_case")
        .query(Integer.class).single()).isEqualTo(4);
    assertThat(jdbc.sql("select min(registration_date) from probation_case")
        .query(LocalDate.class).single()).isBefore(today.minusYears(3));
  }

  @Test
  void personsHaveValidSyntheticIinsThatMatchBirthAndSex() {
    record P(String iin, LocalDate birth, String sex, LocalDate firstCase) {}
    List<P> persons = jdbc.sql("""
            select p.iin, p.birth_date, p.sex, min(c.registration_date) as first_case
              from person p join probation_case c on c.person_id = p.id
             group by p.iin, p.birth_date, p.sex""")
        .query((rs, n) -> new P(rs.getString(1), rs.getObject(2, LocalDate.class),
            rs.getString(3), rs.getObject(4, LocalDate.class))).list();
    assertThat(persons).hasSizeGreaterThanOrEqualTo(50);
    for (P p : persons) {
      Iin iin = Iin.parse(p.iin());
      assertThat(iin.birthDate()).isEqualTo(p.birth());
      assertThat(iin.sex().name()).isEqualTo(p.sex());
      assertThat(p.iin().charAt(7)).as("synthetic serial 8000-8999").isEqualTo('8');
      assertThat(Period.between(p.birth(), p.firstCase()).getYears()).isBetween(18, 66);
    }
  }

  @Test
  void casesKeepTheRegistersRules() {
    record C(String number, String kind, String basis, LocalDate registered, LocalDate decision,
        LocalDate plannedEnd, LocalDate release, String territory, String state, String outcome,
        LocalDate since) {}
    List<C> cases = jdbc.sql("""
            select case_number, kind, legal_basis, registration_date, decision_date,
                   planned_end_date, release_date, territory_code, state, outcome, state_since
              from probation_case""")
        .query((rs, n) -> new C(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
            rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
            rs.getString(8), rs.getString(9), rs.getString(10),
            rs.getObject(11, LocalDate.class))).list();
    for (C c : cases) {
      ProbationKind kind = ProbationKind.valueOf(c.kind());
      assertThat(LegalBasis.valueOf(c.basis()).fits(kind)).as(c.number()).isTrue();
      assertThat(c.number()).startsWith(c.territory().substring(0, 2) + "-"
          + c.registered().getYear() + "-");
      assertThat(c.registered()).isBefore(today);
      assertThat(c.plannedEnd()).isAfter(c.registered());
      assertThat(c.since()).isAfterOrEqualTo(c.registered()).isBefore(today);
      if (c.decision() != null) {
        assertThat(c.decision()).isBeforeOrEqualTo(c.registered());
      }
      if (kind == ProbationKind.PENITENTIARY) {
        assertThat(c.release()).isNotNull();
        assertThat(c.state().equals("PRE_RELEASE")).isEqualTo(!c.release().isBefore(today));
      }
      if (kind == ProbationKind.POST_PENITENTIARY) {
        assertThat(c.release()).isBeforeOrEqualTo(c.registered());
      }
      assertThat(c.state().equals("CLOSED")).isEqualTo(c.outcome() != null);
    }
    // a later registration through the service takes the next serial, not a generated one
    Long behind = jdbc.sql("""
            select count(*) from probation_case c
             where cast(split_part(c.case_number, '-', 3) as bigint) > coalesce((
                   select s.last_value from probation_case_serial s
                    where s.region = split_part(c.case_number, '-', 1)
                      and s.year = cast(split_part(c.case_number, '-', 2) as int)), 0)""")
        .query(Long.class).single();
    assertThat(behind).isZero();
    assertThat(jdbc.sql("select count(*) from probation_case where state <> 'CLOSED'")
        .query(Long.class).single()).isBetween(10L, 50L);
  }

  @Test
  void referralsMixOnTimeLateAndDeclinedAnswersAndTheLateOnesAreEscalated() {
    Map<String, Long> states = jdbc.sql("select state, count(*) from referral group by state")
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    long all = states.values().stream().mapToLong(Long::longValue).sum();
    assertThat(states.getOrDefault("DONE", 0L)).isGreaterThan(all / 2);
    assertThat(states.getOrDefault("DECLINED", 0L)).isPositive();
    long late = jdbc.sql("""
            select count(*) from referral
             where state in ('DONE', 'DECLINED', 'IMPOSSIBLE') and state_at > due_at""")
        .query(Long.class).single();
    assertThat(late).isBetween(all / 20, all / 2);
    // breaches of the history's last hour are left for the SLA sweep
    long lateWithoutEscalation = jdbc.sql("""
            select count(*) from referral r
             where r.state in ('DONE', 'DECLINED', 'IMPOSSIBLE')
               and r.state_at > r.due_at + interval '10 minutes'
               and r.due_at < :cutoff
               and not exists (select 1 from escalation e where e.referral_id = r.id)""")
        .param("cutoff", java.sql.Timestamp.from(
            today.atStartOfDay(clock.getZone()).toInstant().minusSeconds(3_600)))
        .query(Long.class).single();
    assertThat(lateWithoutEscalation).isZero();
    // deadlines follow the matrix: 24 h for documents, 48 h for a safe placement
    assertThat(jdbc.sql("""
            select count(*) from referral where action_code = 'RESTORE_DOCUMENTS'
               and due_at - created_at <> interval '24 hours'""").query(Long.class).single())
        .isZero();
    assertThat(jdbc.sql("select count(*) from routing_trigger where referral_id is null")
        .query(Long.class).single()).isZero();
  }

  @Test
  void theServicesWorkOnTheGeneratedData() throws Exception {
    // the officer with the most open cases sees all of them in the caseload, ranked
    record Officer(UUID id, long open) {}
    Officer busiest = jdbc.sql("""
            select officer_id, count(*) from probation_case where state <> 'CLOSED'
             group by officer_id order by count(*) desc, officer_id limit 1""")
        .query((rs, n) -> new Officer(rs.getObject(1, UUID.class), rs.getLong(2))).single();
    Actor officer = actor(busiest.id());
    Caseload.Result result = as(officer, () -> caseload.find(
        new Caseload.Query(true, null, null, null, false, null), Paging.of(0, 20)));
    assertThat(result.total()).isEqualTo(busiest.open());
    assertThat(result.rows()).allMatch(r -> r.risk() != null);
    mvc.perform(get("/caseload").with(user(JolPrincipal.of(officer)))
        .header("Accept-Language", "ru")).andExpect(status().isOk());

    // every case card of that officer opens, and its evaluation works as of today
    List<UUID> cases = jdbc.sql("select id from probation_case where officer_id = :o")
        .param("o", busiest.id()).query(UUID.class).list();
    for (UUID id : cases) {
      mvc.perform(get("/cases/" + id).with(user(JolPrincipal.of(officer)))
          .header("Accept-Language", "kk")).andExpect(status().isOk());
      as(officer, () -> reintegration.evaluate(id, today));
    }

    // the sweeps find the history consistent: little for today, nothing twice
    long open = jdbc.sql("select count(*) from probation_case where state <> 'CLOSED'")
        .query(Long.class).single();
    ReintegrationSweep.Report risks = reintegrationSweep.sweep();
    assertThat(risks.cases()).isEqualTo((int) open);
    assertThat(risks.raised()).isLessThanOrEqualTo((int) Math.max(3, open / 5));
    assertThat(routing.sweep()).isLessThanOrEqualTo((int) Math.max(5, open / 3));
    SlaSweep.Report sla = slaSweep.sweep();
    assertThat(sla.opened()).isLessThanOrEqualTo((int) open);
    assertThat(slaSweep.sweep().opened()).isZero();
    supervisionSweep.sweep();

    // the indicators over the republic, as the analyst
    Actor analyst = actor(jdbc.sql("select id from app_user where role = 'ANALYST' "
        + "and username like 'analyst.s7.%'").query(UUID.class).single());
    String from = today.minusYears(1).toString();
    String to = today.minusDays(1).toString();
    String control = mvc.perform(get("/api/v1/indicators/control")
            .param("territory", "000000000").param("from", from).param("to", to)
            .with(user(JolPrincipal.of(analyst))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(control).contains("CHECK_INS_ATTENDED");
    String routes = mvc.perform(get("/api/v1/indicators/routes")
            .param("territory", "000000000").param("from", today.minusDays(300).toString())
            .param("to", to).param("groupBy", "domain")
            .with(user(JolPrincipal.of(analyst))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(routes).contains("referrals");
    mvc.perform(get("/statistics").with(user(JolPrincipal.of(analyst)))
        .header("Accept-Language", "ru")).andExpect(status().isOk());

    // a second run of the same seed is refused before it writes anything
    Set<String> before = new HashSet<>(jdbc.sql("select id::text from organisation")
        .query(String.class).list());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new NationalData(dataSource,
            workingDays, matrix.current(), riskRules.current().rules(), clock.getZone(),
            System.out).generate(new NationalData.Settings(SCALE, SEED, today,
            Path.of(System.getProperty("java.io.tmpdir"), "jol-generator-test"), "{noop}x", true, true)))
        .hasMessageContaining("already holds the data of seed 7");
    assertThat(new HashSet<>(jdbc.sql("select id::text from organisation")
        .query(String.class).list())).isEqualTo(before);
  }

  @Test
  void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() throws Exception {
    Map<String, String> first = dryRun(SEED, "a");
    assertThat(first).containsKeys("probation_case", "referral", "supervision_event");
    assertThat(dryRun(SEED, "b")).isEqualTo(first);
    Map<String, String> other = dryRun(SEED + 1, "c");
    assertThat(other.get("person")).isNotEqualTo(first.get("person"));
    assertThat(other.get("probation_case")).isNotEqualTo(first.get("probation_case"));
  }

  private Map<String, String> dryRun(long seed, String folder) throws Exception {
    return new NationalData(dataSource, workingDays, matrix.current(),
        riskRules.current().rules(), clock.getZone(), System.out)
        .generate(new NationalData.Settings(SCALE, seed, today,
            Path.of(System.getProperty("java.io.tmpdir"), "jol-generator-dry-" + folder),
            "{noop}x", false, false)).digests();
  }

  private Actor actor(UUID userId) {
    return jdbc.sql("""
            select id, username, full_name, role, organisation_id, territory_code
              from app_user where id = :id""")
        .param("id", userId)
        .query((rs, n) -> new Actor(rs.getObject(1, UUID.class), rs.getString(2),
            rs.getString(3), Role.valueOf(rs.getString(4)), rs.getObject(5, UUID.class),
            rs.getString(6))).single();
  }

  private static <T> T as(Actor actor, java.util.function.Supplier<T> work) {
    var principal = JolPrincipal.of(actor);
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null,
            principal.getAuthorities()));
    try {
      return work.get();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
