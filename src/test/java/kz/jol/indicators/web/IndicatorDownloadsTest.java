package kz.jol.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.support.CaseloadFixture;
import kz.jol.support.Fixtures;
import kz.jol.support.IndicatorFixture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard's downloads: the exports under {@code /indicators/export/} for a user signed in
 * on the web (a form-login session, no HTTP Basic), in the language of the page. A fresh region
 * of two districts in 2016-Q3, a quarter no other test writes in: D1 10 of 10 cases successful
 * at day 180, D2 5 of 10 — the region 15 of 20.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorDownloadsTest {

  static final String PERIOD = "2016-Q3";
  static final String PASSWORD = "downloads-test-password";
  static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  String region;
  CaseloadFixture d1;
  CaseloadFixture d2;
  String analyst;
  String head;

  @BeforeAll
  void aRegionOfTwoDistrictsAndTwoReaders() {
    region = IndicatorFixture.freshRegion(jdbc, '7', "Жүктеу облысы", "Область выгрузки",
        "Download region");
    d1 = new CaseloadFixture(jdbc, users, persons, cases);
    d2 = new CaseloadFixture(jdbc, users, persons, cases);
    for (CaseloadFixture d : new CaseloadFixture[] {d1, d2}) {
      jdbc.sql("update territory set parent_code = :r where code = :d").param("r", region)
          .param("d", d.officer.territoryCode()).update();
    }
    IndicatorFixture.readings(jdbc, d1, LocalDate.of(2016, 2, 1), 10, 10,
        LocalDate.of(2016, 12, 31));
    IndicatorFixture.readings(jdbc, d2, LocalDate.of(2016, 2, 1), 10, 5,
        LocalDate.of(2016, 12, 31));
    analyst = user(Role.ANALYST, "MINISTRY", "000000000");
    head = user(Role.PROBATION_HEAD, "PROBATION_UNIT", d2.officer.territoryCode());
  }

  @ParameterizedTest(name = "{0} in {2}")
  @CsvSource({
      "figures.xlsx, " + XLSX + ", kk, Алымы",
      "figures.xlsx, " + XLSX + ", ru, Числитель",
      "figures.pdf, application/pdf, kk, Тиімділік көрсеткіштері",
      "figures.pdf, application/pdf, en, Effectiveness indicators",
      "comparison.xlsx, " + XLSX + ", ru, Предыдущий период",
      "comparison.pdf, application/pdf, kk, Тиімділік көрсеткіштерін салыстыру",
      "by-territory.xlsx, " + XLSX + ", en, Numerator",
      "by-territory.csv, text/csv;charset=UTF-8, ru, Числитель"})
  void eachFileOfTheViewDownloadsOverTheSignedInSession(String file, String type, String lang,
      String header) throws Exception {
    MockHttpSession session = signIn(analyst);
    MockHttpServletResponse response = mvc.perform(download(file, region, lang)
            .session(session))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", type))
        .andExpect(header().string("Cache-Control",
            org.hamcrest.Matchers.containsString("no-store")))
        .andReturn().getResponse();
    String name = fileName(response);
    assertThat(name).contains(switch (lang) {
      case "kk" -> "Жүктеу облысы";
      case "ru" -> "Область выгрузки";
      default -> "Download region";
    }).contains(PERIOD).endsWith("." + file.substring(file.indexOf('.') + 1));
    assertThat(headerText(file, response.getContentAsByteArray())).contains(header);
    assertThat(response.getCookie("JOL_LANG")).as("the file's language is not the page's")
        .isNull();
  }

  @Test
  void withoutLangTheFileIsInTheLanguageOfThePage() throws Exception {
    MockHttpSession session = signIn(analyst);
    byte[] file = mvc.perform(get("/indicators/export/figures.xlsx").param("territory", region)
            .param("period", PERIOD).session(session).cookie(new Cookie("JOL_LANG", "ru")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    assertThat(headerText("figures.xlsx", file)).contains("Числитель");
  }

  @Test
  void aTerritoryOutOfTheReadersScopeIsNotFound() throws Exception {
    MockHttpSession session = signIn(head);
    for (String file : List.of("figures.xlsx", "figures.pdf", "comparison.xlsx",
        "comparison.pdf", "by-territory.xlsx", "by-territory.csv")) {
      mvc.perform(download(file, d1.officer.territoryCode(), "ru").session(session))
          .andExpect(status().isNotFound());
      mvc.perform(download(file, region, "ru").session(session))
          .andExpect(status().isNotFound());
      mvc.perform(download(file, d2.officer.territoryCode(), "ru").session(session))
          .andExpect(status().isOk());
    }
  }

  @Test
  void theWebAddressesAnswerOnlyASession() throws Exception {
    // HTTP Basic opens the API, not the pages: without a session it is the sign-in page
    mvc.perform(download("figures.xlsx", region, "ru").with(httpBasic(analyst, PASSWORD)))
        .andExpect(status().isFound())
        .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    mvc.perform(download("figures.xlsx", region, "ru"))
        .andExpect(status().isFound());
    // and the API's address stays HTTP Basic only: a session cookie opens nothing there
    mvc.perform(get("/api/v1/indicators/figures.xlsx").param("territory", region)
            .param("period", PERIOD).session(signIn(analyst)))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void theDashboardLinksEveryFileOfTheViewWithItsFormatAndSize() throws Exception {
    MockHttpSession session = signIn(analyst);
    links(session, "000000000", "SOCIAL_LEGAL_HELP");
    links(session, "000000000", "CONTROL_WITH_POLICE");
    links(session, region, "REINTEGRATION_KPI");
    // the workbook behind the link carries the figure the page shows: 15 of 20, 75.0%
    byte[] workbook = mvc.perform(download("figures.xlsx", region, "en").session(session)
            .param("block", "REINTEGRATION_KPI"))
        .andReturn().getResponse().getContentAsByteArray();
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      Row success = row(book.getSheetAt(0), "SUCCESS_DAY_180");
      assertThat(success.getCell(5).getNumericCellValue()).isEqualTo(0.75);
      assertThat(success.getCell(6).getNumericCellValue()).isEqualTo(15);
      assertThat(success.getCell(7).getNumericCellValue()).isEqualTo(20);
    }
  }

  /** The view's links: each file of it, in the page's language, about the size it says. */
  private void links(MockHttpSession session, String territory, String block)
      throws Exception {
    String page = mvc.perform(get("/indicators").param("territory", territory)
            .param("period", PERIOD).param("block", block).param("lang", "en")
            .session(session))
        .andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    Matcher link = Pattern.compile("<a\\s+href=\"(/indicators/export/[^\"]+)\"\\s+"
        + "download=\"\"[^>]*>([^<]+)</a>").matcher(page);
    List<String> files = new ArrayList<>();
    while (link.find()) {
      String href = link.group(1).replace("&amp;", "&");
      String label = link.group(2);
      String file = href.substring("/indicators/export/".length(), href.indexOf('?'));
      files.add(file);
      assertThat(href).contains("period=" + PERIOD, "block=" + block, "lang=en")
          .contains((file.startsWith("by-territory") ? "parent=" : "territory=") + territory);
      Matcher size = Pattern.compile("^(XLSX|PDF|CSV), about (\\d+) KB$").matcher(label);
      assertThat(size.matches()).as(label).isTrue();
      assertThat(file).endsWith("." + size.group(1).toLowerCase());
      byte[] body = mvc.perform(get(href).session(session)).andExpect(status().isOk())
          .andReturn().getResponse().getContentAsByteArray();
      long hinted = Long.parseLong(size.group(2));
      assertThat(body.length / 1024.0).as(file + " is about the size the link says")
          .isBetween(hinted / 2.0, hinted * 2.0);
    }
    assertThat(files).containsExactly("figures.xlsx", "figures.pdf", "comparison.xlsx",
        "comparison.pdf", "by-territory.xlsx", "by-territory.csv");
  }

  // ------------------------------------------------------------------ helpers

  private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder download(
      String file, String territory, String lang) {
    return get("/indicators/export/" + file)
        .param(file.startsWith("by-territory") ? "parent" : "territory", territory)
        .param("period", PERIOD).param("lang", lang);
  }

  private MockHttpSession signIn(String username) throws Exception {
    return (MockHttpSession) mvc.perform(formLogin().user(username).password(PASSWORD))
        .andExpect(status().isFound()).andReturn().getRequest().getSession(false);
  }

  private String user(Role role, String organisationType, String territory) {
    String username = "downloads." + UUID.randomUUID().toString().substring(0, 8);
    users.create(new UserAdministration.UserForm(username, "Synthetic Reader", role,
        Fixtures.organisation(jdbc, organisationType, territory), territory, true, PASSWORD,
        null));
    return username;
  }

  private static String fileName(MockHttpServletResponse response) {
    String disposition = response.getHeader("Content-Disposition");
    assertThat(disposition).startsWith("attachment; filename*=UTF-8''");
    return URLDecoder.decode(disposition.substring("attachment; filename*=UTF-8''".length()),
        StandardCharsets.UTF_8);
  }

  /** The text a reader sees first: a workbook's rows up to its column header, a PDF's text. */
  private static String headerText(String file, byte[] body) throws Exception {
    if (file.endsWith(".pdf")) {
      try (var pdf = Loader.loadPDF(body)) {
        return new PDFTextStripper().getText(pdf);
      }
    }
    if (file.endsWith(".csv")) {
      return new String(body, StandardCharsets.UTF_8).lines().findFirst().orElse("");
    }
    StringBuilder text = new StringBuilder();
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
      for (Row row : book.getSheetAt(0)) {
        row.forEach(c -> text.append(c.toString()).append(' '));
        text.append('\n');
        if (row.getRowNum() > 10) {
          break;
        }
      }
    }
    return text.toString();
  }

  private static Row row(Sheet sheet, String code) {
    for (Row row : sheet) {
      if (row.getCell(0) != null && code.equals(row.getCell(0).toString())) {
        return row;
      }
    }
    throw new AssertionError("no row " + code);
  }
}
