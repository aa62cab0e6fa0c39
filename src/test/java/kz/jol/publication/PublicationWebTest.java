package kz.jol.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The publication pages over HTTP: the administrator previews and publishes through the form;
 * anybody reads the portal, the CSV, the catalogue and the API without signing in, and sees the
 * same values everywhere, never a hidden one; other roles cannot publish; a withdrawn table is
 * 404 everywhere.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicationWebTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  PublicationFixture region;
  LocalDate today;

  @BeforeEach
  void aRegionWithSmallCells() {
    region = new PublicationFixture(jdbc);
    today = LocalDate.now(clock);
    LocalDate day = today.minusDays(3);
    region.cases(0, "SENTENCE", 40, day);
    region.cases(0, "PRE_TRIAL", 2, day);
    region.cases(1, "SENTENCE", 22, day);
    region.cases(1, "PRE_TRIAL", 18, day);
    region.cases(2, "SENTENCE", 35, day);
    region.cases(2, "POST_PENITENTIARY", 12, day);
  }

  @Test
  void theAdministratorPublishesAndAnyoneReadsTheSameShownValuesEverywhere() throws Exception {
    String preview = mvc.perform(asAdmin(get("/admin/publications/preview")
            .param("kind", "CASES_BY_KIND").param("territory", region.region)
            .param("from", today.minusDays(30).toString()).param("to", today.toString())
            .param("lang", "en")))
        .andReturn().getResponse().getContentAsString();
    assertThat(preview).contains("Preview before publishing").contains("&lt;10");

    UUID id = publish();

    String page = anonymous(get("/open/figures/" + id).param("lang", "kk"))
        .getContentAsString();
    assertThat(page).contains("Пробация есебіндегі").contains("&lt;10");
    Map<String, String> shown = valuesOnThePage(page);
    assertThat(shown).as("3 rows and the total, 4 kinds and the total each").hasSize(20);
    assertThat(shown).containsValue("hidden");

    MockHttpServletResponse csv = anonymous(get("/open/data/" + id + ".csv").param("lang", "kk"));
    assertThat(csv.getStatus()).isEqualTo(200);
    assertThat(csv.getContentType()).startsWith("text/csv");
    byte[] bytes = csv.getContentAsByteArray();
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    List<List<String>> lines = parseCsv(new String(bytes, 3, bytes.length - 3,
        StandardCharsets.UTF_8));
    assertThat(String.join(",", lines.getFirst()))
        .isEqualTo("territory_code,territory,column_code,column,value,status,minimum_cell");
    Map<String, String> inCsv = new LinkedHashMap<>();
    for (List<String> line : lines.subList(1, lines.size())) {
      String value = line.get(4);
      String status = line.get(5);
      if (status.equals("hidden")) {
        assertThat(value).as("a hidden value is never in the CSV").isEmpty();
      } else {
        assertThat(status).isEqualTo("shown");
      }
      inCsv.put(line.get(0) + "/" + line.get(2), value.isEmpty() ? "hidden" : value);
    }
    assertThat(inCsv).as("the CSV says what the page says").isEqualTo(shown);
    assertThat(inCsv.get(region.districts.get(0) + "/PRE_TRIAL")).isEqualTo("hidden");

    String json = anonymous(get("/api/v1/open/publications/" + id)).getContentAsString();
    assertThat(json).contains("\"counts\":[null,");
    String catalogue = anonymous(get("/open/data/catalogue.json")).getContentAsString();
    assertThat(catalogue).contains(id.toString()).contains("/open/data/" + id + ".csv");
    assertThat(anonymous(get("/open").param("lang", "ru")).getContentAsString())
        .contains("Опубликованные показатели").contains(id.toString());
    assertThat(anonymous(get("/api/v1/open/publications")).getContentAsString())
        .contains(id.toString());
  }

  @Test
  void aWithdrawnTableIsNotFoundAnywhereAndAnUnpublishedOneNeverWas() throws Exception {
    UUID id = publish();
    mvc.perform(asAdmin(post("/admin/publications/" + id + "/withdraw").with(csrf())));

    for (String address : List.of("/open/figures/" + id, "/open/data/" + id + ".csv",
        "/api/v1/open/publications/" + id, "/open/figures/" + UUID.randomUUID(),
        "/open/data/" + UUID.randomUUID() + ".csv", "/open/figures/not-an-id")) {
      assertThat(anonymous(get(address)).getStatus()).as(address).isEqualTo(404);
    }
    assertThat(anonymous(get("/open")).getContentAsString()).doesNotContain(id.toString());
    assertThat(anonymous(get("/open/data/catalogue.json")).getContentAsString())
        .doesNotContain(id.toString());
    assertThat(anonymous(get("/api/v1/open/publications")).getContentAsString())
        .doesNotContain(id.toString());
  }

  @Test
  void onlyTheAdministratorMayPublishOrSeeTheAdministrationPages() throws Exception {
    for (Role role : Role.values()) {
      if (role == Role.ADMIN || role == Role.PARTNER_SYSTEM) {
        continue;
      }
      var caller = user(JolPrincipal.of(PublicationFixture.actor(role)));
      assertThat(mvc.perform(publishForm().with(caller)).andReturn().getResponse().getStatus())
          .as(role.name()).isEqualTo(403);
      assertThat(mvc.perform(get("/admin/publications").with(caller)).andReturn().getResponse()
          .getStatus()).as(role.name()).isEqualTo(403);
    }
    assertThat(anonymous(publishForm()).getStatus()).isEqualTo(302);
    assertThat(anonymous(get("/admin/publications")).getRedirectedUrl()).endsWith("/login");
    assertThat(anonymous(get("/open/resocialisation").param("lang", "kk")).getContentAsString())
        .contains("Ресоциализация").contains("112");
  }

  @Test
  void blankTitlesAreRefusedBesideTheFieldInTheReadersLanguage() throws Exception {
    int before = jdbc.sql("select count(*) from publication").query(Integer.class).single();
    MockHttpServletResponse response = mvc.perform(asAdmin(publishForm(" ")
        .param("lang", "ru"))).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("id=\"error-titleKk\"")
        .contains("Это поле обязательно");
    assertThat(jdbc.sql("select count(*) from publication").query(Integer.class).single())
        .isEqualTo(before);
  }

  @Test
  void theAdministratorPublishesAndWithdrawsThroughTheApi() throws Exception {
    String body = """
        {"kind": "CASES_BY_KIND", "territory": "%s", "from": "%s", "to": "%s",
         "titleKk": "Пробация түрлері бойынша", "titleRu": "По видам пробации",
         "titleEn": "By kind of probation"}""".formatted(region.region,
        today.minusDays(30), today);
    MockHttpServletResponse created = mvc.perform(asAdmin(post("/api/v1/publications")
            .contentType("application/json").content(body))).andReturn().getResponse();
    assertThat(created.getStatus()).isEqualTo(201);
    String json = created.getContentAsString();
    assertThat(json).contains("\"counts\":[null,").contains("\"minimumCell\":10");
    String id = json.replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
    assertThat(anonymous(get("/api/v1/open/publications/" + id)).getStatus()).isEqualTo(200);

    var analyst = user(JolPrincipal.of(PublicationFixture.actor(Role.ANALYST)));
    assertThat(mvc.perform(post("/api/v1/publications").with(analyst)
        .contentType("application/json").content(body)).andReturn().getResponse().getStatus())
        .isEqualTo(403);
    MockHttpServletResponse bad = mvc.perform(asAdmin(post("/api/v1/publications")
        .header("Accept-Language", "kk").contentType("application/json")
        .content("{\"kind\": \"CASES_BY_KIND\", \"from\": \"2026-02-30\"}")))
        .andReturn().getResponse();
    assertThat(bad.getStatus()).isEqualTo(400);
    assertThat(bad.getContentAsString()).contains("\"field\":\"from\"")
        .contains("\"field\":\"titleKk\"");

    assertThat(mvc.perform(asAdmin(post("/api/v1/publications/" + id + "/withdraw")))
        .andReturn().getResponse().getStatus()).isEqualTo(204);
    assertThat(anonymous(get("/api/v1/open/publications/" + id)).getStatus()).isEqualTo(404);
  }

  private MockHttpServletRequestBuilder publishForm() {
    return publishForm("Пробация есебіндегі адамдар");
  }

  private MockHttpServletRequestBuilder publishForm(String titleKk) {
    return post("/admin/publications").with(csrf())
        .param("kind", "CASES_BY_KIND").param("territory", region.region)
        .param("from", today.minusDays(30).toString()).param("to", today.toString())
        .param("titleKk", titleKk).param("titleRu", "Лица на учёте")
        .param("titleEn", "Persons on the register");
  }

  private UUID publish() throws Exception {
    String location = mvc.perform(asAdmin(publishForm())).andReturn().getResponse()
        .getRedirectedUrl();
    assertThat(location).startsWith("/admin/publications/");
    return UUID.fromString(location.substring("/admin/publications/".length(),
        location.indexOf('?')));
  }

  private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
    return request.with(user(JolPrincipal.of(PublicationFixture.admin())));
  }

  private MockHttpServletResponse anonymous(MockHttpServletRequestBuilder request)
      throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  /** Every value cell of the page's table: "row/column" → the number or "hidden". */
  static Map<String, String> valuesOnThePage(String html) {
    Map<String, String> values = new LinkedHashMap<>();
    Matcher rows = Pattern.compile("<tr data-row=\"([^\"]+)\">(.*?)</tr>", Pattern.DOTALL)
        .matcher(html);
    List<String> columns = new ArrayList<>(List.of("PRE_TRIAL", "SENTENCE", "PENITENTIARY",
        "POST_PENITENTIARY", "TOTAL"));
    while (rows.find()) {
      Matcher cells = Pattern.compile("data-value=\"([^\"]+)\"").matcher(rows.group(2));
      int c = 0;
      while (cells.find()) {
        values.put(rows.group(1) + "/" + columns.get(c++), cells.group(1));
      }
    }
    return values;
  }

  /** RFC 4180: fields split by commas, lines by CRLF, a quoted field may hold both. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> lines = new ArrayList<>();
    List<String> line = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        line.add(field.toString());
        field.setLength(0);
      } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        line.add(field.toString());
        field.setLength(0);
        lines.add(line);
        line = new ArrayList<>();
        i++;
      } else {
        field.append(ch);
      }
    }
    assertThat(field).as("the file ends with CRLF").isEmpty();
    assertThat(line).isEmpty();
    return lines;
  }
}
