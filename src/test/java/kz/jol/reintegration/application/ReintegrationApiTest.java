package kz.jol.reintegration.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.reintegration.DomainRiskRaised;
import kz.jol.reintegration.OfficialReadingTaken;
import kz.jol.reintegration.domain.Domain;
import kz.jol.shared.InvalidInputException;
import kz.jol.support.CaseloadFixture;
import kz.jol.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** Assessments are stored, evaluated as of any date, and an R3 raises an event. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ReintegrationApiTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;
  @Autowired ApplicationEvents events;
  @Autowired ReintegrationService reintegration;

  Actor officer;
  CaseloadFixture caseload;
  UUID caseId;
  LocalDate registered;

  @BeforeEach
  void aCaseRegisteredFortyDaysAgo() {
    caseload = new CaseloadFixture(jdbc, users, persons, cases);
    officer = caseload.officer;
    registered = LocalDate.now().minusDays(40);
    caseId = caseRegistered(registered);
  }

  private UUID caseRegistered(LocalDate on) {
    return caseload.caseRegistered(on);
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void noDocumentsOnDay30IsALegalCriticalFailureAsOfAnyDate() throws Exception {
    mvc.perform(post("/api/v1/cases/{id}/assessments", caseId).with(user(JolPrincipal.of(officer)))
            .contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"domain":"LEGAL","score":0,"assessedOn":"%s",
                 "hasIdentityDocument":false,"hasRegistration":false}""".formatted(registered)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.domains[?(@.domain=='LEGAL')].risk").value("R3"))
        .andExpect(jsonPath("$.successful").value(false));

    mvc.perform(get("/api/v1/cases/{id}/reintegration", caseId).with(user(JolPrincipal.of(officer)))
            .param("asOf", registered.plusDays(29).toString()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.domains[?(@.domain=='LEGAL')].criticalFailures.length()").value(0));
    mvc.perform(get("/api/v1/cases/{id}/reintegration", caseId).with(user(JolPrincipal.of(officer)))
            .param("asOf", registered.plusDays(30).toString()))
        .andExpect(jsonPath("$.domains[?(@.domain=='LEGAL')].criticalFailures[0].reason")
            .value("NO_IDENTITY_DOCUMENT"))
        .andExpect(jsonPath("$.planDueOn").isNotEmpty());
  }

  @Test
  void anAssessmentThatFindsThePersonHomelessRaisesHousingToR3AndPublishesIt() throws Exception {
    mvc.perform(post("/api/v1/cases/{id}/assessments", caseId).with(user(JolPrincipal.of(officer)))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"domain\":\"HOUSING\",\"score\":1,\"homeless\":false}"))
        .andExpect(status().isCreated());
    assertThat(events.stream(DomainRiskRaised.class)).isEmpty();
    mvc.perform(post("/api/v1/cases/{id}/assessments", caseId).with(user(JolPrincipal.of(officer)))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"domain\":\"HOUSING\",\"score\":0,\"homeless\":true}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.domains[?(@.domain=='HOUSING')].risk").value("R3"));
    assertThat(events.stream(DomainRiskRaised.class)).singleElement()
        .satisfies(e -> {
          assertThat(e.domain()).isEqualTo(Domain.HOUSING);
          assertThat(e.caseId()).isEqualTo(caseId);
        });
  }

  @Test
  void aTwoNeedsEvidenceAndTheIndexIsTheSumOfTheScores() throws Exception {
    mvc.perform(post("/api/v1/cases/{id}/assessments", caseId).with(user(JolPrincipal.of(officer)))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"domain\":\"HOUSING\",\"score\":2}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("evidence"));
    mvc.perform(post("/api/v1/cases/{id}/assessments", caseId).with(user(JolPrincipal.of(officer)))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"domain\":\"HOUSING\",\"score\":2,\"evidence\":\"Rents a flat, contract seen\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.index").value(2));
    mvc.perform(post("/api/v1/cases/{id}/assessments", caseId).with(user(JolPrincipal.of(officer)))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"domain\":\"HEALTH\",\"score\":1,\"healthNeed\":\"LOW\",\"attachedToClinic\":true}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.index").value(3));
  }

  @Test
  void theCaseloadShowsWhatFallsDueInTheNextDays() throws Exception {
    // Registered 40 days ago: day 60 is 20 days from now.
    mvc.perform(get("/api/v1/reintegration/due").with(user(JolPrincipal.of(officer)))
            .param("days", "25"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.caseId=='%s')].milestone".formatted(caseId)).value("DAY_60"))
        .andExpect(jsonPath("$[?(@.caseId=='%s')].date".formatted(caseId))
            .value(registered.plusDays(60).toString()));
    mvc.perform(get("/api/v1/reintegration/due").with(user(JolPrincipal.of(officer)))
            .param("days", "10"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.caseId=='%s')]".formatted(caseId)).isEmpty());
    mvc.perform(get("/api/v1/reintegration/due").with(user(JolPrincipal.of(officer)))
            .param("days", "-1"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void theDay180ReadingIsStoredOnceAndNotRecomputedByLaterAssessments() throws Exception {
    UUID oldCase = caseRegistered(LocalDate.now().minusDays(200));
    mvc.perform(post("/api/v1/cases/{id}/assessments", oldCase).with(user(JolPrincipal.of(officer)))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"domain\":\"HOUSING\",\"score\":2,\"evidence\":\"Own flat\","
                + "\"assessedOn\":\"%s\"}".formatted(LocalDate.now().minusDays(195))))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.officialReading.housing").value(2))
        .andExpect(jsonPath("$.officialReading.index").value(2))
        .andExpect(jsonPath("$.officialReading.successful").value(false));
    assertThat(events.stream(OfficialReadingTaken.class)).singleElement()
        .satisfies(e -> assertThat(e.caseId()).isEqualTo(oldCase));
    // A back-dated assessment recorded later does not change what was read on day 180.
    mvc.perform(post("/api/v1/cases/{id}/assessments", oldCase).with(user(JolPrincipal.of(officer)))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"domain\":\"LEGAL\",\"score\":2,\"evidence\":\"ID card issued\","
                + "\"assessedOn\":\"%s\"}".formatted(LocalDate.now().minusDays(195))))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.index").value(4))
        .andExpect(jsonPath("$.officialReading.index").value(2));
    assertThat(events.stream(OfficialReadingTaken.class)).hasSize(1);
    // A case before day 180 has no reading yet.
    mvc.perform(get("/api/v1/cases/{id}/reintegration", caseId).with(user(JolPrincipal.of(officer))))
        .andExpect(jsonPath("$.officialReading").doesNotExist());
  }

  @Test
  void aTranscribedHistoryIsRecordedAtOnceAndTheDay180ReadingTakenFromAllOfIt() {
    UUID oldCase = caseRegistered(LocalDate.now().minusDays(200));
    LocalDate day5 = LocalDate.now().minusDays(195);
    LocalDate day20 = LocalDate.now().minusDays(180);
    signIn(officer);
    var evaluated = reintegration.assessAll(oldCase, List.of(
        assessment(Domain.LEGAL, 0, null, day5),
        assessment(Domain.HOUSING, 2, "Own flat", day5),
        assessment(Domain.LEGAL, 2, "ID card issued", day20)));

    assertThat(evaluated.officialReading()).hasValueSatisfying(
        reading -> assertThat(reading.index()).isEqualTo(4));
    assertThat(events.stream(OfficialReadingTaken.class)).hasSize(1);
    assertThat(jdbc.sql("select count(*) from domain_assessment where case_id = :id")
        .param("id", oldCase).query(Integer.class).single()).isEqualTo(3);
    // One invalid assessment (a 2 without evidence) and none of them is recorded.
    UUID another = caseRegistered(LocalDate.now().minusDays(10));
    signIn(officer);
    assertThatThrownBy(() -> reintegration.assessAll(another,
            List.of(assessment(Domain.LEGAL, 1, null, null),
                assessment(Domain.HOUSING, 2, null, null))))
        .isInstanceOf(InvalidInputException.class);
    assertThat(jdbc.sql("select count(*) from domain_assessment where case_id = :id")
        .param("id", another).query(Integer.class).single()).isZero();
  }

  private static AssessmentInput assessment(Domain domain, int score, String evidence,
      LocalDate on) {
    return new AssessmentInput(domain, score, evidence, on, true, score == 2, false, false,
        false, null, null, null, null, null, null, null, null, null);
  }

  private static void signIn(Actor actor) {
    var principal = JolPrincipal.of(actor);
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null,
            principal.getAuthorities()));
  }

  @Test
  void policeMayNotReadItAndOtherDistrictsDoNotSeeTheCase() throws Exception {
    var police = new Actor(UUID.randomUUID(), "police-reint", "Police", Role.POLICE_INSPECTOR, null,
        officer.territoryCode());
    mvc.perform(get("/api/v1/cases/{id}/reintegration", caseId).with(user(JolPrincipal.of(police))))
        .andExpect(status().isForbidden());
    var stranger = new Actor(UUID.randomUUID(), "other-reint", "Other", Role.PROBATION_OFFICER,
        null, Fixtures.territory(jdbc));
    mvc.perform(get("/api/v1/cases/{id}/reintegration", caseId).with(user(JolPrincipal.of(stranger))))
        .andExpect(status().isNotFound());
  }
}
