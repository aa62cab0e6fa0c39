package kz.jol.interaction.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.UserAdministration;
import kz.jol.interaction.CouncilArchive;
import kz.jol.interaction.CouncilFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The advisory bodies' pages and API: every page renders in the three languages; a refused form
 * comes back with each problem beside its field in the reader's language and what was typed
 * kept; the minutes take a PDF and refuse anything else; out of scope is 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CouncilPagesTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAdministration users;
  @Autowired CouncilArchive archive;
  @Autowired Clock clock;

  CouncilFixture f;
  LocalDate today;
  UUID body;
  UUID meeting;
  UUID decision;

  @BeforeEach
  void aKsoWithAMeetingAndADecision() {
    f = new CouncilFixture(jdbc, users);
    today = LocalDate.now(clock);
    body = archive.body("KSO", f.territory, f.akimat, "Сынақ үйлестіру кеңесі",
        "Тестовый координационный совет", "Test coordination council", today.minusYears(1),
        List.of(new CouncilArchive.MemberEntry(f.employment, null, null, null, "MEMBER")));
    meeting = archive.heldMeeting(body, today.minusDays(7), "Акимат, зал заседаний",
        List.of("О трудоустройстве"), List.of(0), "3");
    decision = archive.decision(meeting, "1.1", "Обеспечить квотирование рабочих мест",
        today.plusDays(30), List.of(f.employment));
  }

  static RequestPostProcessor as(Actor actor) {
    return user(JolPrincipal.of(actor));
  }

  String base() {
    return "/interaction/bodies/" + body;
  }

  @Test
  void everyPageRendersInEachLanguage() throws Exception {
    for (String lang : List.of("kk", "ru", "en")) {
      for (String url : List.of("/interaction/bodies", base(), base() + "/meetings/" + meeting,
          "/interaction/decisions")) {
        String html = mvc.perform(get(url).param("lang", lang).with(as(f.akimatHead)))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).as(url + " " + lang).contains(switch (lang) {
          case "ru" -> "Тестовый координационный совет";
          case "kk" -> "Сынақ үйлестіру кеңесі";
          default -> "Test coordination council";
        });
      }
    }
    String kk = mvc.perform(get(base() + "/meetings/" + meeting).param("lang", "kk")
            .with(as(f.employmentWorker)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(kk).contains("Шешімдер", "Орындалды", "id=\"change-form-1-1\"")
        .doesNotContain("id=\"decision-form\"");
  }

  @Test
  void anAkimatHeadRegistersABodyAndAddsItsMembersThroughTheForms() throws Exception {
    String created = mvc.perform(post("/interaction/bodies").with(csrf()).with(as(f.akimatHead))
            .param("kind", "MVK").param("territoryCode", f.territory)
            .param("nameKk", "Құқық бұзушылықтардың алдын алу жөніндегі ВАК")
            .param("nameRu", "МВК по профилактике правонарушений")
            .param("nameEn", "Commission on the prevention of offences"))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    UUID id = UUID.fromString(created.substring(created.lastIndexOf('/') + 1));
    assertThat(jdbc.sql("select convening_organisation_id from advisory_body where id = :id")
        .param("id", id).query(UUID.class).single()).isEqualTo(f.akimat);
    mvc.perform(post(created + "/members").with(csrf()).with(as(f.akimatHead))
            .param("fullName", "Серікбаева Айгүл").param("position", "заместитель акима")
            .param("role", "CHAIR"))
        .andExpect(status().is3xxRedirection());
    String refused = mvc.perform(post(created + "/members").param("lang", "kk").with(csrf())
            .with(as(f.akimatHead)).param("fullName", "Омаров Ерлан").param("role", "CHAIR"))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(refused).contains("id=\"error-member-role\"", "Органда бұл рөлдегі мүше бар.",
        "value=\"Омаров Ерлан\"");
    mvc.perform(post(created + "/members").with(csrf()).with(as(f.akimatHead))
            .param("organisationId", f.employment.toString()))
        .andExpect(status().is3xxRedirection());
    // The employment centre now sits on the body, so its worker finds it.
    mvc.perform(get("/api/v1/interaction/bodies/" + id).with(as(f.employmentWorker)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.members.length()").value(2))
        .andExpect(jsonPath("$.youRecord").value(false));
    // A KSO needs an akimat department: the employment centre's head cannot convene one.
    mvc.perform(post("/interaction/bodies").with(csrf()).with(as(f.employmentHead))
            .param("kind", "KSO").param("territoryCode", f.territory).param("nameKk", "ҮК")
            .param("nameRu", "КСО").param("nameEn", "KSO"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void aRefusedMeetingFormSaysWhatIsWrongInKazakhAndKeepsWhatWasTyped() throws Exception {
    String html = mvc.perform(post(base() + "/meetings").param("lang", "kk").with(csrf())
            .with(as(f.akimatHead)).param("status", "HELD")
            .param("date", today.plusDays(3).toString()).param("place", "Әкімдік ғимараты"))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(html).contains("id=\"error-meeting-agenda\"",
        "Күн тәртібінің кемінде бір мәселесін көрсетіңіз.", "id=\"error-meeting-date\"",
        "Өткізілген отырыс болашақта бола алмайды", "value=\"Әкімдік ғимараты\"");
  }

  @Test
  void aRefusedDecisionFormSaysWhatIsWrongInRussian() throws Exception {
    String html = mvc.perform(post(base() + "/meetings/" + meeting + "/decisions")
            .param("lang", "ru").with(csrf()).with(as(f.akimatHead))
            .param("number", "второй").param("text", "Провести семинар")
            .param("dueDate", today.plusDays(10).toString()))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(html).contains("id=\"error-decision-number\"", "Укажите номер вида 2 или 2.1.",
        "id=\"error-decision-responsible\"",
        "Выберите хотя бы одну ответственную организацию.", "Провести семинар");
    assertThat(jdbc.sql("select count(*) from council_decision where meeting_id = :m")
        .param("m", meeting).query(Integer.class).single()).isEqualTo(1);
  }

  @Test
  void theEvidenceAndTheReasonAreAskedForBesideTheDecision() throws Exception {
    String html = mvc.perform(multipart(base() + "/decisions/" + decision + "/changes")
            .param("lang", "ru").with(csrf()).with(as(f.employmentHead))
            .param("state", "NOT_DONE").param("evidence", ""))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(html).contains("id=\"error-change-evidence-1-1\"", "Заполните поле.",
        "id=\"error-change-reason-1-1\"", "Укажите причину неисполнения.");
  }

  @Test
  void theMinutesTakeAPdfAndRefuseAnythingElse() throws Exception {
    String refused = mvc.perform(multipart(base() + "/meetings/" + meeting + "/minutes")
            .file(new MockMultipartFile("file", "protocol.pdf", "application/pdf",
                "not a pdf at all".getBytes(StandardCharsets.UTF_8)))
            .param("lang", "ru").with(csrf()).with(as(f.akimatHead)))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(refused).contains("id=\"error-minutes-file\"", "Приложите файл PDF или DOCX.");

    byte[] pdf = "%PDF-1.4\n% protocol No. 3\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    mvc.perform(multipart(base() + "/meetings/" + meeting + "/minutes")
            .file(new MockMultipartFile("file", "Хаттама-3.pdf", "application/octet-stream", pdf))
            .with(csrf()).with(as(f.akimatHead)))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get(base() + "/meetings/" + meeting + "/minutes").with(as(f.prosecutor)))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/pdf"))
        .andExpect(content().bytes(pdf));
    mvc.perform(get("/api/v1" + base() + "/meetings/" + meeting + "/minutes")
            .with(as(f.otherProbationHead)))
        .andExpect(status().isNotFound());
    mvc.perform(get(base() + "/meetings/" + meeting + "/minutes").with(as(f.ngoHead)))
        .andExpect(status().isNotFound());
  }

  @Test
  void theApiRefusesBadInputWithCodesAndTheReadersLanguage() throws Exception {
    mvc.perform(post("/api/v1/interaction/bodies").with(csrf()).with(as(f.akimatHead))
            .header("Accept-Language", "ru")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"kind\": \"KSO\", \"territoryCode\": \"" + f.otherTerritory + "\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field == 'territoryCode')].code")
            .value("councils.territory-out-of-scope"))
        .andExpect(jsonPath("$.errors[?(@.field == 'nameKk')].message").value("Заполните поле."));
    mvc.perform(post("/api/v1/interaction/bodies").with(csrf()).with(as(f.employmentHead))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"kind\": \"MVK\", \"territoryCode\": \"" + f.territory + "\", "
                + "\"nameKk\": \"ВАК\", \"nameRu\": \"МВК\", \"nameEn\": \"MVK\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("councils.convener-not-akimat"));
    mvc.perform(post("/api/v1" + base() + "/decisions/" + decision + "/changes").with(csrf())
            .with(as(f.employmentHead)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"state\": \"DONE\", \"evidence\": \"Выделено 12 мест\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.state").value("DONE"));
    mvc.perform(post("/api/v1" + base() + "/decisions/" + decision + "/changes").with(csrf())
            .with(as(f.employmentHead)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"state\": \"IN_PROGRESS\", \"evidence\": \"снова\"}"))
        .andExpect(status().isConflict());
    mvc.perform(get("/api/v1/interaction/bodies/figures").with(as(f.probationHead))
            .param("territory", f.territory).param("from", today.minusDays(30).toString())
            .param("to", today.plusDays(60).toString()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total.meetingsHeld").value(1))
        .andExpect(jsonPath("$.total.carriedOutOnTime").value(1))
        .andExpect(jsonPath("$.total.shareNumerator").value(1))
        .andExpect(jsonPath("$.total.shareDenominator").value(1));
    mvc.perform(get("/api/v1/interaction/bodies/figures").with(as(f.otherProbationHead))
            .param("territory", f.territory).param("from", today.minusDays(30).toString())
            .param("to", today.toString()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1" + base()).with(as(f.ngoHead))).andExpect(status().isNotFound());
  }
}
