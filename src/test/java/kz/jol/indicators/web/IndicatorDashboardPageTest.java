package kz.jol.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.support.CaseloadFixture;
import kz.jol.support.Fixtures;
import kz.jol.support.IndicatorFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard page over a fresh region of two districts in the third quarter of 2013 (a
 * period no other test writes in): D1 has 10 of 10 cases successful at day 180, D2 5 of 10 (no count below the minimum
 * cell of 5, so nothing is hidden).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorDashboardPageTest {

  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  String region;
  CaseloadFixture d1;
  CaseloadFixture d2;

  @BeforeAll
  void aRegionOfTwoDistricts() {
    region = freshRegion();
    d1 = new CaseloadFixture(jdbc, users, persons, cases);
    d2 = new CaseloadFixture(jdbc, users, persons, cases);
    for (CaseloadFixture d : new CaseloadFixture[] {d1, d2}) {
      jdbc.sql("update territory set parent_code = :r where code = :d").param("r", region)
          .param("d", d.officer.territoryCode()).update();
    }
    readings(d1, LocalDate.of(2013, 2, 1), 10, 10);
    readings(d2, LocalDate.of(2013, 2, 1), 10, 5);
  }

  @ParameterizedTest
  @CsvSource({"kk, Тиімділікті бағалау панелі, Әзірге деректер жоқ",
      "ru, Панель оценки эффективности, Данных пока нет",
      "en, Evaluation dashboard, No data yet"})
  void theRegionInTheReadersLanguageWithItsDistrictsCompared(String lang, String title,
      String noData) throws Exception {
    String page = page(analyst("000000000"), lang, "territory", region, "period", "2013-Q3",
        "block", "REINTEGRATION_KPI", "indicator", "SUCCESS_DAY_180");
    assertThat(page).contains("<h1>" + title + "</h1>");
    assertThat(cells(page, "figure-SUCCESS_DAY_180")).startsWith("75.0%", "15 / 20");
    assertThat(cells(page, "child-" + d1.officer.territoryCode())).containsExactly("100.0%");
    assertThat(cells(page, "child-" + d2.officer.territoryCode())).containsExactly("50.0%");
    assertThat(page).contains("territory=" + d1.officer.territoryCode());
    assertThat(page).contains("<title id=\"bars-svg-title\">");
    assertThat(page).doesNotContain("href=\"/cases", "href=\"/persons");
    // public opinion has no data in Jol yet: never shown as zero
    String results = page(analyst("000000000"), lang, "territory", region, "period",
        "2013-Q3", "block", "FINAL_RESULTS");
    assertThat(cells(results, "figure-PUBLIC_OPINION")).startsWith(noData, "—");
  }

  @Test
  void aDistrictHeadCannotOpenTheOtherDistrict() throws Exception {
    Actor head = new Actor(UUID.randomUUID(), "head-d2", "Head", Role.PROBATION_HEAD, null,
        d2.officer.territoryCode());
    mvc.perform(get("/indicators").param("territory", d1.officer.territoryCode())
            .param("period", "2013-Q3").with(user(JolPrincipal.of(head))))
        .andExpect(status().isNotFound());
    mvc.perform(get("/indicators").param("territory", region).param("period", "2013-Q3")
            .with(user(JolPrincipal.of(head))))
        .andExpect(status().isNotFound());
    mvc.perform(get("/indicators").param("period", "2013-Q3").with(user(JolPrincipal.of(head))))
        .andExpect(status().isOk());
  }

  @Test
  void aSmallCellIsShownAsBelowTheMinimumWithALegend() throws Exception {
    String small = freshRegion();
    CaseloadFixture d = new CaseloadFixture(jdbc, users, persons, cases);
    jdbc.sql("update territory set parent_code = :r where code = :d").param("r", small)
        .param("d", d.officer.territoryCode()).update();
    readings(d, LocalDate.of(2013, 2, 1), 3, 3);
    String page = page(analyst("000000000"), "en", "territory", small, "period", "2013-Q3",
        "block", "REINTEGRATION_KPI", "indicator", "SUCCESS_DAY_180");
    assertThat(cells(page, "figure-SUCCESS_DAY_180")).startsWith("&lt;5", "&lt;5 / &lt;5");
    assertThat(cells(page, "child-" + d.officer.territoryCode())).containsExactly("&lt;5");
    assertThat(page).contains("A count below 5 people is shown as");
    assertThat(page).doesNotContain("100.0%");
  }

  /**
   * SLA compliance by organisation in 2015-Q2 (a quarter no other test writes in), one case of a
   * district of a fresh region referred to four organisations, all in ECONOMIC, every referral
   * done (on time: by its due moment; late: a day after):
   *
   * <pre>
   * organisation  due  on time  late   shown
   * X              12        7     5   7 / 12 = 58.3%
   * Y              10       10     0   10 / 10 = 100.0%
   * Z               3        2     1   hidden: 3 is below the minimum cell of 5
   * W               2        0     2   hidden: 2 is below it too
   * whole          27       19     8   19 / 27 = 70.4%
   * </pre>
   *
   * Two small organisations hide each other: with Z alone hidden, X's, Y's and the whole's
   * figures would give it back, and the column rule would take Y with it.
   */
  @Test
  void slaComplianceByOrganisationWithTheSmallOrganisationsHidden() throws Exception {
    String own = freshRegion();
    CaseloadFixture d = new CaseloadFixture(jdbc, users, persons, cases);
    jdbc.sql("update territory set parent_code = :r where code = :d").param("r", own)
        .param("d", d.officer.territoryCode()).update();
    UUID referred = d.caseRegistered(LocalDate.of(2015, 1, 10));
    String district = d.officer.territoryCode();
    UUID x = Fixtures.organisation(jdbc, "EMPLOYMENT_CENTRE", district, "Х жұмыспен қамту",
        "Центр занятости Х", "Employment centre X", "ул. Тестовая, 1", "+7 700 000 0001");
    UUID y = Fixtures.organisation(jdbc, "EMPLOYMENT_CENTRE", district, "Y жұмыспен қамту",
        "Центр занятости Y", "Employment centre Y", "ул. Тестовая, 2", "+7 700 000 0002");
    UUID z = Fixtures.organisation(jdbc, "NGO", district, "Z қоры", "Фонд Z", "Foundation Z",
        "ул. Тестовая, 3", "+7 700 000 0003");
    UUID w = Fixtures.organisation(jdbc, "NGO", district, "W қоры", "Фонд W", "Foundation W",
        "ул. Тестовая, 4", "+7 700 000 0004");
    referrals(d, referred, x, 7, 5);
    referrals(d, referred, y, 10, 0);
    referrals(d, referred, z, 2, 1);
    referrals(d, referred, w, 0, 2);
    jdbc.sql("""
            update probation_case set state = 'CLOSED', outcome = 'COMPLETED',
                state_since = :closed where id = :id""")
        .param("closed", LocalDate.of(2015, 12, 31)).param("id", referred).update();

    String page = page(analyst("000000000"), "en", "territory", own, "period", "2015-Q2",
        "block", "REINTEGRATION_KPI", "indicator", "SLA_COMPLIANCE");
    assertThat(cells(page, "figure-SLA_COMPLIANCE")).startsWith("70.4%", "19 / 27");
    assertThat(page).contains("By organisation: SLA compliance");
    assertThat(cells(page, "organisation-" + x)).containsExactly("58.3%", "7 / 12");
    assertThat(cells(page, "organisation-" + y)).containsExactly("100.0%", "10 / 10");
    assertThat(cells(page, "organisation-" + z)).containsExactly("&lt;5", "&lt;5 / &lt;5");
    assertThat(cells(page, "organisation-" + w)).containsExactly("&lt;5", "&lt;5 / &lt;5");
    assertThat(page).contains("Employment centre X", "Foundation Z")
        .doesNotContain("2 / 3", "66.7%", "0 / 2");
    String russian = page(analyst("000000000"), "ru", "territory", own, "period", "2015-Q2",
        "block", "REINTEGRATION_KPI", "indicator", "SLA_COMPLIANCE");
    assertThat(russian).contains("Центр занятости Х", "По организациям");
  }

  /** {@code onTime} referrals done an hour before their due moment, {@code late} a day after. */
  private void referrals(CaseloadFixture d, UUID caseId, UUID organisation, int onTime,
      int late) {
    for (int i = 0; i < onTime + late; i++) {
      Instant due = LocalDate.of(2015, 4, 6).plusDays(i).atTime(12, 0)
          .atZone(ZoneId.of("Asia/Almaty")).toInstant();
      IndicatorFixture.referralDone(jdbc, caseId, d.officer.userId(), organisation,
          "ECONOMIC", due, i < onTime ? due.minusSeconds(3600) : due.plusSeconds(24 * 3600));
    }
  }

  @ParameterizedTest
  @CsvSource({"kk, Кезеңді 2026", "ru, Укажите период", "en, Write a period"})
  void aBadPeriodIsRefusedBesideTheFieldInTheReadersLanguage(String lang, String start)
      throws Exception {
    String html = mvc.perform(get("/indicators").param("period", "2026-Q5")
            .param("lang", lang).with(user(JolPrincipal.of(analyst("000000000")))))
        .andExpect(status().isBadRequest())
        .andReturn().getResponse().getContentAsString();
    assertThat(html).contains("aria-invalid=\"true\"", "value=\"2026-Q5\"");
    assertThat(html).containsPattern("<li id=\"error-dashboard-period\">" + start);
  }

  /** The texts of the cells ({@code td}) of the row with this id. */
  private static List<String> cells(String html, String rowId) {
    Matcher row = Pattern.compile("<tr[^>]*id=\"" + Pattern.quote(rowId) + "\"[^>]*>(.*?)</tr>",
        Pattern.DOTALL).matcher(html);
    assertThat(row.find()).as(rowId).isTrue();
    Matcher td = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row.group(1));
    List<String> cells = new ArrayList<>();
    while (td.find()) {
      cells.add(td.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip());
    }
    return cells;
  }

  private String page(Actor actor, String lang, String... params) throws Exception {
    var request = get("/indicators").param("lang", lang).with(user(JolPrincipal.of(actor)));
    for (int i = 0; i < params.length; i += 2) {
      request = request.param(params[i], params[i + 1]);
    }
    return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();
  }

  private static Actor analyst(String territory) {
    return new Actor(UUID.randomUUID(), "analyst", "Analyst", Role.ANALYST, null, territory);
  }

  private void readings(CaseloadFixture d, LocalDate registered, int count, int successful) {
    IndicatorFixture.readings(jdbc, d, registered, count, successful, LocalDate.of(2013, 12, 31));
  }

  private String freshRegion() {
    return IndicatorFixture.freshRegion(jdbc, '7', "Тақта облысы", "Область панели",
        "Dashboard region");
  }
}
