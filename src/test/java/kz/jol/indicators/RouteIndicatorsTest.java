package kz.jol.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.indicators.RouteTable.Grouping;
import kz.jol.indicators.RouteTable.R3Row;
import kz.jol.indicators.RouteTable.Row;
import kz.jol.indicators.RouteTable.Target;
import kz.jol.indicators.RouteTable.TargetRow;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import kz.jol.support.CaseloadFixture;
import kz.jol.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Route KPIs on referrals and risk histories written with known moments in a fresh district, so
 * that every median, percentile and share below is computed by hand. February 2025 in Almaty
 * (UTC+5) is the period.
 *
 * <p>Organisation A (employment centre, ECONOMIC): eight referrals in the period — hours to
 * accept 2, 3, 4, 6, 8, 12 (median 5, 90th percentile 8 + 0.5 × 4 = 10); closed after 1, 10,
 * 20, 30, 36, 40 hours (median 25); seven count for the SLA (the eighth is not due yet), three
 * were done in time (3/7). Two more lie just outside the period. Organisation B (crisis
 * centre, HOUSING): five referrals accepted after 1, 2, 3, 5, 9 hours (median 3, 90th percentile
 * 5 + 0.6 × 4 = 7.4), done after 11, 12, 13, 15, 19 hours (median 13), all in time.
 * Organisation C (public service centre, LEGAL): two open referrals, a small cell.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteIndicatorsTest {

  static final LocalDate FROM = LocalDate.of(2025, 2, 1);
  static final LocalDate TO = LocalDate.of(2025, 2, 28);
  static final Instant FAR = Instant.parse("2099-01-01T00:00:00Z");

  @Autowired RouteIndicators indicators;
  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  CaseloadFixture caseload;
  String district;
  UUID a;
  UUID b;
  UUID c;
  UUID referredCase;
  int actions;

  @BeforeAll
  void referralsAndRisksWithKnownMoments() {
    caseload = new CaseloadFixture(jdbc, users, persons, cases);
    district = caseload.officer.territoryCode();
    a = Fixtures.organisation(jdbc, "EMPLOYMENT_CENTRE", district);
    b = Fixtures.organisation(jdbc, "CRISIS_CENTRE", district);
    c = Fixtures.organisation(jdbc, "PUBLIC_SERVICE_CENTRE", district);
    referredCase = caseload.caseRegistered(LocalDate.of(2025, 1, 10));

    Instant t = Instant.parse("2025-02-10T04:00:00Z");
    referral(a, "ECONOMIC", t, hours(t, 24), 2.0, "DONE", 10.0);
    referral(a, "ECONOMIC", t, hours(t, 24), 4.0, "DONE", 30.0);
    referral(a, "ECONOMIC", t, hours(t, 48), 6.0, "IMPOSSIBLE", 20.0);
    referral(a, "ECONOMIC", t, hours(t, 24), null, "DECLINED", 1.0);
    referral(a, "ECONOMIC", t, hours(t, 48), 8.0, "DONE", 40.0);
    referral(a, "ECONOMIC", t, hours(t, 24 * 7), 12.0, "DONE", 36.0);
    referral(a, "ECONOMIC", t, hours(t, 48), 3.0, null, null);
    // 23:30 on the last day in Almaty: inside the period, and not due yet
    referral(a, "ECONOMIC", Instant.parse("2025-02-28T18:30:00Z"), FAR, null, null, null);
    // 23:30 the day before and 00:30 the day after: outside
    referral(a, "ECONOMIC", Instant.parse("2025-01-31T18:30:00Z"), FAR, 100.0, null, null);
    referral(a, "ECONOMIC", Instant.parse("2025-02-28T19:30:00Z"), FAR, 100.0, null, null);
    double[][] crisis = {{1, 11}, {2, 12}, {3, 13}, {5, 15}, {9, 19}};
    for (double[] hours : crisis) {
      referral(b, "HOUSING", t, hours(t, 48), hours[0], "DONE", hours[1]);
    }
    referral(c, "LEGAL", t, FAR, null, null, null);
    referral(c, "LEGAL", t, FAR, null, null, null);

    List<UUID> risky = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      risky.add(caseload.caseRegistered(LocalDate.of(2025, 1, 2)));
    }
    // HOUSING: six episodes closed in February, 2, 3, 5, 8, 13 and 21 days long (median 6.5,
    // the 21 began in January); one closed in March and one never: still open on 28 February
    int[][] housing = {{3, 5}, {1, 4}, {10, 15}, {12, 20}, {1, 14}};
    for (int i = 0; i < housing.length; i++) {
      episode(risky.get(i), "HOUSING", feb(housing[i][0]), feb(housing[i][1]));
    }
    episode(risky.get(5), "HOUSING", LocalDate.of(2025, 1, 20), feb(10));
    episode(risky.get(6), "HOUSING", feb(20), LocalDate.of(2025, 3, 3));
    episode(risky.get(7), "HOUSING", feb(25), null);
    // ECONOMIC: five closed, 1, 1, 2, 10, 30 days (median 2; the 30 began in January)
    episode(risky.get(0), "ECONOMIC", feb(1), feb(2));
    episode(risky.get(1), "ECONOMIC", feb(5), feb(6));
    episode(risky.get(2), "ECONOMIC", feb(5), feb(7));
    episode(risky.get(3), "ECONOMIC", feb(5), feb(15));
    episode(risky.get(4), "ECONOMIC", LocalDate.of(2025, 1, 20), feb(19));
    // LEGAL: one closed in February (4 days, a small cell) after one wholly in January
    episode(risky.get(0), "LEGAL", LocalDate.of(2025, 1, 5), LocalDate.of(2025, 1, 20));
    episode(risky.get(0), "LEGAL", feb(8), feb(12));

    day90Targets();
  }

  /**
   * Ten cases reach day 90 in February (one on 1 February itself): Documents closed in five
   * (one of them on day 90 itself; a sixth was reopened before day 90, a seventh closed after
   * it), Housing in seven, Work in all ten. One case reaches day 90 on 1 March, one ended
   * before day 90: neither counts.
   */
  private void day90Targets() {
    List<UUID> cohort = new ArrayList<>();
    cohort.add(caseload.caseRegistered(LocalDate.of(2024, 11, 3)));
    for (int i = 1; i < 10; i++) {
      cohort.add(caseload.caseRegistered(LocalDate.of(2024, 11, 15)));
    }
    LocalDate jan10 = LocalDate.of(2025, 1, 10);
    assess(cohort.get(0), "LEGAL", 2, feb(1));
    for (int i = 1; i < 5; i++) {
      assess(cohort.get(i), "LEGAL", 2, jan10);
    }
    assess(cohort.get(5), "LEGAL", 2, LocalDate.of(2025, 1, 5));
    assess(cohort.get(5), "LEGAL", 1, LocalDate.of(2025, 1, 20));
    assess(cohort.get(6), "LEGAL", 2, feb(20));
    for (int i = 0; i < 7; i++) {
      assess(cohort.get(i), "HOUSING", 2, jan10);
    }
    for (UUID c : cohort) {
      assess(c, "ECONOMIC", 2, jan10);
    }
    UUID later = caseload.caseRegistered(LocalDate.of(2024, 12, 1));
    UUID ended = caseload.caseRegistered(LocalDate.of(2024, 11, 15));
    for (UUID c : List.of(later, ended)) {
      for (String domain : List.of("LEGAL", "HOUSING", "ECONOMIC")) {
        assess(c, domain, 2, jan10);
      }
    }
    jdbc.sql("""
            update probation_case set state = 'CLOSED', outcome = 'TRANSFERRED',
                state_since = '2025-01-20' where id = :id""").param("id", ended).update();
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void anOrganisationsFiguresAreItsReferralsMedianPercentileAndShare() {
    actAs(analyst("000000000"));
    RouteTable table = indicators.routes(FROM, TO, district, Grouping.ORGANISATION, Locale.ENGLISH);
    assertThat(table.rows()).extracting(Row::key)
        .containsExactlyInAnyOrder(a.toString(), b.toString(), c.toString());
    assertThat(row(table, a)).isEqualTo(new Row(a.toString(), row(table, a).name(), 8L, 6L, 5.0,
        10.0, 6L, 25.0, 7L, 3L, 0.429));
    assertThat(row(table, a).name()).startsWith("Test organisation");
  }

  @Test
  void aSmallCellAndTheCellThatWouldGiveItBackAreHidden() {
    actAs(analyst("000000000"));
    RouteTable table = indicators.routes(FROM, TO, district, Grouping.ORGANISATION, Locale.ENGLISH);
    Row empty = new Row(null, null, null, null, null, null, null, null, null, null, null);
    assertThat(row(table, c)).as("two referrals").usingRecursiveComparison()
        .ignoringFields("key", "name").isEqualTo(empty);
    assertThat(row(table, b)).as("five, but the total would give the two back")
        .usingRecursiveComparison().ignoringFields("key", "name").isEqualTo(empty);
    assertThat(table.total().referrals()).isEqualTo(15L);
    assertThat(table.total().accepted()).as("total minus A would give B's back").isNull();
  }

  @Test
  void anAgencyHeadSeesOnlyTheOwnOrganisationAndNoRiskFigures() {
    actAs(new Actor(UUID.randomUUID(), "head-b", "Head", Role.AGENCY_HEAD, b, district));
    RouteTable table = indicators.routes(FROM, TO, null, Grouping.ORGANISATION, Locale.ENGLISH);
    assertThat(table.rows()).extracting(Row::key).containsExactly(b.toString());
    assertThat(table.rows().getFirst()).isEqualTo(new Row(b.toString(),
        table.rows().getFirst().name(), 5L, 5L, 3.0, 7.4, 5L, 13.0, 5L, 5L, 1.0));
    assertThat(table.organisationId()).isEqualTo(b);
    assertThat(table.r3Risks()).isNull();
    assertThat(table.targets90()).isNull();
  }

  @Test
  void byDomainEveryDomainIsARow() {
    actAs(new Actor(UUID.randomUUID(), "head-a", "Head", Role.AGENCY_HEAD, a, "000000000"));
    RouteTable table = indicators.routes(FROM, TO, district, Grouping.DOMAIN, Locale.ENGLISH);
    assertThat(table.rows()).extracting(Row::key)
        .containsExactly("LEGAL", "HOUSING", "ECONOMIC", "HEALTH", "INSTITUTIONAL");
    assertThat(table.rows().get(2).medianHoursToClose()).isEqualTo(25.0);
    assertThat(table.rows().get(0).referrals()).as("C's are not A's").isZero();
  }

  Stream<Arguments> r3ByDomain() {
    return Stream.of(
        Arguments.of("HOUSING", 6L, 6.5, null),
        Arguments.of("ECONOMIC", null, null, 0L),
        Arguments.of("LEGAL", null, null, 0L),
        Arguments.of("HEALTH", 0L, null, 0L));
  }

  @ParameterizedTest(name = "{0}: {1} closed, median {2} days, {3} still open")
  @MethodSource("r3ByDomain")
  void theTimeToCloseAnR3RiskPerDomain(String domain, Long closed, Double median, Long open) {
    actAs(new Actor(UUID.randomUUID(), "head-p", "Head", Role.PROBATION_HEAD, null, district));
    RouteTable table = indicators.routes(FROM, TO, null, Grouping.DOMAIN, Locale.ENGLISH);
    R3Row r3 = table.r3Risks().stream().filter(r -> r.domain().equals(domain)).findFirst()
        .orElseThrow();
    assertThat(r3).isEqualTo(new R3Row(domain, closed, median, open));
  }

  @Test
  void theTotalMedianTimeToCloseAnR3Risk() {
    actAs(analyst("000000000"));
    RouteTable table = indicators.routes(FROM, TO, district, Grouping.DOMAIN, Locale.ENGLISH);
    // 1, 1, 2, 2, 3, 4, 5, 8, 10, 13, 21, 30: the two hidden cells are not given back
    assertThat(table.r3Total()).isEqualTo(new R3Row(null, 12L, 4.5, null));
  }

  Stream<Arguments> day90() {
    return Stream.of(
        Arguments.of(Target.DOCUMENTS, 5L, 0.5),
        Arguments.of(Target.HOUSING, null, null),
        Arguments.of(Target.WORK, 10L, 1.0),
        Arguments.of(Target.ALL_THREE, 5L, 0.5));
  }

  @ParameterizedTest(name = "{0}: {1} of 10")
  @MethodSource("day90")
  void theShareOfCasesReachingTheDay90Targets(Target target, Long reached, Double share) {
    actAs(analyst("000000000"));
    RouteTable table = indicators.routes(FROM, TO, district, Grouping.DOMAIN, Locale.ENGLISH);
    // Housing 7 of 10 is hidden: the three who did not reach it are a small cell
    assertThat(table.targets90()).contains(new TargetRow(target, 10L, reached, share));
  }

  @Test
  void aProbationHeadOfAnotherTerritorySeesNothingOfThisOne() {
    String elsewhere = Fixtures.territory(jdbc);
    actAs(new Actor(UUID.randomUUID(), "head-x", "Head", Role.PROBATION_HEAD, null, elsewhere));
    assertThatThrownBy(
        () -> indicators.routes(FROM, TO, district, Grouping.ORGANISATION, Locale.ENGLISH))
        .isInstanceOf(NotFoundException.class);
    RouteTable own = indicators.routes(FROM, TO, null, Grouping.ORGANISATION, Locale.ENGLISH);
    assertThat(own.rows()).isEmpty();
    assertThat(own.total().referrals()).isZero();
  }

  @Test
  void theApiAnswersInJsonWithTheSameFigures() throws Exception {
    var prosecutor = new Actor(UUID.randomUUID(), "pros", "Prosecutor", Role.PROSECUTOR, null,
        "000000000");
    mvc.perform(get("/api/v1/indicators/routes").param("from", "2025-02-01")
            .param("to", "2025-02-28").param("territory", district).param("groupBy", "domain")
            .with(user(JolPrincipal.of(prosecutor))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.groupBy").value("DOMAIN"))
        .andExpect(jsonPath("$.rows[2].key").value("ECONOMIC"))
        .andExpect(jsonPath("$.rows[2].p90HoursToAccept").value(10.0))
        .andExpect(jsonPath("$.rows[2].slaCompliance").value(0.429))
        .andExpect(jsonPath("$.r3Total.medianDaysToClose").value(4.5));
    var officer = new Actor(UUID.randomUUID(), "off", "Officer", Role.PROBATION_OFFICER, null,
        district);
    mvc.perform(get("/api/v1/indicators/routes").param("from", "2025-02-01")
            .param("to", "2025-02-28").with(user(JolPrincipal.of(officer))))
        .andExpect(status().isForbidden());
  }

  @Test
  void everyWrongParameterIsNamedAtOnce() throws Exception {
    mvc.perform(get("/api/v1/indicators/routes").param("from", "2025-03-01")
            .param("to", "2025-02-01").param("territory", "99999999x").param("groupBy", "person")
            .with(user(JolPrincipal.of(analyst("000000000")))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("to", "territory",
            "groupBy")))
        .andExpect(jsonPath("$.errors[*].code").value(containsInAnyOrder(
            "indicators.period-order", "indicators.territory-unknown", "indicators.group-by")));
    mvc.perform(get("/api/v1/indicators/routes").param("to", "1 March")
            .with(user(JolPrincipal.of(analyst("000000000")))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].code").value(containsInAnyOrder("field.required",
            "field.type")));
  }

  @Test
  void aPeriodIsAtMostAYear() {
    actAs(analyst("000000000"));
    assertThatThrownBy(() -> indicators.routes(LocalDate.of(2024, 1, 1),
        LocalDate.of(2025, 1, 1), district, Grouping.DOMAIN, Locale.ENGLISH))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(p -> p.code()).containsExactly("indicators.period-too-long"));
    assertThat(indicators.routes(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), district,
        Grouping.DOMAIN, Locale.ENGLISH).rows()).hasSize(5);
  }

  // ---- Fixtures

  private static Actor analyst(String territory) {
    return new Actor(UUID.randomUUID(), "analyst-routes", "Analyst", Role.ANALYST, null,
        territory);
  }

  private static Row row(RouteTable table, UUID organisation) {
    return table.rows().stream().filter(r -> r.key().equals(organisation.toString()))
        .findFirst().orElseThrow();
  }

  private static LocalDate feb(int day) {
    return LocalDate.of(2025, 2, day);
  }

  private static Instant hours(Instant from, double hours) {
    return from.plus(Duration.ofMinutes(Math.round(hours * 60)));
  }

  private static void actAs(Actor actor) {
    var principal = JolPrincipal.of(actor);
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null,
            principal.getAuthorities()));
  }

  /**
   * A referral sent at {@code created}, accepted after {@code acceptHours} (or never), and ended
   * in {@code end} after {@code endHours} (or still open: in progress when accepted).
   */
  private void referral(UUID organisation, String domain, Instant created, Instant due,
      Double acceptHours, String end, Double endHours) {
    UUID id = UUID.randomUUID();
    String state = end != null ? end : acceptHours != null ? "IN_PROGRESS" : "SENT";
    Instant stateAt = end != null ? hours(created, endHours)
        : acceptHours != null ? hours(created, acceptHours + 0.5) : created;
    jdbc.sql("""
            insert into referral (id, case_id, domain, action_code, action_kk, action_ru,
                action_en, organisation_id, priority, created_by, created_at, due_at, state,
                state_at, outcome, evidence)
            values (:id, :case, :domain, :code, 'Әрекет', 'Действие', 'Action', :org, 'NORMAL',
                :by, :created, :due, :state, :stateAt, :outcome, :evidence)""")
        .param("id", id).param("case", referredCase).param("domain", domain)
        .param("code", "KPI_" + (++actions)).param("org", organisation)
        .param("by", caseload.officer.userId()).param("created", Timestamp.from(created))
        .param("due", Timestamp.from(due)).param("state", state)
        .param("stateAt", Timestamp.from(stateAt))
        .param("outcome", end == null ? null : "Synthetic outcome")
        .param("evidence", "DONE".equals(end) ? "Synthetic evidence" : null)
        .update();
    event(id, null, "SENT", created);
    String last = "SENT";
    if (acceptHours != null) {
      event(id, "SENT", "ACCEPTED", hours(created, acceptHours));
      event(id, "ACCEPTED", "IN_PROGRESS", hours(created, acceptHours + 0.5));
      last = "IN_PROGRESS";
    }
    if (end != null) {
      event(id, last, end, hours(created, endHours));
      if ("DONE".equals(end)) {
        // the officer's confirmation later does not move the moment it was done
        event(id, "DONE", "DONE", hours(created, endHours + 100));
      }
    }
  }

  private void event(UUID referral, String from, String to, Instant at) {
    jdbc.sql("""
            insert into referral_event (referral_id, from_state, to_state, at)
            values (:id, :from, :to, :at)""")
        .param("id", referral).param("from", from).param("to", to)
        .param("at", Timestamp.from(at)).update();
  }

  /** A domain at R3 from {@code opened}, and lower (R1) from {@code closed} unless null. */
  private void episode(UUID caseId, String domain, LocalDate opened, LocalDate closed) {
    change(caseId, domain, "R2", opened.minusDays(1));
    change(caseId, domain, "R3", opened);
    if (closed != null) {
      change(caseId, domain, "R1", closed);
    }
  }

  private void assess(UUID caseId, String domain, int score, LocalDate on) {
    jdbc.sql("""
            insert into domain_assessment (case_id, domain, score, evidence, assessed_by,
                assessed_on, recorded_at)
            values (:case, :domain, :score, 'Synthetic evidence', :by, :on, now())""")
        .param("case", caseId).param("domain", domain).param("score", score)
        .param("by", caseload.officer.userId()).param("on", on).update();
  }

  private void change(UUID caseId, String domain, String risk, LocalDate on) {
    jdbc.sql("""
            insert into domain_risk_change (case_id, domain, risk, on_day, recorded_at)
            values (:case, :domain, :risk, :on, now())""")
        .param("case", caseId).param("domain", domain).param("risk", risk).param("on", on)
        .update();
  }
}
