package kz.jol.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.indicators.ComparisonTable.Row;
import kz.jol.indicators.domain.Trend;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.support.CaseloadFixture;
import kz.jol.support.IndicatorFixture;
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
 * Three districts of a fresh region compared in the third quarter of 2021 (a period no other
 * test writes in). Day-180 readings: D1 5 of 5 successful, D2 0 of 5, D3 5 of 10 — ranks 1, 3,
 * 2; the republic 10 of 20. In the second quarter D1 had 0 of 5: the change is +1, better.
 *
 * <p>Every case closes on 31 December 2021, after both quarters.
 *
 * <p>The composite of D1: its only score that differs is SUCCESS_DAY_180 (1.0); every other
 * share is 0 in all three districts (a tie, 0.5 each): EMPLOYED_AT_START and _END (social-legal
 * help, 0.25), ASKED_FOR_HELP and DECLARED_WANTED (control, 0.15), REPEAT_CRIMINAL_OFFENCES and
 * ADMINISTRATIVE_OFFENCES (final results, 0.20), SUCCESS_DAY_180 (reintegration, 0.25); no
 * interaction share. (0.125 + 0.075 + 0.1 + 0.25) / 0.85 = 64.7; SUCCESS_DAY_180 pulls it up
 * 0.25 / 0.85 × 0.5 = 14.7 points. D2 35.3, D3 50: D1 ranks first.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorComparisonTest {

  @Autowired IndicatorComparison comparison;
  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  String region;
  CaseloadFixture d1;
  CaseloadFixture d2;
  CaseloadFixture d3;

  @BeforeAll
  void aRegionOfThreeDistricts() {
    region = freshRegion();
    d1 = new CaseloadFixture(jdbc, users, persons, cases);
    d2 = new CaseloadFixture(jdbc, users, persons, cases);
    d3 = new CaseloadFixture(jdbc, users, persons, cases);
    for (CaseloadFixture d : new CaseloadFixture[] {d1, d2, d3}) {
      jdbc.sql("update territory set parent_code = :r where code = :d").param("r", region)
          .param("d", d.officer.territoryCode()).update();
    }
    readings(d1, LocalDate.of(2021, 2, 1), 5, 5);
    readings(d2, LocalDate.of(2021, 2, 1), 5, 0);
    readings(d3, LocalDate.of(2021, 2, 1), 10, 5);
    readings(d1, LocalDate.of(2020, 12, 1), 5, 0);
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void aFigureBesideThePreviousPeriodTheOtherDistrictsAndTheRepublic() {
    actAs(Role.ANALYST, "000000000");
    ComparisonTable table = comparison.compare(d1.officer.territoryCode(), "2021-Q3", null,
        "2022-01-01", Locale.ENGLISH);
    assertThat(table.previousPeriod()).isEqualTo("2021-Q2");
    assertThat(table.comparedWith()).isEqualTo(3);
    assertThat(row(table, "SUCCESS_DAY_180")).isEqualTo(new Row("SUCCESS_DAY_180",
        "Successful reintegration at day 180", kz.jol.indicators.domain.Block.REINTEGRATION_KPI,
        kz.jol.indicators.domain.Unit.SHARE,
        kz.jol.indicators.domain.Direction.HIGHER_IS_BETTER, FigureTable.Availability.AVAILABLE,
        1.0, false, 0.0, false, 1.0, Trend.BETTER, 1, 3, 0.5, false));
    assertThat(row(comparison.compare(d3.officer.territoryCode(), "2021-Q3", null,
        "2022-01-01", Locale.ENGLISH), "SUCCESS_DAY_180").rank()).isEqualTo(2);
    assertThat(row(table, "PUBLIC_OPINION").rank()).as("no data yet: not ranked").isNull();
  }

  @Test
  void theCompositeSaysWhatPulledItUp() {
    actAs(Role.ANALYST, "000000000");
    ComparisonTable table = comparison.compare(d1.officer.territoryCode(), "2021-Q3", null,
        "2022-01-01", Locale.ENGLISH);
    assertThat(table.composite()).isEqualTo(64.7);
    assertThat(table.compositeRank()).isEqualTo(1);
    assertThat(table.contributions().getFirst().code()).isEqualTo("SUCCESS_DAY_180");
    assertThat(table.contributions().getFirst().contribution()).isEqualTo(14.7);
    assertThat(table.contributions().subList(1, table.contributions().size()))
        .allMatch(c -> c.contribution() == 0.0);
    ComparisonTable second = comparison.compare(d2.officer.territoryCode(), "2021-Q3", null,
        "2022-01-01", Locale.ENGLISH);
    assertThat(second.composite()).isEqualTo(35.3);
    assertThat(second.compositeRank()).isEqualTo(3);
    assertThat(second.contributions().getFirst().contribution()).isEqualTo(-14.7);
  }

  @Test
  void aDistrictHeadSeesTheRankButNotTheOtherDistrictsValues() throws Exception {
    var head = new Actor(UUID.randomUUID(), "head-d2", "Head", Role.PROBATION_HEAD, null,
        d2.officer.territoryCode());
    mvc.perform(get("/api/v1/indicators/comparison").param("period", "2021-Q3")
            .param("block", "REINTEGRATION_KPI").param("asOf", "2022-01-01")
            .with(user(JolPrincipal.of(head))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.territoryCode").value(d2.officer.territoryCode()))
        .andExpect(jsonPath("$.rows[0].code").value("SUCCESS_DAY_180"))
        .andExpect(jsonPath("$.rows[0].value").value(0.0))
        .andExpect(jsonPath("$.rows[0].rank").value(3))
        .andExpect(jsonPath("$.rows[0].ranked").value(3));
    mvc.perform(get("/api/v1/indicators/comparison").param("period", "2021-Q3")
            .param("territory", d1.officer.territoryCode()).with(user(JolPrincipal.of(head))))
        .andExpect(status().isNotFound());
  }

  private void readings(CaseloadFixture d, LocalDate registered, int cases, int successful) {
    IndicatorFixture.readings(jdbc, d, registered, cases, successful, LocalDate.of(2021, 12, 31));
  }

  private String freshRegion() {
    return IndicatorFixture.freshRegion(jdbc, '8', "Сынақ облысы", "Тестовая область",
        "Test region");
  }

  private static Row row(ComparisonTable table, String code) {
    return table.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
  }

  private static void actAs(Role role, String territory) {
    var principal = JolPrincipal.of(new Actor(UUID.randomUUID(), "reader", "Reader", role, null,
        territory));
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null,
            principal.getAuthorities()));
  }
}
