package kz.jol.police;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.UserAdministration;
import kz.jol.police.application.PrecinctService;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.routing.application.EscalationService;
import kz.jol.routing.application.SlaSweep;
import kz.jol.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Requests between probation and the police through the referral loop (docs/routing.md): an
 * officer asks the police unit for a home check with a deadline, which reaches the inspectors
 * of the person's precinct only, is answered from their inbox and escalated when late; an
 * inspector refers a person of the precinct to an employment programme, and the case's officer
 * hears of it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PoliceReferralsTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;
  @Autowired PrecinctService precincts;
  @Autowired SlaSweep sla;
  @Autowired EscalationService escalations;

  PoliceFixture police;
  UUID caseId;

  @BeforeEach
  void aPersonInThePrecinctOfOneInspector() {
    police = new PoliceFixture(jdbc, users, persons, cases);
    PoliceFixture.as(police.admin, () -> {
      var mine = precincts.create(new PrecinctService.PrecinctForm(police.policeUnit,
          police.district, "1", "Synthetic"));
      precincts.addStreet(mine.id(), new PrecinctService.StreetForm("ул. Абая", null, null));
      precincts.assignInspectors(mine.id(), List.of(police.inspector.userId()));
      var theirs = precincts.create(new PrecinctService.PrecinctForm(police.policeUnit,
          police.district, "2", "Synthetic"));
      precincts.assignInspectors(theirs.id(), List.of(police.otherInspector.userId()));
      return mine.id();
    });
    caseId = police.caseAt("ул. Абая, 10", "Тексерілетова");
    await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
            "select count(*) from precinct_resident where person_id = :p and precinct_id is not null")
        .param("p", police.personOf(caseId)).query(Integer.class).single() == 1);
  }

  ResultActions as(Actor actor, MockHttpServletRequestBuilder request, String body)
      throws Exception {
    request.with(user(JolPrincipal.of(actor))).header("Accept-Language", "en");
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    return mvc.perform(request);
  }

  String homeCheck(LocalDate due) throws Exception {
    return JsonPath.read(as(police.officer, post("/api/v1/cases/{id}/referrals", caseId), """
            {"domain":"INSTITUTIONAL","action":"Проверка по месту жительства",
             "organisationId":"%s","dueOn":"%s"}""".formatted(police.policeUnit, due))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString(), "$.id");
  }

  @Test
  void theOfficersHomeCheckReachesTheInspectorOfThePrecinctWhoAnswersIt() throws Exception {
    String referral = homeCheck(LocalDate.now().plusDays(3));

    as(police.inspector, get("/api/v1/inbox/referrals"), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].id", hasItem(referral)));
    as(police.otherInspector, get("/api/v1/inbox/referrals"), null)
        .andExpect(jsonPath("$.items[*].id", not(hasItem(referral))));
    as(police.otherInspector, get("/api/v1/inbox/referrals/{id}", referral), null)
        .andExpect(status().isNotFound());

    as(police.inspector, post("/api/v1/inbox/referrals/{id}/answer", referral),
        "{\"state\":\"ACCEPTED\"}").andExpect(status().isOk());
    as(police.inspector, post("/api/v1/inbox/referrals/{id}/answer", referral),
        "{\"state\":\"IN_PROGRESS\"}").andExpect(status().isOk());
    as(police.inspector, post("/api/v1/inbox/referrals/{id}/answer", referral), """
        {"state":"DONE","result":"Проживает по адресу, дома застали",
         "evidence":"Рапорт УИП от сегодняшнего дня"}""").andExpect(status().isOk());
    as(police.officer, get("/api/v1/cases/{id}/referrals", caseId), null)
        .andExpect(jsonPath("$[0].state").value("DONE"));
    await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
            "select count(*) from notification where recipient_id = :u")
        .param("u", police.inspector.userId()).query(Integer.class).single() > 0);
  }

  @Test
  void aLateHomeCheckIsEscalatedBySlaSweep() throws Exception {
    String referral = homeCheck(LocalDate.now().plusDays(1));
    jdbc.sql("update referral set due_at = :due where id = :id")
        .param("due", Timestamp.from(Instant.now().minus(Duration.ofHours(2))))
        .param("id", UUID.fromString(referral)).update();

    sla.sweep();

    assertThat(escalations.ofReferral(UUID.fromString(referral))).hasSize(1);
  }

  @Test
  void theInspectorRefersAPersonOfThePrecinctToEmploymentAndTheOfficerHearsOfIt()
      throws Exception {
    UUID employment = Fixtures.organisation(jdbc, "EMPLOYMENT_CENTRE", police.district);
    String referral = JsonPath.read(as(police.inspector,
        post("/api/v1/cases/{id}/referrals", caseId), """
            {"domain":"ECONOMIC","action":"Программа трудоустройства «Еңбек»",
             "organisationId":"%s","dueOn":"%s"}"""
            .formatted(employment, LocalDate.now().plusDays(10)))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString(), "$.id");

    as(police.officer, get("/api/v1/cases/{id}/referrals", caseId), null)
        .andExpect(jsonPath("$[*].id", hasItem(referral)));
    await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
            select count(*) from notification
             where recipient_id = :u and message_key = 'routing.referral-by-police'""")
        .param("u", police.officer.userId()).query(Integer.class).single() == 1);

    // a person outside the inspector's precincts cannot be referred by the inspector
    UUID outside = police.caseAt("ул. Гоголя, 1", "Сыртова");
    as(police.inspector, post("/api/v1/cases/{id}/referrals", outside), """
        {"domain":"ECONOMIC","action":"x","organisationId":"%s","dueOn":"%s"}"""
        .formatted(employment, LocalDate.now().plusDays(10)))
        .andExpect(status().isNotFound());
    // and reading the case's referrals (health among them) stays probation's
    as(police.inspector, get("/api/v1/cases/{id}/referrals", caseId), null)
        .andExpect(status().isForbidden());
  }
}
