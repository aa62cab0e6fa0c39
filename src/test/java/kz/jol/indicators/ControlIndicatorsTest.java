package kz.jol.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.CurrentActor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.indicators.ControlTable.Figure;
import kz.jol.indicators.ControlTable.Indicator;
import kz.jol.indicators.ControlTable.Part;
import kz.jol.register.ProbationKind;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.register.domain.Address;
import kz.jol.register.domain.CaseTerms;
import kz.jol.register.domain.LegalBasis;
import kz.jol.register.domain.PersonDetails;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import kz.jol.supervision.CheckInFacts;
import kz.jol.support.Fixtures;
import kz.jol.territory.Territories;
import kz.jol.territory.Territory;
import kz.jol.territory.TerritoryScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Block 2 of the evaluation on a fresh region with two districts, March 2025 the period, every
 * value computed by hand. The same figures are read twice: with a minimum cell of 1 (nothing
 * hidden: the definitions) and with the configured 5 (what a reader sees).
 *
 * <p>District A: eleven cases on the register in March (ten registered in January, one closed on
 * 1 March itself; one closed in February and one registered on 1 April are not). Help asked by
 * six (a0 twice, about documents and housing; a5 on 31 March; a6 on 1 April does not count).
 * Searches: a6 declared in February and found on 5 March, declared again on 20 March and found
 * on 25 March; a7 declared on 2 March and found on 31 March; a8 declared on 10 March and never
 * found; a9 declared on 15 March and found on 1 April (still wanted at the period's end); a1's
 * search ended in February and a2's began on 1 April: neither is in the period. Check-ins due in
 * March: ten attended, two missed (one recorded on 31 March, one flagged by the sweep), one
 * excused, one still awaited; the one of 1 April and the missed one of 28 February do not count.
 * Six violations (one more on 1 April), two warnings, a revocation granted and an extension
 * refused. Police: a talk on 1 March (4 reached) and a joint raid on 31 March (10 reached, 2
 * violations); a visit on 1 April and a lecture on 28 February do not count.
 *
 * <p>District B: three cases; b0 asked about employment on 1 March; b1 declared wanted on 3
 * March, the search ended when the case closed on 20 March; check-ins: two attended, one missed;
 * one violation; a talk (2 reached, 1 violation found).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ControlIndicatorsTest {

  static final LocalDate FROM = LocalDate.of(2025, 3, 1);
  static final LocalDate TO = LocalDate.of(2025, 3, 31);
  static final LocalDate APRIL_1 = LocalDate.of(2025, 4, 1);
  static final LocalDate REGISTERED = LocalDate.of(2025, 1, 10);

  @Autowired ControlIndicators indicators;
  @Autowired Territories territories;
  @Autowired TerritoryScope scope;
  @Autowired CurrentActor currentActor;
  @Autowired CheckInFacts checkInFacts;
  @Autowired IndicatorFacts facts;
  @Autowired Clock clock;
  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  /** The same computation with nothing hidden: the definitions, checked bare. */
  ControlIndicators unhidden;
  String region;
  String a;
  String b;
  UUID officerA;

  @BeforeAll
  void aRegionWithTwoDistrictsAndAMonthOfControl() {
    unhidden = new ControlIndicators(jdbc, territories, scope, currentActor, checkInFacts, facts,
        clock, 1);
    region = Fixtures.territory(jdbc);
    jdbc.sql("update territory set kind = 'REGION' where code = :c").param("c", region).update();
    a = district(region, 1);
    b = district(region, 2);
    districtA();
    districtB();
  }

  private void districtA() {
    officerA = officer(a);
    List<UUID> c = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      c.add(registered(a, officerA, REGISTERED));
    }
    registered(a, officerA, APRIL_1);
    close(registered(a, officerA, LocalDate.of(2024, 6, 1)), LocalDate.of(2025, 2, 20));
    close(registered(a, officerA, LocalDate.of(2024, 6, 1)), FROM);

    event(c.get(0), "HELP_REQUEST", day(3), "DOCUMENTS");
    event(c.get(0), "HELP_REQUEST", day(12), "HOUSING");
    for (int i = 1; i < 5; i++) {
      event(c.get(i), "HELP_REQUEST", day(4 + i), "DOCUMENTS");
    }
    event(c.get(5), "HELP_REQUEST", TO, "HOUSING");
    event(c.get(6), "HELP_REQUEST", APRIL_1, "LEGAL");

    event(c.get(6), "WANTED_DECLARED", LocalDate.of(2025, 2, 10), null);
    event(c.get(6), "WANTED_ENDED", day(5), "DETAINED_BY_POLICE");
    event(c.get(6), "WANTED_DECLARED", day(20), null);
    event(c.get(6), "WANTED_ENDED", day(25), "DETAINED_BY_POLICE");
    event(c.get(7), "WANTED_DECLARED", day(2), null);
    event(c.get(7), "WANTED_ENDED", TO, "CAME_VOLUNTARILY");
    event(c.get(8), "WANTED_DECLARED", day(10), null);
    event(c.get(9), "WANTED_DECLARED", day(15), null);
    event(c.get(9), "WANTED_ENDED", APRIL_1, "FOUND_BY_OFFICER");
    event(c.get(1), "WANTED_DECLARED", LocalDate.of(2025, 1, 5), null);
    event(c.get(1), "WANTED_ENDED", LocalDate.of(2025, 2, 1), "CAME_VOLUNTARILY");
    event(c.get(2), "WANTED_DECLARED", APRIL_1, null);

    checkIn(c.get(0), day(3), "ATTENDED");
    checkIn(c.get(0), day(17), "ATTENDED");
    checkIn(c.get(0), TO, "MISSED");
    checkIn(c.get(0), APRIL_1, "EXPECTED");
    checkIn(c.get(0), LocalDate.of(2025, 2, 28), "MISSED");
    checkIn(c.get(1), day(3), "ATTENDED");
    checkIn(c.get(1), day(17), "FLAGGED_MISSED");
    checkIn(c.get(1), TO, "EXCUSED");
    checkIn(c.get(2), day(5), "ATTENDED");
    checkIn(c.get(2), day(19), "ATTENDED");
    checkIn(c.get(2), TO, "EXPECTED");
    for (int i = 3; i < 8; i++) {
      checkIn(c.get(i), day(10), "ATTENDED");
    }

    for (int i : new int[] {0, 0, 1, 3, 4, 5}) {
      event(c.get(i), "VIOLATION", day(6 + i), "FAILURE_TO_REPORT");
    }
    event(c.get(6), "VIOLATION", APRIL_1, "OTHER");
    event(c.get(0), "WARNING", day(8), null);
    event(c.get(1), "WARNING", day(9), null);
    UUID revoke = event(c.get(4), "COURT_SUBMISSION", day(5), "REVOKE_CONDITIONAL_SENTENCE");
    UUID extend = event(c.get(5), "COURT_SUBMISSION", day(6), "EXTEND_PROBATION");
    event(c.get(4), "COURT_DECISION", day(20), "GRANTED", revoke);
    event(c.get(5), "COURT_DECISION", day(25), "REFUSED", extend);

    UUID precinct = precinct(a);
    measure(precinct, "TALK", FROM, 4, 0);
    measure(precinct, "JOINT_RAID", TO, 10, 2);
    measure(precinct, "VISIT", APRIL_1, 3, 0);
    measure(precinct, "LECTURE", LocalDate.of(2025, 2, 28), 30, 0);
  }

  private void districtB() {
    UUID officer = officer(b);
    List<UUID> c = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      c.add(registered(b, officer, REGISTERED));
    }
    event(c.get(0), "HELP_REQUEST", FROM, "EMPLOYMENT");
    event(c.get(1), "WANTED_DECLARED", day(3), null);
    event(c.get(1), "WANTED_ENDED", day(20), "CASE_CLOSED");
    checkIn(c.get(0), day(4), "ATTENDED");
    checkIn(c.get(0), day(18), "MISSED");
    checkIn(c.get(2), day(4), "ATTENDED");
    event(c.get(2), "VIOLATION", day(18), "CURFEW_BREACH");
    measure(precinct(b), "TALK", day(15), 2, 1);
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void theWholeRegionByDefinition() {
    actAs(analyst("000000000"));
    ControlTable table = unhidden.control(region, FROM, TO, Locale.ENGLISH);
    assertThat(table.figures()).isEqualTo(figures(
        3, null, 16, null, 3, null,
        7, 14, 5, 14,
        3, 6, 1, 6, 2, 6,
        12, 16, 3, 16, 1, 16,
        7, null, 2, null, 2, null, 1, 2));
    assertThat(table.figures().get(Indicator.CHECK_INS_MISSED).share()).isEqualTo(0.188);
    assertThat(table.figures().get(Indicator.DECLARED_WANTED).share()).isEqualTo(0.357);
    assertThat(table.figures().get(Indicator.PREVENTION_MEASURES).share()).isNull();
  }

  @Test
  void eachDistrictByDefinitionWithTheLastDayInAndTheDayAfterOut() {
    actAs(analyst("000000000"));
    ControlTable table = unhidden.control(region, FROM, TO, Locale.ENGLISH);
    assertThat(table.parts()).extracting(Part::territoryCode).containsExactly(a, b);
    // a search declared on 15 March and ended on 1 April is still open at the period's end
    assertThat(table.parts().get(0).figures()).isEqualTo(figures(
        2, null, 14, null, 2, null,
        6, 11, 4, 11,
        3, 5, 0, 5, 2, 5,
        10, 13, 2, 13, 1, 13,
        6, null, 2, null, 2, null, 1, 2));
    assertThat(table.parts().get(1).figures()).isEqualTo(figures(
        1, null, 2, null, 1, null,
        1, 3, 1, 3,
        0, 1, 1, 1, 0, 1,
        2, 3, 1, 3, 0, 3,
        1, null, 0, null, 0, null, 0, 0));
    assertThat(table.parts().get(0).figures().get(Indicator.FOUND).share()).isEqualTo(0.6);
    assertThat(table.parts().get(1).figures().get(Indicator.COURT_DECISIONS_GRANTED).share())
        .as("no decisions: no share").isNull();
  }

  @Test
  void theWholeByKind() {
    actAs(analyst("000000000"));
    ControlTable.Breakdowns by = unhidden.control(region, FROM, TO, Locale.ENGLISH).breakdowns();
    assertThat(by.measuresByKind()).containsExactly(Map.entry("JOINT_RAID", 1L),
        Map.entry("TALK", 2L));
    assertThat(by.foundHow()).containsExactly(Map.entry("CAME_VOLUNTARILY", 1L),
        Map.entry("DETAINED_BY_POLICE", 2L));
    assertThat(by.helpTopics()).containsExactly(Map.entry("DOCUMENTS", 5L),
        Map.entry("EMPLOYMENT", 1L), Map.entry("HOUSING", 2L));
    assertThat(by.submissionsByKind()).containsExactly(Map.entry("EXTEND_PROBATION", 1L),
        Map.entry("REVOKE_CONDITIONAL_SENTENCE", 1L));
    assertThat(by.decisionsByKind()).containsExactly(Map.entry("EXTEND_PROBATION.REFUSED", 1L),
        Map.entry("REVOKE_CONDITIONAL_SENTENCE.GRANTED", 1L));
  }

  @Test
  void aPeriodEndingADayLaterTakesTheFirstOfAprilIn() {
    actAs(analyst("000000000"));
    var figures = unhidden.control(a, FROM, APRIL_1, Locale.ENGLISH).figures();
    // a9 found on 1 April; a2 declared on 1 April opens a sixth search, still open
    assertThat(figures.get(Indicator.FOUND)).isEqualTo(new Figure(4L, 6L, 0.667));
    assertThat(figures.get(Indicator.STILL_WANTED)).isEqualTo(new Figure(2L, 6L, 0.333));
    assertThat(figures.get(Indicator.PREVENTION_MEASURES).numerator()).isEqualTo(3L);
    assertThat(figures.get(Indicator.VIOLATIONS).numerator()).isEqualTo(7L);
    assertThat(figures.get(Indicator.ASKED_FOR_HELP)).isEqualTo(new Figure(7L, 12L, 0.583));
  }

  @Test
  void smallCountsAreHiddenNeverZeroAndSoIsWhatWouldGiveThemBack() {
    actAs(analyst("000000000"));
    ControlTable table = indicators.control(region, FROM, TO, Locale.ENGLISH);
    assertThat(table.minimumCell()).isEqualTo(5);
    var whole = table.figures();
    var partA = table.parts().get(0).figures();
    var partB = table.parts().get(1).figures();
    // measures are not persons
    assertThat(partB.get(Indicator.PREVENTION_MEASURES).numerator()).isEqualTo(1L);
    // 2 persons reached in B is small, and A's 14 would give it back from the 16
    assertThat(partB.get(Indicator.PERSONS_REACHED).numerator()).isNull();
    assertThat(partA.get(Indicator.PERSONS_REACHED).numerator()).isNull();
    assertThat(whole.get(Indicator.PERSONS_REACHED).numerator()).isEqualTo(16L);
    // B's 3 on the register, then A's 11: every share of theirs goes with them
    assertThat(partA.get(Indicator.ASKED_FOR_HELP)).isEqualTo(new Figure(null, null, null));
    assertThat(whole.get(Indicator.ASKED_FOR_HELP)).isEqualTo(new Figure(7L, 14L, 0.5));
    // 3 found of 6, 1 ended otherwise, 2 still wanted: all small, only the 6 is shown
    assertThat(whole.get(Indicator.FOUND)).isEqualTo(new Figure(null, 6L, null));
    assertThat(whole.get(Indicator.STILL_WANTED)).isEqualTo(new Figure(null, 6L, null));
    // 12 of 16 attended would give back the 4 who did not
    assertThat(whole.get(Indicator.CHECK_INS_ATTENDED)).isEqualTo(new Figure(null, 16L, null));
    // A's two warnings are the whole's two: the whole goes too
    assertThat(partA.get(Indicator.WARNINGS).numerator()).isNull();
    assertThat(whole.get(Indicator.WARNINGS).numerator()).isNull();
    assertThat(partB.get(Indicator.WARNINGS).numerator()).as("nobody is nobody").isZero();
    assertThat(whole.get(Indicator.VIOLATIONS).numerator()).isEqualTo(7L);
    assertThat(partA.get(Indicator.VIOLATIONS).numerator()).isNull();

    Map<String, Long> topics = new LinkedHashMap<>();
    topics.put("DOCUMENTS", 5L);
    topics.put("EMPLOYMENT", null);
    topics.put("HOUSING", null);
    assertThat(table.breakdowns().helpTopics()).isEqualTo(topics);
    assertThat(table.breakdowns().foundHow()).as("the found are hidden, so are their ways")
        .containsOnlyKeys("CAME_VOLUNTARILY", "DETAINED_BY_POLICE")
        .allSatisfy((how, count) -> assertThat(count).isNull());
    assertThat(table.breakdowns().measuresByKind()).containsEntry("TALK", 2L);
  }

  @Test
  void theCatalogueFiguresAreTheReportsWithoutWhatTheyDoNotNeed() {
    // The catalogue (ControlComputation) counts only what its four figures depend on; hidden
    // or not, they must be exactly the report's.
    for (ControlIndicators computation : List.of(indicators, unhidden)) {
      for (String code : List.of(region, a, b)) {
        Territory place = territories.find(code).orElseThrow();
        var report = computation.tableOf(place, FROM, TO, Locale.ENGLISH).figures();
        var catalogue = computation.catalogueFiguresOf(place, FROM, TO);
        assertThat(catalogue.keySet()).containsExactlyInAnyOrderElementsOf(
            ControlIndicators.IN_CATALOGUE);
        catalogue.forEach((indicator, figure) ->
            assertThat(figure).as(code + " " + indicator).isEqualTo(report.get(indicator)));
      }
    }
    // and the region's hide something, so the comparison is not only of plain numbers
    assertThat(indicators.catalogueFiguresOf(territories.find(region).orElseThrow(), FROM, TO)
        .get(Indicator.FOUND)).isEqualTo(new Figure(null, 6L, null));
  }

  @Test
  void aHeadSeesTheOwnDistrictAndNothingAbove() {
    actAs(new Actor(UUID.randomUUID(), "head-b", "Head", Role.PROBATION_HEAD, null, b));
    assertThatThrownBy(() -> indicators.control(region, FROM, TO, Locale.ENGLISH))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> indicators.control(a, FROM, TO, Locale.ENGLISH))
        .isInstanceOf(NotFoundException.class);
    ControlTable own = unhidden.control((String) null, FROM, TO, Locale.ENGLISH);
    assertThat(own.territoryCode()).isEqualTo(b);
    assertThat(own.parts()).isEmpty();
    assertThat(own.figures().get(Indicator.DECLARED_WANTED)).isEqualTo(new Figure(1L, 3L, 0.333));
  }

  @Test
  void aPeriodIsLessThanFiveYears() {
    actAs(analyst("000000000"));
    assertThatThrownBy(() -> indicators.control(region, LocalDate.of(2020, 1, 1),
        LocalDate.of(2025, 1, 1), Locale.ENGLISH))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(p -> p.code()).containsExactly("indicators.period-years"));
    assertThat(indicators.control(region, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31),
        Locale.ENGLISH).figures().get(Indicator.PREVENTION_MEASURES).numerator()).isZero();
  }

  @Test
  void theApiAnswersInJsonForTheRolesThatMayAsk() throws Exception {
    var prosecutor = new Actor(UUID.randomUUID(), "pros", "Prosecutor", Role.PROSECUTOR, null,
        "000000000");
    mvc.perform(get("/api/v1/indicators/control").param("territory", region)
            .param("from", "2025-03-01").param("to", "2025-03-31")
            .with(user(JolPrincipal.of(prosecutor))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.territoryCode").value(region))
        .andExpect(jsonPath("$.figures.ASKED_FOR_HELP.numerator").value(7))
        .andExpect(jsonPath("$.figures.ASKED_FOR_HELP.denominator").value(14))
        .andExpect(jsonPath("$.figures.FOUND.numerator").value(nullValue()))
        .andExpect(jsonPath("$.figures.FOUND.denominator").value(6))
        .andExpect(jsonPath("$.parts[0].figures.PREVENTION_MEASURES.numerator").value(2));
    var head = new Actor(UUID.randomUUID(), "head-b2", "Head", Role.PROBATION_HEAD, null, b);
    mvc.perform(get("/api/v1/indicators/control").param("territory", region)
            .param("from", "2025-03-01").param("to", "2025-03-31")
            .with(user(JolPrincipal.of(head))))
        .andExpect(status().isNotFound());
    for (Role role : List.of(Role.PROBATION_OFFICER, Role.AGENCY_HEAD, Role.POLICE_INSPECTOR)) {
      var other = new Actor(UUID.randomUUID(), "other", "Other", role, null, "000000000");
      mvc.perform(get("/api/v1/indicators/control").param("from", "2025-03-01")
              .param("to", "2025-03-31").with(user(JolPrincipal.of(other))))
          .andExpect(status().isForbidden());
    }
  }

  @Test
  void everyWrongParameterIsNamedInTheReadersLanguage() throws Exception {
    mvc.perform(get("/api/v1/indicators/control").param("from", "2025-04-01")
            .param("to", "2025-03-01").param("territory", "99999999x")
            .header("Accept-Language", "ru")
            .with(user(JolPrincipal.of(analyst("000000000")))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("to", "territory")))
        .andExpect(jsonPath("$.errors[?(@.field=='to')].message")
            .value("Период заканчивается раньше, чем начинается."));
    mvc.perform(get("/api/v1/indicators/control").param("from", "2020-01-01")
            .param("to", "2025-06-30").header("Accept-Language", "kk")
            .with(user(JolPrincipal.of(analyst("000000000")))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("indicators.period-years"))
        .andExpect(jsonPath("$.errors[0].message").value("Кезең ең көбі 5 жылды қамтиды."));
    mvc.perform(get("/api/v1/indicators/control").param("to", "31 March")
            .with(user(JolPrincipal.of(analyst("000000000")))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].code").value(containsInAnyOrder("field.required",
            "field.type")));
  }

  // ---- Fixtures

  /** The fifteen indicators' numerators and denominators, in the enum's order. */
  private static Map<Indicator, Figure> figures(Integer... values) {
    Map<Indicator, Figure> figures = new java.util.EnumMap<>(Indicator.class);
    for (Indicator indicator : Indicator.values()) {
      Integer n = values[2 * indicator.ordinal()];
      Integer d = values[2 * indicator.ordinal() + 1];
      Double share = d == null || d == 0 ? null : Math.round(1000.0 * n / d) / 1000.0;
      figures.put(indicator, new Figure(n.longValue(), d == null ? null : d.longValue(), share));
    }
    return figures;
  }

  private static LocalDate day(int march) {
    return LocalDate.of(2025, 3, march);
  }

  private static Actor analyst(String territory) {
    return new Actor(UUID.randomUUID(), "analyst-control", "Analyst", Role.ANALYST, null,
        territory);
  }

  private static void actAs(Actor actor) {
    var principal = JolPrincipal.of(actor);
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null,
            principal.getAuthorities()));
  }

  private String district(String parent, int n) {
    String code = parent.substring(0, 7) + n + "0";
    jdbc.sql("""
            insert into territory (code, parent_code, kind, name_kk, name_ru, name_en)
            values (:code, :parent, 'DISTRICT', :kk, :ru, :en)""")
        .param("code", code).param("parent", parent)
        .param("kk", "Сынақ ауданы " + code).param("ru", "Тестовый район " + code)
        .param("en", "Test district " + code).update();
    return code;
  }

  private UUID officer(String district) {
    UUID unit = Fixtures.organisation(jdbc, "PROBATION_UNIT", district);
    return users.create(new UserAdministration.UserForm(
        "ctl." + UUID.randomUUID().toString().substring(0, 8), "Synthetic Officer",
        Role.PROBATION_OFFICER, unit, district, true, "a-long-password", null)).user().id();
  }

  private UUID registered(String district, UUID officer, LocalDate on) {
    actAs(new Actor(officer, "officer", "Synthetic Officer", Role.PROBATION_OFFICER, null,
        district));
    try {
      var person = persons.create(new PersonService.PersonInput(new PersonDetails(
          Fixtures.unusedIin(jdbc), "Бақылаева", "Әсел", null, "KZ",
          new Address(district, "ул. Тестовая, 3"), null, null, 0, null, null, null, district),
          null, null));
      return cases.create(new CaseService.NewCase(person.id(), ProbationKind.SENTENCE, on,
          new CaseTerms(LegalBasis.CONDITIONAL_SENTENCE, null, on.minusDays(5),
              on.plusYears(2), null), district, null)).id();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private void close(UUID caseId, LocalDate on) {
    jdbc.sql("""
            update probation_case set state = 'CLOSED', outcome = 'TRANSFERRED',
                state_since = :on where id = :id""").param("on", on).param("id", caseId)
        .update();
  }

  private UUID event(UUID caseId, String kind, LocalDate on, String code, UUID... related) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
            insert into supervision_event (id, case_id, kind, day, code, related_ids,
                recorded_by, recorded_at)
            values (:id, :case, :kind, :day, :code, :related, :by, :at)""")
        .param("id", id).param("case", caseId).param("kind", kind).param("day", on)
        .param("code", code).param("related", related).param("by", officerA)
        .param("at", Timestamp.from(Instant.now()))
        .update();
    return id;
  }

  private void checkIn(UUID caseId, LocalDate due, String state) {
    jdbc.sql("""
            insert into expected_check_in (id, case_id, due_on, state)
            values (:id, :case, :due, :state)""")
        .param("id", UUID.randomUUID()).param("case", caseId).param("due", due)
        .param("state", state).update();
  }

  private UUID precinct(String district) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
            insert into precinct (id, police_unit_id, territory_code, number, name, created_at,
                updated_at)
            values (:id, :unit, :territory, '1', 'Synthetic precinct', now(), now())""")
        .param("id", id).param("unit", Fixtures.organisation(jdbc, "POLICE_UNIT", district))
        .param("territory", district).update();
    return id;
  }

  private void measure(UUID precinct, String kind, LocalDate on, int reached, int found) {
    jdbc.sql("""
            insert into prevention_measure (id, precinct_id, kind, held_on, participants,
                findings, persons_reached, found_count, created_by, created_at)
            values (:id, :precinct, :kind, :on, 'Synthetic participants', 'Synthetic findings',
                :reached, :found, :by, now())""")
        .param("id", UUID.randomUUID()).param("precinct", precinct).param("kind", kind)
        .param("on", on).param("reached", reached).param("found", found).param("by", officerA)
        .update();
  }
}
