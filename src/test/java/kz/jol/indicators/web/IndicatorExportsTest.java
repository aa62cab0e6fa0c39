package kz.jol.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.support.CaseloadFixture;
import kz.jol.support.IndicatorFixture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The exports read back: XLSX with POI, PDF with PDFBox, CSV as text, each against the JSON API
 * for the same parameters. A fresh region of four districts in 2012-Q3, a quarter no other test
 * uses, so the republic's figures of other tests stay theirs (day-180 readings: D1 5
 * of 5 successful, D2 0 of 5, D3 5 of 10, D4 1 of 3 — too few, hidden), as of 2013-01-01.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorExportsTest {

  static final String PERIOD = "2012-Q3";
  static final String AS_OF = "2013-01-01";
  static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  String region;
  List<CaseloadFixture> districts = new ArrayList<>();

  @BeforeAll
  void aRegionOfFourDistricts() {
    region = freshRegion();
    int[][] readings = {{5, 5}, {5, 0}, {10, 5}, {3, 1}};
    for (int[] r : readings) {
      var d = new CaseloadFixture(jdbc, users, persons, cases);
      jdbc.sql("update territory set parent_code = :r where code = :d").param("r", region)
          .param("d", d.officer.territoryCode()).update();
      readings(d, LocalDate.of(2012, 2, 1), r[0], r[1]);
      districts.add(d);
    }
  }

  @Test
  void theFiguresWorkbookCarriesTheJsonValuesInKazakhAndRussian() throws Exception {
    for (String lang : List.of("kk", "ru")) {
      for (String territory : List.of(region, district(3))) {
        List<Map<String, Object>> json = figuresJson(territory, lang);
        byte[] file = mvc.perform(export("/api/v1/indicators/figures.xlsx", territory, lang))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", XLSX))
            .andExpect(header().string("Content-Disposition",
                org.hamcrest.Matchers.startsWith("attachment; filename*=UTF-8''")))
            .andReturn().getResponse().getContentAsByteArray();
        String name = java.net.URLDecoder.decode(mvc.perform(export(
                "/api/v1/indicators/figures.xlsx", territory, lang)).andReturn().getResponse()
            .getHeader("Content-Disposition").substring("attachment; filename*=UTF-8''"
                .length()), StandardCharsets.UTF_8);
        assertThat(name).endsWith(PERIOD + ".xlsx").contains(lang.equals("kk") ? "Көрсеткіштер"
            : "Показатели");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
          Sheet sheet = book.getSheetAt(0);
          String title = text(sheet, 0, 0) + " " + text(sheet, 1, 0);
          assertThat(title).contains(lang.equals("kk")
              ? List.of("Тиімділік көрсеткіштері", "Аумақ:") : List.of("Показатели эффективности",
                  "Территория:"));
          assertThat(text(sheet, 2, 0)).contains(PERIOD);
          assertThat(text(sheet, 4, 0)).contains("01.01.2013");
          Map<String, Row> rows = rowsByCode(sheet, 0);
          assertThat(rows.keySet()).containsAll(json.stream().map(f -> (String) f.get("code"))
              .toList());
          for (Map<String, Object> f : json) {
            assertRow(rows.get((String) f.get("code")), 4, f, lang);
          }
        }
      }
    }
  }

  @Test
  void aHiddenCellNeverCarriesTheRawCount() throws Exception {
    byte[] file = mvc.perform(export("/api/v1/indicators/figures.xlsx", district(3), "kk")
            .param("block", "REINTEGRATION_KPI"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Row success = rowsByCode(book.getSheetAt(0), 0).get("SUCCESS_DAY_180");
      assertThat(List.of(text(success, 5), text(success, 6), text(success, 7)))
          .containsOnly("<5");
      for (Cell c : success) {
        assertThat(c.getCellType()).isEqualTo(CellType.STRING);
        assertThat(c.getStringCellValue()).doesNotContain("3").doesNotContain("0.333");
      }
    }
    String pdf = pdfText(mvc.perform(export("/api/v1/indicators/figures.pdf", district(3), "kk")
            .param("block", "REINTEGRATION_KPI"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/pdf"))
        .andReturn().getResponse().getContentAsByteArray());
    assertThat(pdf).contains("Тиімділік көрсеткіштері", "<5", "жасырылған");
    assertThat(pdf).doesNotContain("0.333").doesNotContain("0,333");
  }

  @Test
  void thePdfSaysNoDataYetInWordsAndCarriesTheValues() throws Exception {
    for (String lang : List.of("kk", "ru")) {
      String pdf = pdfText(mvc.perform(export("/api/v1/indicators/figures.pdf", district(0),
              lang))
          .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
      List<Map<String, Object>> json = figuresJson(district(0), lang);
      Map<String, Object> success = json.stream()
          .filter(f -> f.get("code").equals("SUCCESS_DAY_180")).findFirst().orElseThrow();
      assertThat(success.get("value")).isEqualTo(1.0);
      assertThat(pdf).contains("SUCCESS_DAY_180 " + success.get("name"));
      assertThat(pdf).contains(lang.equals("kk") ? "Әзірге деректер жоқ" : "Данных пока нет");
      assertThat(pdf).contains(lang.equals("kk") ? "Күйі: 01.01.2013" : "По состоянию на: 01.01.2013");
      // PUBLIC_OPINION has no data: its name and "no data yet", then the next row, no value
      String publicOpinion = pdf.substring(pdf.indexOf("PUBLIC_OPINION"));
      assertThat(publicOpinion.substring(0, publicOpinion.indexOf(lang.equals("kk")
          ? "Әзірге деректер жоқ" : "Данных пока нет"))).doesNotContain(" 0 ");
    }
  }

  @Test
  void theComparisonWorkbookCarriesTheJsonRows() throws Exception {
    String body = mvc.perform(get("/api/v1/indicators/comparison").param("territory",
            district(0)).param("period", PERIOD).param("asOf", AS_OF)
            .header("Accept-Language", "ru").with(analyst()))
        .andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    List<Map<String, Object>> json = JsonPath.read(body, "$.rows");
    byte[] file = mvc.perform(export("/api/v1/indicators/comparison.xlsx", district(0), "ru"))
        .andExpect(status().isOk()).andExpect(header().string("Content-Type", XLSX))
        .andReturn().getResponse().getContentAsByteArray();
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(text(sheet, 0, 0)).isEqualTo("Сравнение показателей эффективности");
      Map<String, Row> rows = rowsByCode(sheet, 0);
      for (Map<String, Object> r : json) {
        Row row = rows.get((String) r.get("code"));
        assertThat(row).as((String) r.get("code")).isNotNull();
        if ("NO_DATA_YET".equals(r.get("availability"))) {
          assertThat(text(row, 4)).isEqualTo("Данных пока нет");
          assertThat(text(row, 5)).isEmpty();
          continue;
        }
        assertNumber(row, 5, r.get("value"));
        assertNumber(row, 6, r.get("previousValue"));
        assertNumber(row, 7, r.get("change"));
        assertNumber(row, 10, r.get("republicValue"));
        assertThat(text(row, 9)).isEqualTo(r.get("rank") == null ? ""
            : r.get("rank") + " / " + r.get("ranked"));
      }
      Map<String, String> trends = Map.of("BETTER", "Лучше", "WORSE", "Хуже", "SAME",
          "Без изменений", "NONE", "—");
      for (Map<String, Object> r : json) {
        if (!"NO_DATA_YET".equals(r.get("availability"))) {
          assertThat(text(rows.get((String) r.get("code")), 8))
              .isEqualTo(trends.get((String) r.get("trend")));
        }
      }
      // D1 is first of the three districts with a value (D4's is hidden)
      assertThat(text(rows.get("SUCCESS_DAY_180"), 9)).isEqualTo("1 / 3");
    }
    String pdf = pdfText(mvc.perform(export("/api/v1/indicators/comparison.pdf", district(0),
            "kk")).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsByteArray());
    assertThat(pdf).contains("Тиімділік көрсеткіштерін салыстыру", "Жиынтық баға", "1 / 3");
  }

  @Test
  void theByTerritoryWorkbookListsTheParentThenEachDistrictWithTheJsonValues() throws Exception {
    byte[] file = mvc.perform(get("/api/v1/indicators/figures/by-territory.xlsx")
            .param("parent", region).param("period", PERIOD).param("lang", "kk")
            .with(analyst()))
        .andExpect(status().isOk()).andExpect(header().string("Content-Type", XLSX))
        .andReturn().getResponse().getContentAsByteArray();
    List<String> territories = new ArrayList<>(List.of(region));
    // the parent, then its children in code order
    districts.stream().map(d -> d.officer.territoryCode()).sorted().forEach(territories::add);
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(text(sheet, 0, 0)).isEqualTo("Тиімділік көрсеткіштері");
      List<String> seen = new ArrayList<>();
      Map<String, Row> rows = new HashMap<>();
      for (Row row : sheet) {
        String code = text(row, 0);
        if (code.matches("\\d{9}") && row.getCell(2) != null) {
          if (!seen.contains(code)) {
            seen.add(code);
          }
          rows.put(code + "/" + text(row, 2), row);
        }
      }
      assertThat(seen).containsExactlyElementsOf(territories);
      for (String t : territories) {
        // as of today (no asOf in a by-territory export): the JSON without asOf
        for (Map<String, Object> f : figuresJson(t, "kk", null)) {
          assertRow(rows.get(t + "/" + f.get("code")), 6, f, "kk");
        }
      }
    }
    String csv = mvc.perform(get("/api/v1/indicators/figures/by-territory.csv")
            .param("parent", region).param("period", PERIOD).param("lang", "ru")
            .param("block", "REINTEGRATION_KPI").with(analyst()))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    List<String> lines = csv.lines().toList();
    assertThat(lines.getFirst()).contains("Территория", "Числитель");
    assertThat(lines).filteredOn(l -> l.contains("SUCCESS_DAY_180")).hasSize(5);
    assertThat(lines).anyMatch(l -> l.startsWith(district(3)) && l.contains("SUCCESS_DAY_180")
        && l.endsWith(",<5,<5,<5"));
    assertThat(lines).anyMatch(l -> l.startsWith(district(0)) && l.contains("SUCCESS_DAY_180")
        && l.endsWith(",1.0,5,5"));
  }

  @Test
  void depthTwoFromTheRepublicListsEveryDistrictOfEveryRegion() throws Exception {
    String csv = mvc.perform(get("/api/v1/indicators/figures/by-territory.csv")
            .param("parent", "000000000").param("depth", "2").param("period", PERIOD)
            .param("block", "REINTEGRATION_KPI").param("lang", "kk").with(analyst()))
        .andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    List<String> success = csv.lines().filter(l -> l.contains(",SUCCESS_DAY_180,")).toList();
    assertThat(success.getFirst()).startsWith("000000000,");
    for (int i = 0; i < districts.size(); i++) {
      String d = district(i);
      assertThat(success).filteredOn(l -> l.startsWith(d + ",")).hasSize(1);
    }
    assertThat(success).noneMatch(l -> l.startsWith(region + ","));
  }

  @Test
  void wrongParametersAreAProblemInTheReadersLanguageNotAFile() throws Exception {
    mvc.perform(get("/api/v1/indicators/figures.xlsx").param("period", "2012-Q9")
            .param("lang", "de").header("Accept-Language", "kk").with(analyst()))
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type",
            org.hamcrest.Matchers.startsWith("application/problem+json")))
        .andExpect(jsonPath("$.errors[0].field").value("lang"))
        .andExpect(jsonPath("$.errors[0].message").value(
            org.hamcrest.Matchers.containsString("қазақ")));
    mvc.perform(get("/api/v1/indicators/figures.pdf").param("period", "2012-Q9")
            .header("Accept-Language", "ru").with(analyst()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("period"))
        .andExpect(jsonPath("$.errors[0].message").value(
            org.hamcrest.Matchers.containsString("Укажите период")));
    mvc.perform(get("/api/v1/indicators/figures/by-territory.xlsx").param("parent", region)
            .param("period", PERIOD).param("depth", "3").header("Accept-Language", "ru")
            .with(analyst()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("depth"))
        .andExpect(jsonPath("$.errors[0].message").value(
            org.hamcrest.Matchers.containsString("Глубина")));
  }

  @Test
  void theFilesLanguageDoesNotSwitchTheReadersPages() throws Exception {
    var response = mvc.perform(export("/api/v1/indicators/figures.xlsx", district(0), "ru")
            .header("Accept-Language", "kk"))
        .andExpect(status().isOk()).andReturn().getResponse();
    assertThat(response.getCookie("JOL_LANG")).isNull();
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(
        response.getContentAsByteArray()))) {
      assertThat(text(book.getSheetAt(0), 0, 0)).isEqualTo("Показатели эффективности");
    }
  }

  @Test
  void aTerritoryOutOfScopeIsNotFound() throws Exception {
    var head = new Actor(UUID.randomUUID(), "head-d2", "Head", Role.PROBATION_HEAD, null,
        district(1));
    for (String path : List.of("/api/v1/indicators/figures.xlsx",
        "/api/v1/indicators/figures.pdf", "/api/v1/indicators/comparison.xlsx",
        "/api/v1/indicators/comparison.pdf")) {
      mvc.perform(get(path).param("territory", district(0)).param("period", PERIOD)
              .with(user(JolPrincipal.of(head))))
          .andExpect(status().isNotFound());
    }
    mvc.perform(get("/api/v1/indicators/figures/by-territory.xlsx").param("parent", region)
            .param("period", PERIOD).with(user(JolPrincipal.of(head))))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/indicators/figures/by-territory.csv").param("period", PERIOD)
            .with(user(JolPrincipal.of(head))))
        .andExpect(status().isOk());
  }

  // ------------------------------------------------------------------ helpers

  private void assertRow(Row row, int first, Map<String, Object> f, String lang) {
    String code = (String) f.get("code");
    assertThat(row).as(code).isNotNull();
    if ("NO_DATA_YET".equals(f.get("availability"))) {
      assertThat(text(row, first)).isEqualTo(lang.equals("kk") ? "Әзірге деректер жоқ"
          : "Данных пока нет");
      for (int c = first + 1; c <= first + 3; c++) {
        assertThat(text(row, c)).as(code + " has no value, never 0").isEmpty();
      }
      return;
    }
    boolean hidden = Boolean.TRUE.equals(f.get("hidden"));
    assertValue(row, first + 1, f.get("value"), hidden, code);
    assertValue(row, first + 2, f.get("numerator"), hidden && !"DAYS".equals(f.get("unit")),
        code);
    assertValue(row, first + 3, f.get("denominator"), hidden && !"COUNT".equals(f.get("unit")),
        code);
  }

  private static void assertValue(Row row, int column, Object json, boolean hidden,
      String code) {
    if (json == null) {
      assertThat(text(row, column)).as(code + " column " + column).isEqualTo(hidden ? "<5" : "");
    } else {
      assertNumber(row, column, json);
    }
  }

  private static void assertNumber(Row row, int column, Object json) {
    if (json == null) {
      assertThat(text(row, column)).isIn("", "<5");
      return;
    }
    Cell cell = row.getCell(column);
    assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(cell.getNumericCellValue()).isEqualTo(((Number) json).doubleValue());
  }

  private List<Map<String, Object>> figuresJson(String territory, String lang) throws Exception {
    return figuresJson(territory, lang, AS_OF);
  }

  private List<Map<String, Object>> figuresJson(String territory, String lang, String asOf)
      throws Exception {
    var request = get("/api/v1/indicators/figures").param("territory", territory)
        .param("period", PERIOD).header("Accept-Language", lang).with(analyst());
    if (asOf != null) {
      request.param("asOf", asOf);
    }
    String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    return JsonPath.read(body, "$.figures");
  }

  private MockHttpServletRequestBuilder export(String path, String territory, String lang) {
    return get(path).param("territory", territory).param("period", PERIOD)
        .param("asOf", AS_OF).param("lang", lang).with(analyst());
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor analyst() {
    return user(JolPrincipal.of(new Actor(UUID.randomUUID(), "analyst", "Analyst",
        Role.ANALYST, null, "000000000")));
  }

  private String district(int i) {
    return districts.get(i).officer.territoryCode();
  }

  private static Map<String, Row> rowsByCode(Sheet sheet, int column) {
    Map<String, Row> rows = new HashMap<>();
    for (Row row : sheet) {
      String code = text(row, column);
      if (code.matches("[A-Z][A-Z0-9_]+")) {
        rows.putIfAbsent(code, row);
      }
    }
    return rows;
  }

  private static String text(Sheet sheet, int row, int column) {
    return text(sheet.getRow(row), column);
  }

  private static String text(Row row, int column) {
    Cell cell = row == null ? null : row.getCell(column);
    if (cell == null) {
      return "";
    }
    return cell.getCellType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue())
        : cell.getStringCellValue();
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private void readings(CaseloadFixture d, LocalDate registered, int count, int successful) {
    IndicatorFixture.readings(jdbc, d, registered, count, successful, LocalDate.of(2012, 12, 31));
  }

  private String freshRegion() {
    return IndicatorFixture.freshRegion(jdbc, '7', "Экспорт облысы", "Экспортная область",
        "Export region");
  }
}
