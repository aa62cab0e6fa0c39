package kz.jol.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.UserAdministration;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.supervision.SupervisionFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The card's supervision section for each role, and its forms with and without htmx: a refusal
 * comes back beside its field in the reader's language, a save reloads the card.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SupervisionPagesTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;
  @Autowired Clock clock;

  SupervisionFixture f;
  LocalDate today;
  UUID caseId;

  @BeforeEach
  void aCaseWithARequestForHelp() throws Exception {
    today = LocalDate.now(clock);
    f = new SupervisionFixture(jdbc, users, persons, cases);
    caseId = f.caseRegistered(today.minusDays(20));
    post(f.officer, null, "en", "kind", "HELP_REQUEST", "day", today.toString(), "helpTopic",
        "HEALTH", "note", "синтетическая заметка").andExpect(status().is3xxRedirection());
  }

  private ResultActions get(Actor actor, String language) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.get("/cases/" + caseId)
        .with(user(JolPrincipal.of(actor))).header("Accept-Language", language));
  }

  private ResultActions post(Actor actor, String htmx, String language, String... fields)
      throws Exception {
    var request = MockMvcRequestBuilders.post("/cases/" + caseId + "/supervision/events")
        .with(user(JolPrincipal.of(actor))).with(csrf()).header("Accept-Language", language)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED);
    if (htmx != null) {
      request.header("HX-Request", "true");
    }
    for (int i = 0; i + 1 < fields.length; i += 2) {
      request.param(fields[i], fields[i + 1]);
    }
    return mvc.perform(request);
  }

  private static String html(ResultActions result) throws Exception {
    MockHttpServletResponse response = result.andReturn().getResponse();
    response.setCharacterEncoding("UTF-8");
    return response.getContentAsString();
  }

  @Test
  void theOfficerSeesEverythingAndAFormPerKind() throws Exception {
    String card = html(get(f.officer, "en").andExpect(status().isOk()));
    assertThat(card).contains("id=\"supervision\"", "Request for help", "синтетическая заметка",
        "id=\"form-schedule\"", "id=\"form-duty\"", "data-kind=\"CHECK_IN\"",
        "data-kind=\"WANTED_DECLARED\"", "Not wanted");
    assertThat(card).doesNotContain("data-kind=\"WANTED_ENDED\"");
  }

  @Test
  void theInspectorSeesNoHelpRequestNoScheduleAndRecordsOnlyVisitsAndFound() throws Exception {
    String card = html(get(f.inspector, "ru").andExpect(status().isOk()));
    assertThat(card).contains("id=\"supervision\"", "Обязанности, возложенные судом",
        "data-kind=\"HOME_VISIT\"");
    assertThat(card).doesNotContain("синтетическая заметка", "Обращение за помощью",
        "id=\"form-schedule\"", "id=\"form-duty\"", "data-kind=\"CHECK_IN\"",
        "data-kind=\"VIOLATION\"");
    post(f.inspector, null, "ru", "kind", "VIOLATION", "day", today.toString(),
        "violationType", "CURFEW_BREACH").andExpect(status().isForbidden());
  }

  @Test
  void theProsecutorReadsAndRecordsNothing() throws Exception {
    String card = html(get(f.prosecutor, "kk").andExpect(status().isOk()));
    assertThat(card).contains("id=\"supervision\"", "Бақылау тарихы");
    assertThat(card).doesNotContain("data-kind=\"CHECK_IN\"", "id=\"form-duty\"");
  }

  @Test
  void aRefusedFormSaysWhatToFixBesideTheFieldWithAndWithoutHtmx() throws Exception {
    String htmx = html(post(f.officer, "true", "ru", "kind", "CHECK_IN", "day",
        today.plusDays(2).toString()).andExpect(status().isOk()));
    assertThat(htmx).contains("id=\"error-day\"", "Эта дата ещё не наступила.",
        "id=\"error-result\"").doesNotContain("<html");
    String plain = html(post(f.officer, null, "kk", "kind", "WANTED_ENDED", "day",
        today.toString(), "foundHow", "CAME_VOLUNTARILY").andExpect(status().isBadRequest()));
    assertThat(plain).contains("<html", "Тұлға іздеуде емес.");
    post(f.officer, "true", "en", "kind", "HOME_VISIT", "day", today.toString(), "result",
        "FOUND_AT_HOME").andExpect(status().isOk())
        .andExpect(header().string("HX-Refresh", "true"));
    assertThat(html(get(f.officer, "en"))).contains("found at home",
        "Last contact " + today.format(java.time.format.DateTimeFormatter.ofPattern(
            "dd.MM.yyyy")));
  }

  @Test
  void theAlertsPageSpeaksTheReadersLanguage() throws Exception {
    String page = html(mvc.perform(MockMvcRequestBuilders.get("/supervision/alerts")
        .with(user(JolPrincipal.of(f.head))).header("Accept-Language", "kk"))
        .andExpect(status().isOk()));
    assertThat(page).contains("Бақылау белгілері", "Көптен бері байланыс жоқ");
    mvc.perform(MockMvcRequestBuilders.get("/supervision/alerts")
        .with(user(JolPrincipal.of(f.inspector)))).andExpect(status().isForbidden());
  }
}
