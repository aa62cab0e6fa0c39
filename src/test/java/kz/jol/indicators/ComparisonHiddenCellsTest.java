package kz.jol.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.support.CaseloadFixture;
import kz.jol.support.IndicatorFixture;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Hidden cells in the comparison: the previous period's, the republic's, and a sibling's. A
 * fresh region of three districts in 2007 (a year no other test writes in), day-180 readings:
 *
 * <pre>
 *            2007-Q2        2007-Q3
 * D          3 of 3 (<5)    5 of 10  = 50.0%
 * E          —              1 of 3   (<5)
 * F          —              10 of 10 = 100.0%
 * republic   3 of 3 (<5)    16 of 23 = 69.6%
 * </pre>
 *
 * D in 2007-Q3: the previous value is hidden (not "no value": "<5"), so no change and no trend;
 * E's value is hidden, so E is neither ranked nor counted: D is 2 of 2. D in 2007-Q2: its own
 * value and the republic's are hidden, and it has no rank.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComparisonHiddenCellsTest {

  static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  String d;

  @BeforeAll
  void aRegionOfThreeDistricts() {
    String region = IndicatorFixture.freshRegion(jdbc, '6', "Жасырын облысы",
        "Скрытая область", "Hidden cells region");
    CaseloadFixture dd = district(region);
    CaseloadFixture e = district(region);
    CaseloadFixture f = district(region);
    readings(dd, LocalDate.of(2006, 11, 1), 3, 3);
    readings(dd, LocalDate.of(2007, 2, 1), 10, 5);
    readings(e, LocalDate.of(2007, 2, 1), 3, 1);
    readings(f, LocalDate.of(2007, 2, 1), 10, 10);
    d = dd.officer.territoryCode();
  }

  @Test
  void theApiSaysWhichValuesAreHiddenAndRanksNoHiddenSibling() throws Exception {
    mvc.perform(get("/api/v1/indicators/comparison").param("territory", d)
            .param("period", "2007-Q3").param("block", "REINTEGRATION_KPI").with(analyst()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rows[0].code").value("SUCCESS_DAY_180"))
        .andExpect(jsonPath("$.rows[0].value").value(0.5))
        .andExpect(jsonPath("$.rows[0].hidden").value(false))
        .andExpect(jsonPath("$.rows[0].previousValue").value(Matchers.nullValue()))
        .andExpect(jsonPath("$.rows[0].previousHidden").value(true))
        .andExpect(jsonPath("$.rows[0].change").value(Matchers.nullValue()))
        .andExpect(jsonPath("$.rows[0].trend").value("NONE"))
        .andExpect(jsonPath("$.rows[0].rank").value(2))
        .andExpect(jsonPath("$.rows[0].ranked").value(2))
        .andExpect(jsonPath("$.rows[0].republicHidden").value(false));
    mvc.perform(get("/api/v1/indicators/comparison").param("territory", d)
            .param("period", "2007-Q2").param("block", "REINTEGRATION_KPI").with(analyst()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rows[0].value").value(Matchers.nullValue()))
        .andExpect(jsonPath("$.rows[0].hidden").value(true))
        .andExpect(jsonPath("$.rows[0].rank").value(Matchers.nullValue()))
        .andExpect(jsonPath("$.rows[0].previousHidden").value(false))
        .andExpect(jsonPath("$.rows[0].republicValue").value(Matchers.nullValue()))
        .andExpect(jsonPath("$.rows[0].republicHidden").value(true));
    mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/indicators/comparison'].get.responses['200']"
            + ".content['*/*'].schema['$ref']").value("#/components/schemas/ComparisonTable"))
        .andExpect(jsonPath("$.components.schemas.ComparisonTable.properties.rows.items['$ref']")
            .value("#/components/schemas/ComparisonRow"))
        .andExpect(jsonPath("$.components.schemas.ComparisonRow.properties.previousHidden.type")
            .value("boolean"))
        .andExpect(jsonPath("$.components.schemas.ComparisonRow.properties.republicHidden.type")
            .value("boolean"))
        .andExpect(jsonPath("$.components.schemas.ComparisonRow.properties.hidden.type")
            .value("boolean"));
  }

  @Test
  void theDashboardShowsAHiddenPreviousOrRepublicValueAsBelowTheMinimum() throws Exception {
    List<String> q3 = cells(page("2007-Q3"), "figure-SUCCESS_DAY_180");
    assertThat(q3.get(0)).isEqualTo("50.0%");
    assertThat(q3.get(3)).as("previous").isEqualTo("&lt;5");
    assertThat(q3.get(4)).as("change").isEqualTo("—");
    assertThat(q3.get(5)).as("rank").isEqualTo("2 of 2");
    assertThat(q3.get(6)).as("republic").isEqualTo("69.6%");
    List<String> q2 = cells(page("2007-Q2"), "figure-SUCCESS_DAY_180");
    assertThat(q2.get(0)).isEqualTo("&lt;5");
    assertThat(q2.get(3)).as("previous: no cases, not hidden").isEqualTo("—");
    assertThat(q2.get(5)).as("rank").isEqualTo("—");
    assertThat(q2.get(6)).as("republic").isEqualTo("&lt;5");
  }

  @Test
  void theComparisonWorkbookMarksTheHiddenCells() throws Exception {
    Row q3 = successRow("2007-Q3");
    assertThat(q3.getCell(5).getNumericCellValue()).isEqualTo(0.5);
    assertThat(q3.getCell(6).getStringCellValue()).as("previous").isEqualTo("<5");
    assertThat(q3.getCell(9).getStringCellValue()).as("rank").isEqualTo("2 / 2");
    Row q2 = successRow("2007-Q2");
    assertThat(q2.getCell(5).getStringCellValue()).as("value").isEqualTo("<5");
    assertThat(q2.getCell(6) == null || q2.getCell(6).toString().isEmpty())
        .as("no previous value: empty, not hidden").isTrue();
    assertThat(q2.getCell(10).getStringCellValue()).as("republic").isEqualTo("<5");
  }

  // ------------------------------------------------------------------ helpers

  private Row successRow(String period) throws Exception {
    byte[] file = mvc.perform(get("/api/v1/indicators/comparison.xlsx").param("territory", d)
            .param("period", period).param("block", "REINTEGRATION_KPI").param("lang", "en")
            .with(analyst()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      for (Row row : book.getSheetAt(0)) {
        if (row.getCell(0) != null && "SUCCESS_DAY_180".equals(row.getCell(0).toString())) {
          return row;
        }
      }
    }
    throw new AssertionError("no SUCCESS_DAY_180 row");
  }

  private String page(String period) throws Exception {
    return mvc.perform(get("/indicators").param("territory", d).param("period", period)
            .param("block", "REINTEGRATION_KPI").param("lang", "en").with(analyst()))
        .andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
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

  private CaseloadFixture district(String region) {
    CaseloadFixture f = new CaseloadFixture(jdbc, users, persons, cases);
    jdbc.sql("update territory set parent_code = :r where code = :d").param("r", region)
        .param("d", f.officer.territoryCode()).update();
    return f;
  }

  private void readings(CaseloadFixture f, LocalDate registered, int count, int successful) {
    IndicatorFixture.readings(jdbc, f, registered, count, successful,
        LocalDate.of(2007, 12, 31));
  }

  private static RequestPostProcessor analyst() {
    return user(JolPrincipal.of(new Actor(UUID.randomUUID(), "analyst", "Analyst",
        Role.ANALYST, null, "000000000")));
  }
}
