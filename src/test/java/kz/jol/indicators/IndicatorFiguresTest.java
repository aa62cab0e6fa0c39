package kz.jol.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.indicators.FigureTable.Availability;
import kz.jol.indicators.FigureTable.Figure;
import kz.jol.indicators.domain.Block;
import kz.jol.indicators.domain.Measure;
import kz.jol.indicators.domain.Period;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.support.CaseloadFixture;
import kz.jol.support.Fixtures;
import kz.jol.support.IndicatorFixture;
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
 * Every KPI of the catalogue on a dataset whose expected values are computed by hand. The period
 * is the first quarter of 2025 (1 January to 31 March, Almaty days); three fresh districts.
 *
 * <p>Districts A and B — reintegration at day 180, R3 risks and the day-90 targets; case
 * {@code moved} is transferred from A to B on 15 February.
 *
 * <pre>
 * case        registered  day 180      reading     where on day 180   counts in
 * first       2024-07-05  2025-01-01   successful  A                  A (first day)
 * last        2024-10-02  2025-03-31   failed      A                  A (last day)
 * before      2024-07-04  2024-12-31   successful  A                  nowhere (before)
 * stayed      2024-08-14  2025-02-10   successful  A (moved to B 2-15) A
 * closedEarly 2024-08-24  2025-02-20   —           closed 2025-02-01  nowhere
 * unread      2024-08-09  2025-02-05   none yet    A                  A, not successful
 * moved       2024-09-02  2025-03-01   successful  B (moved 2-15)     B
 * SUCCESS_DAY_180: A 2 / 4 = 0.5; B 1 / 1
 *
 * R3 episodes closed in the period (days): A 2, 5, 9 (the 9 closes on 31 March) — odd, median
 *   5; not counted: closed 2024-12-31, closed 2025-04-01, still open.
 *   B 2, 4, 7, and {@code moved}'s 10 (10 to 20 February, closed after the move to B) — even,
 *   median (4 + 7) / 2 = 5.5.
 *
 * day-90 cohort of A  day 90      LEGAL        HOUSING   ECONOMIC
 * t1 (day 180 = 1 April: not in the day-180 cohort)
 *                     2025-01-01  2 (Dec 20)   2         2
 * t2                  2025-03-31  2 on day 90  1         2
 * t3                  2025-02-10  2 after day 90 (Feb 11)  1  2
 * t4 closed 2025-02-01 before day 90 2025-02-20: not counted
 * t5                  2025-04-01: not counted
 * TARGET_DOCUMENTS_90 2/3, TARGET_HOUSING_90 1/3, TARGET_WORK_90 3/3
 * </pre>
 *
 * <p>District C — closings, offences, court decisions and referrals; every case registered on
 * 2024-06-01 (no day 90 or day 180 in the period).
 *
 * <pre>
 * n1 COMPLETED 2025-01-01, no offence                 ended, clean
 * n2 COMPLETED 2025-03-31, VIOLATION 2025-02-01       ended
 * n3 COMPLETED 2025-02-15, ADMIN_OFFENCE 2024-12-20   ended, clean (last year's)
 * n4 AMNESTY   2025-03-01                             ended, clean
 * n5 NEW_OFFENCE 2025-02-10                           ended; a repeat criminal offence
 * n6 REVOKED   2025-03-10; REPLACE_WITH_IMPRISONMENT granted 2025-03-10    ended
 * n7 TRANSFERRED 2025-02-01                           not counted as ended
 * n8 COMPLETED 2025-04-01, n9 COMPLETED 2024-12-31    not in the period
 * o1 CRIMINAL_OFFENCE 2025-02-05; REVOKE_CONDITIONAL_SENTENCE submitted 02-06, granted 03-01
 * o2 ADMIN_OFFENCE 2025-03-31
 * o3 CRIMINAL_OFFENCE 2025-04-02; REPLACE_WITH_IMPRISONMENT granted 2025-04-03 (after)
 * r  the referrals' case
 * NO_OFFENCE_IN_YEAR 3 / 6 = 0.5
 * on the register in the period: n1..n8, o1..o3, r = 12 (n9 closed before it)
 * REPEAT_CRIMINAL_OFFENCES (o1, n5) 2 / 12; ADMINISTRATIVE_OFFENCES (o2) 1 / 12
 * REVOCATIONS 1, REPLACEMENTS_WITH_IMPRISONMENT 1
 *
 * referral  organisation domain    due (Almaty)        done (Almaty)        SLA
 * x1        X            ECONOMIC  2025-01-01 10:00    2025-01-01 09:00      met
 * x2        X            ECONOMIC  2025-02-10 10:00    2025-02-11 10:00      late
 * x3        X            ECONOMIC  2025-03-31 23:00    2025-03-31 22:00      met
 * x4        X            ECONOMIC  2025-04-01 00:30    2025-03-31 20:00      not due in period
 * y1        Y            HOUSING   2025-02-01 10:00    declined 01-31        not met
 * y2        Y            HOUSING   2025-02-02 10:00    open                  not met
 * y3        Y            HOUSING   2025-02-03 10:00    2025-02-03 09:00      met
 * SLA_COMPLIANCE 3 / 6; ECONOMIC 2 / 3, HOUSING 1 / 3; X 2 / 3, Y 1 / 3
 * SERVICES_DELIVERED (done in the period) x1, x2, x3, x4, y3 = 5: ECONOMIC 4, HOUSING 1
 * INFORMATION_EXCHANGE (sent in the period: each sent 24 hours before its due) x2, x3, x4, y1,
 *   y2, y3 = 6 (x1 was sent on 31 December)
 * </pre>
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorFiguresTest {

  static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
  static final Period Q1 = Period.parse("2025-Q1").orElseThrow();
  static final LocalDate REGISTERED = LocalDate.of(2024, 6, 1);

  @Autowired IndicatorFigures figures;
  @Autowired List<IndicatorComputation> computations;
  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  CaseloadFixture a;
  CaseloadFixture b;
  CaseloadFixture c;
  UUID x;
  UUID y;
  UUID referred;
  int actions;

  @BeforeAll
  void aDatasetComputedByHand() {
    a = new CaseloadFixture(jdbc, users, persons, cases);
    b = new CaseloadFixture(jdbc, users, persons, cases);
    c = new CaseloadFixture(jdbc, users, persons, cases);
    dayOneHundredEighty();
    r3Risks();
    day90Targets();
    closingsAndOffences();
    referrals();
  }

  private void dayOneHundredEighty() {
    reading(a.caseRegistered(LocalDate.of(2024, 7, 5)), LocalDate.of(2025, 1, 1), true);
    reading(a.caseRegistered(LocalDate.of(2024, 10, 2)), LocalDate.of(2025, 3, 31), false);
    reading(a.caseRegistered(LocalDate.of(2024, 7, 4)), LocalDate.of(2024, 12, 31), true);
    UUID stayed = a.caseRegistered(LocalDate.of(2024, 8, 14));
    reading(stayed, LocalDate.of(2025, 2, 10), true);
    transfer(stayed, b, LocalDate.of(2025, 2, 15));
    UUID closedEarly = a.caseRegistered(LocalDate.of(2024, 8, 24));
    close(closedEarly, "COMPLETED", LocalDate.of(2025, 2, 1));
    a.caseRegistered(LocalDate.of(2024, 8, 9));
    UUID moved = a.caseRegistered(LocalDate.of(2024, 9, 2));
    transfer(moved, b, LocalDate.of(2025, 2, 15));
    reading(moved, LocalDate.of(2025, 3, 1), true);
    episode(moved, "HOUSING", LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 20));
  }

  private void r3Risks() {
    UUID r1 = a.caseRegistered(REGISTERED);
    UUID r2 = a.caseRegistered(REGISTERED);
    episode(r1, "HOUSING", LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 12));
    episode(r1, "LEGAL", LocalDate.of(2025, 1, 27), LocalDate.of(2025, 2, 1));
    episode(r2, "HOUSING", LocalDate.of(2025, 3, 22), LocalDate.of(2025, 3, 31));
    episode(r2, "ECONOMIC", LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 31));
    episode(r2, "LEGAL", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1));
    episode(r1, "ECONOMIC", LocalDate.of(2025, 3, 1), null);
    UUID r3 = b.caseRegistered(REGISTERED);
    UUID r4 = b.caseRegistered(REGISTERED);
    episode(r3, "HOUSING", LocalDate.of(2025, 1, 3), LocalDate.of(2025, 1, 5));
    episode(r3, "LEGAL", LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 5));
    episode(r4, "HEALTH", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 8));
  }

  private void day90Targets() {
    UUID t1 = a.caseRegistered(LocalDate.of(2024, 10, 3));
    assess(t1, "LEGAL", 2, LocalDate.of(2024, 12, 20));
    assess(t1, "HOUSING", 2, LocalDate.of(2024, 12, 20));
    assess(t1, "ECONOMIC", 2, LocalDate.of(2024, 12, 20));
    UUID t2 = a.caseRegistered(LocalDate.of(2024, 12, 31));
    assess(t2, "LEGAL", 2, LocalDate.of(2025, 3, 31));
    assess(t2, "HOUSING", 1, LocalDate.of(2025, 3, 1));
    assess(t2, "ECONOMIC", 2, LocalDate.of(2025, 3, 1));
    UUID t3 = a.caseRegistered(LocalDate.of(2024, 11, 12));
    assess(t3, "LEGAL", 2, LocalDate.of(2025, 2, 11));
    assess(t3, "HOUSING", 1, LocalDate.of(2025, 1, 10));
    assess(t3, "ECONOMIC", 2, LocalDate.of(2025, 1, 10));
    UUID t4 = a.caseRegistered(LocalDate.of(2024, 11, 22));
    assess(t4, "LEGAL", 2, LocalDate.of(2025, 1, 10));
    close(t4, "COMPLETED", LocalDate.of(2025, 2, 1));
    UUID t5 = a.caseRegistered(LocalDate.of(2025, 1, 1));
    assess(t5, "LEGAL", 2, LocalDate.of(2025, 1, 10));
  }

  private void closingsAndOffences() {
    close(c.caseRegistered(REGISTERED), "COMPLETED", LocalDate.of(2025, 1, 1));
    UUID n2 = c.caseRegistered(REGISTERED);
    supervision(n2, "VIOLATION", LocalDate.of(2025, 2, 1), "FAILURE_TO_REPORT", null);
    close(n2, "COMPLETED", LocalDate.of(2025, 3, 31));
    UUID n3 = c.caseRegistered(REGISTERED);
    supervision(n3, "ADMIN_OFFENCE", LocalDate.of(2024, 12, 20), null, null);
    close(n3, "COMPLETED", LocalDate.of(2025, 2, 15));
    close(c.caseRegistered(REGISTERED), "AMNESTY", LocalDate.of(2025, 3, 1));
    close(c.caseRegistered(REGISTERED), "NEW_OFFENCE", LocalDate.of(2025, 2, 10));
    UUID n6 = c.caseRegistered(REGISTERED);
    UUID s6 = supervision(n6, "COURT_SUBMISSION", LocalDate.of(2025, 2, 20),
        "REPLACE_WITH_IMPRISONMENT", null);
    supervision(n6, "COURT_DECISION", LocalDate.of(2025, 3, 10), "GRANTED", s6);
    close(n6, "REVOKED", LocalDate.of(2025, 3, 10));
    close(c.caseRegistered(REGISTERED), "TRANSFERRED", LocalDate.of(2025, 2, 1));
    close(c.caseRegistered(REGISTERED), "COMPLETED", LocalDate.of(2025, 4, 1));
    close(c.caseRegistered(REGISTERED), "COMPLETED", LocalDate.of(2024, 12, 31));
    UUID o1 = c.caseRegistered(REGISTERED);
    supervision(o1, "CRIMINAL_OFFENCE", LocalDate.of(2025, 2, 5), null, null);
    UUID s1 = supervision(o1, "COURT_SUBMISSION", LocalDate.of(2025, 2, 6),
        "REVOKE_CONDITIONAL_SENTENCE", null);
    supervision(o1, "COURT_DECISION", LocalDate.of(2025, 3, 1), "GRANTED", s1);
    supervision(c.caseRegistered(REGISTERED), "ADMIN_OFFENCE", LocalDate.of(2025, 3, 31), null,
        null);
    UUID o3 = c.caseRegistered(REGISTERED);
    supervision(o3, "CRIMINAL_OFFENCE", LocalDate.of(2025, 4, 2), null, null);
    UUID s3 = supervision(o3, "COURT_SUBMISSION", LocalDate.of(2025, 3, 20),
        "REPLACE_WITH_IMPRISONMENT", null);
    supervision(o3, "COURT_DECISION", LocalDate.of(2025, 4, 3), "GRANTED", s3);
  }

  private void referrals() {
    String district = c.officer.territoryCode();
    x = Fixtures.organisation(jdbc, "EMPLOYMENT_CENTRE", district);
    y = Fixtures.organisation(jdbc, "CRISIS_CENTRE", district);
    referred = c.caseRegistered(REGISTERED);
    referral(x, "ECONOMIC", almaty(2025, 1, 1, 10, 0), almaty(2025, 1, 1, 9, 0), "DONE");
    referral(x, "ECONOMIC", almaty(2025, 2, 10, 10, 0), almaty(2025, 2, 11, 10, 0), "DONE");
    referral(x, "ECONOMIC", almaty(2025, 3, 31, 23, 0), almaty(2025, 3, 31, 22, 0), "DONE");
    referral(x, "ECONOMIC", almaty(2025, 4, 1, 0, 30), almaty(2025, 3, 31, 20, 0), "DONE");
    referral(y, "HOUSING", almaty(2025, 2, 1, 10, 0), almaty(2025, 1, 31, 10, 0), "DECLINED");
    referral(y, "HOUSING", almaty(2025, 2, 2, 10, 0), null, null);
    referral(y, "HOUSING", almaty(2025, 2, 3, 10, 0), almaty(2025, 2, 3, 9, 0), "DONE");
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  // ---- The table

  Stream<Arguments> handComputed() {
    return Stream.of(
        // district, code, numerator, denominator, value
        Arguments.of("A", "SUCCESS_DAY_180", 2L, 4L, 0.5),
        Arguments.of("B", "SUCCESS_DAY_180", 1L, 1L, 1.0),
        Arguments.of("A", "R3_MEDIAN_DAYS_TO_CLOSE", null, 3L, 5.0),
        Arguments.of("B", "R3_MEDIAN_DAYS_TO_CLOSE", null, 4L, 5.5),
        Arguments.of("A", "TARGET_DOCUMENTS_90", 2L, 3L, 0.667),
        Arguments.of("A", "TARGET_HOUSING_90", 1L, 3L, 0.333),
        Arguments.of("A", "TARGET_WORK_90", 3L, 3L, 1.0),
        Arguments.of("B", "TARGET_WORK_90", 0L, 0L, null),
        Arguments.of("C", "NO_OFFENCE_IN_YEAR", 3L, 6L, 0.5),
        Arguments.of("C", "SLA_COMPLIANCE", 3L, 6L, 0.5),
        Arguments.of("C", "REPEAT_CRIMINAL_OFFENCES", 2L, 12L, 0.167),
        Arguments.of("C", "ADMINISTRATIVE_OFFENCES", 1L, 12L, 0.083),
        Arguments.of("C", "REVOCATIONS", 1L, null, 1.0),
        Arguments.of("C", "REPLACEMENTS_WITH_IMPRISONMENT", 1L, null, 1.0),
        Arguments.of("C", "SERVICES_DELIVERED", 5L, null, 5.0),
        Arguments.of("C", "INFORMATION_EXCHANGE", 6L, null, 6.0));
  }

  @ParameterizedTest(name = "{0} {1} = {2} / {3} = {4}")
  @MethodSource("handComputed")
  void everyKpiAsComputedByHand(String district, String code, Long numerator, Long denominator,
      Double value) {
    Measure m = raw(district(district), Q1).get(code);
    assertThat(m.numerator()).as("numerator").isEqualTo(numerator);
    assertThat(m.denominator()).as("denominator").isEqualTo(denominator);
    assertThat(m.value()).as("value").isEqualTo(value);
  }

  @Test
  void slaComplianceByDomainAndByOrganisation() {
    Measure sla = raw(c.officer.territoryCode(), Q1).get("SLA_COMPLIANCE");
    assertThat(sla.parts()).containsExactlyInAnyOrder(
        new Measure.Part("domain", "ECONOMIC", 2L, 3L, 0.667),
        new Measure.Part("domain", "HOUSING", 1L, 3L, 0.333),
        new Measure.Part("organisation", x.toString(), 2L, 3L, 0.667),
        new Measure.Part("organisation", y.toString(), 1L, 3L, 0.333));
  }

  @Test
  void servicesDeliveredByType() {
    Measure services = raw(c.officer.territoryCode(), Q1).get("SERVICES_DELIVERED");
    assertThat(services.parts()).extracting(Measure.Part::key, Measure.Part::numerator)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("LEGAL", 0L),
            org.assertj.core.groups.Tuple.tuple("HOUSING", 1L),
            org.assertj.core.groups.Tuple.tuple("ECONOMIC", 4L),
            org.assertj.core.groups.Tuple.tuple("HEALTH", 0L),
            org.assertj.core.groups.Tuple.tuple("INSTITUTIONAL", 0L));
  }

  @Test
  void aShorterPeriodCountsOnlyItsDays() {
    // February alone: in A the day-180 cases of 5 and 10 February; in C the referrals due then
    Period feb = Period.parse("2025-02").orElseThrow();
    assertThat(raw(a.officer.territoryCode(), feb).get("SUCCESS_DAY_180"))
        .extracting(Measure::numerator, Measure::denominator).containsExactly(1L, 2L);
    assertThat(raw(c.officer.territoryCode(), feb).get("SLA_COMPLIANCE"))
        .extracting(Measure::numerator, Measure::denominator).containsExactly(1L, 4L);
  }

  // ---- Through the service: scope, availability, small cells

  @Test
  void theFiguresOfABlockWithNoDataYetAreNeverZero() {
    actAs(analyst("000000000"));
    FigureTable results = figures.figures(c.officer.territoryCode(), Q1, Block.FINAL_RESULTS,
        LocalDate.of(2025, 6, 1), Locale.ENGLISH);
    Figure opinion = figure(results, "PUBLIC_OPINION");
    assertThat(opinion.availability()).isEqualTo(Availability.NO_DATA_YET);
    assertThat(opinion.numerator()).isNull();
    assertThat(opinion.value()).isNull();
    // Block 3 is fed by the interaction registry: a district with no joint event has 0 of them.
    FigureTable table = figures.figures(c.officer.territoryCode(), Q1, Block.INTERACTION,
        LocalDate.of(2025, 6, 1), Locale.ENGLISH);
    assertThat(figure(table, "JOINT_EVENTS").availability()).isEqualTo(Availability.AVAILABLE);
    assertThat(figure(table, "JOINT_EVENTS").numerator()).isZero();
    assertThat(figure(table, "INFORMATION_EXCHANGE").availability())
        .isEqualTo(Availability.AVAILABLE);
    assertThat(figure(table, "INFORMATION_EXCHANGE").numerator()).isEqualTo(6L);
  }

  @Test
  void smallCountsAreHiddenAndSaySo() {
    actAs(analyst("000000000"));
    FigureTable table = figures.figures(c.officer.territoryCode(), Q1, null,
        LocalDate.of(2025, 6, 1), Locale.ENGLISH);
    Figure revocations = figure(table, "REVOCATIONS");
    assertThat(revocations.numerator()).isNull();
    assertThat(revocations.hidden()).isTrue();
    Figure criminal = figure(table, "REPEAT_CRIMINAL_OFFENCES");
    assertThat(criminal.numerator()).as("2 of 12").isNull();
    assertThat(criminal.denominator()).isEqualTo(12L);
    assertThat(figure(table, "SLA_COMPLIANCE").denominator()).isEqualTo(6L);
    assertThat(figure(table, "SLA_COMPLIANCE").numerator()).as("3 of 6").isNull();
  }

  @Test
  void asOfADayInsideThePeriodCountsUpToIt() {
    actAs(analyst("000000000"));
    FigureTable table = figures.figures(c.officer.territoryCode(), Q1, Block.REINTEGRATION_KPI,
        LocalDate.of(2025, 2, 28), Locale.ENGLISH);
    assertThat(table.to()).isEqualTo(LocalDate.of(2025, 2, 28));
    // n1, n3, n5 ended by then: n1 and n3 clean
    Measure m = raw(c.officer.territoryCode(), Q1.first(), LocalDate.of(2025, 2, 28), Q1.last())
        .get("NO_OFFENCE_IN_YEAR");
    assertThat(m.numerator()).isEqualTo(2L);
    assertThat(m.denominator()).isEqualTo(3L);
  }

  @Test
  void aTerritoryOutsideTheReadersIsNotFound() throws Exception {
    String other = Fixtures.territory(jdbc);
    mvc.perform(get("/api/v1/indicators/figures").param("period", "2025-Q1")
            .param("territory", a.officer.territoryCode())
            .with(user(JolPrincipal.of(new Actor(UUID.randomUUID(), "head-x", "Head",
                Role.PROBATION_HEAD, null, other)))))
        .andExpect(status().isNotFound());
  }

  @Test
  void theApiAnswersInTheReadersLanguageAndNamesEveryWrongParameter() throws Exception {
    mvc.perform(get("/api/v1/indicators/figures").param("period", "2025-Q1")
            .param("territory", c.officer.territoryCode()).param("block", "FINAL_RESULTS")
            .param("asOf", "2025-06-01").header("Accept-Language", "ru")
            .with(user(JolPrincipal.of(analyst("000000000")))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.figures[0].code").value("REPEAT_CRIMINAL_OFFENCES"))
        .andExpect(jsonPath("$.figures[0].name").value("Повторные преступления"))
        .andExpect(jsonPath("$.figures[0].denominator").value(12));
    mvc.perform(get("/api/v1/indicators/figures").param("period", "2025-Q5")
            .param("block", "MOOD").param("asOf", "2999-01-01").param("territory", "12")
            .with(user(JolPrincipal.of(analyst("000000000")))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].code").value(containsInAnyOrder(
            "indicators.period-format", "indicators.block-unknown", "indicators.as-of-future",
            "indicators.territory-unknown")));
    mvc.perform(get("/api/v1/indicators/figures").param("period", "2025-Q1")
            .with(user(JolPrincipal.of(new Actor(UUID.randomUUID(), "officer-x", "Officer",
                Role.PROBATION_OFFICER, null, a.officer.territoryCode())))))
        .andExpect(status().isForbidden());
  }

  // ---- As-of stability

  @Test
  void aPastPeriodKeepsItsFiguresUnlessDataDatedInsideItArrives() {
    CaseloadFixture s = new CaseloadFixture(jdbc, users, persons, cases);
    CaseloadFixture elsewhere = new CaseloadFixture(jdbc, users, persons, cases);
    String district = s.officer.territoryCode();
    UUID read = s.caseRegistered(LocalDate.of(2024, 8, 1));
    reading(read, LocalDate.of(2025, 1, 28), true);
    UUID risky = s.caseRegistered(REGISTERED);
    episode(risky, "HOUSING", LocalDate.of(2025, 1, 5), LocalDate.of(2025, 1, 15));
    UUID ended = s.caseRegistered(REGISTERED);
    close(ended, "COMPLETED", LocalDate.of(2025, 2, 1));
    UUID onRegister = s.caseRegistered(REGISTERED);
    assess(onRegister, "ECONOMIC", 2, LocalDate.of(2025, 1, 10));
    Map<String, Measure> before = raw(district, Q1);
    actAs(analyst("000000000"));
    FigureTable shownBefore = figures.figures(district, Q1, null, LocalDate.of(2025, 6, 1),
        Locale.ENGLISH);

    // later-dated data: the day-180 case moves away in May, the risky case gets a new R3 in
    // April, the register case closes in April with an offence, a new assessment in April
    transfer(read, elsewhere, LocalDate.of(2025, 5, 10));
    episode(risky, "LEGAL", LocalDate.of(2025, 4, 2), LocalDate.of(2025, 4, 9));
    supervision(onRegister, "CRIMINAL_OFFENCE", LocalDate.of(2025, 4, 3), null, null);
    close(onRegister, "NEW_OFFENCE", LocalDate.of(2025, 4, 20));
    assess(onRegister, "ECONOMIC", 0, LocalDate.of(2025, 4, 21));
    s.caseRegistered(LocalDate.of(2025, 4, 2));
    assertThat(raw(district, Q1)).isEqualTo(before);
    actAs(analyst("000000000"));
    assertThat(figures.figures(district, Q1, null, LocalDate.of(2025, 6, 1), Locale.ENGLISH))
        .isEqualTo(shownBefore);

    // data dated inside the period: an R3 episode closed in March, an offence in February
    episode(risky, "ECONOMIC", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 4));
    supervision(onRegister, "ADMIN_OFFENCE", LocalDate.of(2025, 2, 14), null, null);
    Map<String, Measure> after = raw(district, Q1);
    assertThat(after.get("R3_MEDIAN_DAYS_TO_CLOSE").denominator()).isEqualTo(2L);
    assertThat(after.get("R3_MEDIAN_DAYS_TO_CLOSE").value()).isEqualTo(6.5);
    assertThat(before.get("R3_MEDIAN_DAYS_TO_CLOSE").value()).isEqualTo(10.0);
    assertThat(after.get("ADMINISTRATIVE_OFFENCES").numerator())
        .isEqualTo(before.get("ADMINISTRATIVE_OFFENCES").numerator() + 1);
    assertThat(after.get("SUCCESS_DAY_180")).isEqualTo(before.get("SUCCESS_DAY_180"));
  }

  @Test
  void controlWithThePoliceCountsACaseWhereItWasInThePeriod() {
    CaseloadFixture p = new CaseloadFixture(jdbc, users, persons, cases);
    CaseloadFixture q = new CaseloadFixture(jdbc, users, persons, cases);
    List<UUID> asked = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      UUID id = p.caseRegistered(REGISTERED);
      supervision(id, "HELP_REQUEST", LocalDate.of(2025, 2, 3), "HOUSING", null);
      asked.add(id);
    }
    String district = p.officer.territoryCode();
    Measure before = raw(district, Q1).get("ASKED_FOR_HELP");
    assertThat(before.numerator()).isEqualTo(6L);
    assertThat(before.denominator()).isEqualTo(6L);

    transfer(asked.getFirst(), q, LocalDate.of(2025, 5, 4));
    assertThat(raw(district, Q1).get("ASKED_FOR_HELP")).isEqualTo(before);
    assertThat(raw(q.officer.territoryCode(), Q1).get("ASKED_FOR_HELP").denominator())
        .as("moved after the period").isZero();
    assertThat(raw(q.officer.territoryCode(), Period.parse("2025-05").orElseThrow())
        .get("ASKED_FOR_HELP").denominator()).as("there in May").isNull();
  }

  // ---- Fixtures

  @Test
  void manyTerritoriesAtOnceGiveWhatEachGivesAlone() {
    // The grouped pass (comparison, bar chart, benchmark) against one call per territory, with
    // the case moved from A to B in the period and the republic holding every test's data.
    List<String> codes = List.of(district("A"), district("B"), district("C"), "000000000");
    actAs(analyst("000000000"));
    try {
      Map<String, FigureTable> together = figures.figuresOfEach(codes, Q1, null,
          LocalDate.of(2025, 6, 1), Locale.ENGLISH);
      assertThat(together.keySet()).containsExactlyElementsOf(codes);
      for (String code : codes) {
        assertThat(together.get(code)).as(code).isEqualTo(
            figures.figures(code, Q1, null, LocalDate.of(2025, 6, 1), Locale.ENGLISH));
      }
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  @Test
  void oneFigureAloneIsTheFigureOfTheWholeTable() {
    // The dashboard's line computes the chosen indicator alone for each period.
    actAs(analyst("000000000"));
    try {
      for (String code : List.of(district("A"), district("B"), "000000000")) {
        FigureTable table = figures.figures(code, Q1, null, null, Locale.ENGLISH);
        for (FigureTable.Figure f : table.figures()) {
          assertThat(figures.figure(code, Q1, f.code(), Locale.ENGLISH)).as(code + " " + f.code())
              .isEqualTo(f);
        }
      }
      assertThatThrownBy(() -> figures.figure(district("A"), Q1, "NO_SUCH_CODE", Locale.ENGLISH))
          .isInstanceOf(kz.jol.shared.NotFoundException.class);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  @Test
  void theOnePassViewsHoldTheSameRowsAsTheContractsTheyReplace() {
    // V152's views against reintegration's and routing's contract views, on every test's data.
    String episodes = """
        select count(*) from (
          (select case_id, domain, opened_on, closed_on from indicators_r3_episodes
           except all
           select case_id, domain, opened_on, closed_on from reintegration_r3_episodes)
          union all
          (select case_id, domain, opened_on, closed_on from reintegration_r3_episodes
           except all
           select case_id, domain, opened_on, closed_on from indicators_r3_episodes)) d""";
    String moments = """
        select count(*) from (
          (select referral_id, case_id, domain, organisation_id, due_at, sent_at, done_at
             from indicators_referral_moments
           except all
           select referral_id, case_id, domain, organisation_id, due_at, sent_at, done_at
             from routing_referral_facts)
          union all
          (select referral_id, case_id, domain, organisation_id, due_at, sent_at, done_at
             from routing_referral_facts
           except all
           select referral_id, case_id, domain, organisation_id, due_at, sent_at, done_at
             from indicators_referral_moments)) d""";
    assertThat(jdbc.sql("select count(*) from reintegration_r3_episodes").query(Long.class)
        .single()).isPositive();
    assertThat(jdbc.sql("select count(*) from routing_referral_facts where done_at is not null")
        .query(Long.class).single()).isPositive();
    assertThat(jdbc.sql(episodes).query(Long.class).single()).isZero();
    assertThat(jdbc.sql(moments).query(Long.class).single()).isZero();
  }

  private String district(String name) {
    return switch (name) {
      case "A" -> a.officer.territoryCode();
      case "B" -> b.officer.territoryCode();
      default -> c.officer.territoryCode();
    };
  }

  private Map<String, Measure> raw(String district, Period period) {
    return raw(district, period.first(), period.last(), period.last());
  }

  /** Every registered computation's raw figures, before any small cell is hidden. */
  private Map<String, Measure> raw(String district, LocalDate from, LocalDate to,
      LocalDate last) {
    actAs(analyst("000000000"));
    var scope = new IndicatorComputation.Scope(district, List.of(district), from, to, last,
        Locale.ENGLISH);
    Map<String, Measure> all = new HashMap<>();
    for (IndicatorComputation c : computations) {
      all.putAll(c.compute(scope, c.codes()));
    }
    SecurityContextHolder.clearContext();
    return all;
  }

  private static Figure figure(FigureTable table, String code) {
    return table.figures().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
  }

  private static Actor analyst(String territory) {
    return new Actor(UUID.randomUUID(), "analyst-kpis", "Analyst", Role.ANALYST, null,
        territory);
  }

  private static void actAs(Actor actor) {
    var principal = JolPrincipal.of(actor);
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null,
            principal.getAuthorities()));
  }

  private static Instant almaty(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(ALMATY).toInstant();
  }

  /** The register moves the case: its territory changes with the row's updated_at that day. */
  private void transfer(UUID caseId, CaseloadFixture to, LocalDate on) {
    jdbc.sql("""
            update probation_case set territory_code = :territory, updated_at = :at
             where id = :id""")
        .param("territory", to.officer.territoryCode())
        .param("at", Timestamp.from(on.atTime(12, 0).atZone(ALMATY).toInstant()))
        .param("id", caseId).update();
  }

  private void close(UUID caseId, String outcome, LocalDate on) {
    jdbc.sql("""
            update probation_case set state = 'CLOSED', outcome = :outcome, state_since = :on
             where id = :id""")
        .param("outcome", outcome).param("on", on).param("id", caseId).update();
  }

  private void reading(UUID caseId, LocalDate on, boolean successful) {
    jdbc.sql("""
            insert into official_reading (case_id, taken_on, legal_score, housing_score,
                economic_score, health_score, institutional_score, integral_index, successful,
                critical_failures, recorded_at)
            values (:case, :on, :s, :s, :s, :s, :s, :index, :successful, '', now())""")
        .param("case", caseId).param("on", on).param("s", successful ? 2 : 1)
        .param("index", successful ? 10 : 5).param("successful", successful).update();
  }

  private UUID supervision(UUID caseId, String kind, LocalDate day, String code, UUID related) {
    return IndicatorFixture.supervisionEvent(jdbc, caseId, kind, day, code, related);
  }

  /** A referral sent 24 hours before it is due, ended ({@code end}) at {@code ended}. */
  private void referral(UUID organisation, String domain, Instant due, Instant ended,
      String end) {
    UUID id = UUID.randomUUID();
    Instant sent = due.minusSeconds(24 * 3600);
    String state = end == null ? "SENT" : end;
    jdbc.sql("""
            insert into referral (id, case_id, domain, action_code, action_kk, action_ru,
                action_en, organisation_id, priority, created_by, created_at, due_at, state,
                state_at, outcome, evidence)
            values (:id, :case, :domain, :code, 'Әрекет', 'Действие', 'Action', :org, 'NORMAL',
                :by, :created, :due, :state, :stateAt, :outcome, :evidence)""")
        .param("id", id).param("case", referred).param("domain", domain)
        .param("code", "KPI_" + (++actions)).param("org", organisation)
        .param("by", c.officer.userId()).param("created", Timestamp.from(sent))
        .param("due", Timestamp.from(due)).param("state", state)
        .param("stateAt", Timestamp.from(ended == null ? sent : ended))
        .param("outcome", end == null ? null : "Synthetic outcome")
        .param("evidence", "DONE".equals(end) ? "Synthetic evidence" : null)
        .update();
    event(id, null, "SENT", sent);
    if (end != null) {
      event(id, "SENT", end, ended);
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

  private void change(UUID caseId, String domain, String risk, LocalDate on) {
    jdbc.sql("""
            insert into domain_risk_change (case_id, domain, risk, on_day, recorded_at)
            values (:case, :domain, :risk, :on, now())""")
        .param("case", caseId).param("domain", domain).param("risk", risk).param("on", on)
        .update();
  }

  private void assess(UUID caseId, String domain, int score, LocalDate on) {
    IndicatorFixture.assessment(jdbc, caseId, domain, score, a.officer.userId(), on);
  }
}
