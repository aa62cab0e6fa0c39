package kz.jol.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The supervision API end to end on a real database: the case's state follows the events
 * (wanted, found, revoked), the guards answer 409 in the reader's language, bad input 400 beside
 * its field, the police inspector records only what is theirs and sees no help requests or
 * notes, a case out of reach is 404, and every read leaves an audit row.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SupervisionApiTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;

  @Autowired java.time.Clock clock;

  SupervisionFixture f;
  LocalDate today;
  UUID caseId;

  @BeforeEach
  void aCaseRegisteredAMonthAgo() {
    // The application's day (Almaty), which is not always the machine's.
    today = LocalDate.now(clock);
    f = new SupervisionFixture(jdbc, users, persons, cases);
    caseId = f.caseRegistered(today.minusDays(30));
  }

  private ResultActions as(Actor actor, MockHttpServletRequestBuilder request, String body)
      throws Exception {
    request.with(user(JolPrincipal.of(actor))).header("Accept-Language", "ru");
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    return mvc.perform(request);
  }

  private ResultActions event(Actor actor, String json) throws Exception {
    return as(actor, post("/api/v1/cases/{id}/supervision/events", caseId), json);
  }

  private String caseState() throws Exception {
    return JsonPath.read(as(f.officer, get("/api/v1/cases/{id}", caseId), null)
        .andReturn().getResponse().getContentAsString(), "$.state");
  }

  @Test
  void declaringWantedMakesTheCaseWantedAndFindingThePersonMakesItActiveAgain()
      throws Exception {
    event(f.officer, """
        {"kind": "CHECK_IN", "day": "%s", "result": "MISSED"}""".formatted(today.minusDays(3)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.kind").value("CHECK_IN"))
        .andExpect(jsonPath("$.code").value("MISSED"));
    event(f.officer, """
        {"kind": "WANTED_DECLARED", "day": "%s"}""".formatted(today.minusDays(2)))
        .andExpect(status().isCreated());
    assertThat(caseState()).isEqualTo("WANTED");
    as(f.officer, get("/api/v1/cases/{id}/supervision", caseId), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("WANTED"))
        .andExpect(jsonPath("$.wantedSince").value(today.minusDays(2).toString()));

    event(f.officer, """
        {"kind": "WANTED_DECLARED", "day": "%s"}""".formatted(today))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("supervision.already-wanted"))
        .andExpect(jsonPath("$.detail").value("Лицо уже объявлено в розыск."));

    event(f.inspector, """
        {"kind": "WANTED_ENDED", "day": "%s", "foundHow": "DETAINED_BY_POLICE"}"""
        .formatted(today)).andExpect(status().isCreated());
    assertThat(caseState()).isEqualTo("ACTIVE");
    event(f.officer, """
        {"kind": "WANTED_ENDED", "day": "%s", "foundHow": "CAME_VOLUNTARILY"}"""
        .formatted(today))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("supervision.not-wanted"));

    // The register's own history of the case says who moved it and why.
    assertThat(jdbc.sql("""
            select reason from probation_case_transition where case_id = :id
             order by recorded_at""").param("id", caseId).query(String.class).list())
        .containsExactly("supervision: wanted declared",
            "supervision: wanted ended (DETAINED_BY_POLICE)");
  }

  @Test
  void aGrantedRevocationClosesTheCaseAsRevokedAndNothingMoreIsRecorded() throws Exception {
    event(f.officer, """
        {"kind": "WANTED_DECLARED", "day": "%s"}""".formatted(today.minusDays(10)))
        .andExpect(status().isCreated());
    String submission = JsonPath.read(event(f.officer, """
        {"kind": "COURT_SUBMISSION", "day": "%s",
         "submissionKind": "REVOKE_CONDITIONAL_SENTENCE"}""".formatted(today.minusDays(5)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    event(f.officer, """
        {"kind": "COURT_SUBMISSION", "day": "%s",
         "submissionKind": "REVOKE_CONDITIONAL_SENTENCE"}""".formatted(today.minusDays(4)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("supervision.submission-open"));
    event(f.officer, """
        {"kind": "COURT_DECISION", "day": "%s", "decision": "GRANTED",
         "submissionId": "%s"}""".formatted(today.minusDays(6), submission))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("day"));

    event(f.officer, """
        {"kind": "COURT_DECISION", "day": "%s", "decision": "GRANTED",
         "submissionId": "%s"}""".formatted(today.minusDays(1), submission))
        .andExpect(status().isCreated());

    as(f.officer, get("/api/v1/cases/{id}", caseId), null)
        .andExpect(jsonPath("$.state").value("CLOSED"))
        .andExpect(jsonPath("$.outcome").value("REVOKED"));
    // The search ended with the case.
    as(f.officer, get("/api/v1/cases/{id}/supervision/events", caseId), null)
        .andExpect(jsonPath("$[?(@.kind == 'WANTED_ENDED')].code", hasItem("CASE_CLOSED")));
    event(f.officer, """
        {"kind": "HELP_REQUEST", "day": "%s", "helpTopic": "HOUSING"}""".formatted(today))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("supervision.case-closed"));
    event(f.officer, """
        {"kind": "COURT_DECISION", "day": "%s", "decision": "REFUSED",
         "submissionId": "%s"}""".formatted(today, submission))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("supervision.no-open-submission"));
  }

  @Test
  void badInputIsRefusedBesideItsFieldsInTheReadersLanguage() throws Exception {
    event(f.officer, """
        {"kind": "CHECK_IN", "day": "%s", "result": "EXCUSED"}""".formatted(today.plusDays(1)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("day")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("excuseReason")));
    event(f.officer, """
        {"kind": "VIOLATION", "day": "%s", "violationType": "SPEEDING"}""".formatted(today))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("violationType"))
        .andExpect(jsonPath("$.errors[0].code").value("supervision.not-a-choice"));
    event(f.officer, """
        {"kind": "WARNING", "day": "%s", "violationIds": ["%s"]}"""
        .formatted(today, UUID.randomUUID()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("violationIds"));
    event(f.officer, """
        {"kind": "ADMIN_OFFENCE", "day": "%s"}""".formatted(today))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("article"))
        .andExpect(jsonPath("$.errors[0].message").value(not(nullValue())));
  }

  @Test
  void aWarningNamesTheViolationsItIsAbout() throws Exception {
    String violation = JsonPath.read(event(f.officer, """
        {"kind": "VIOLATION", "day": "%s", "violationType": "LEAVING_TERRITORY"}"""
        .formatted(today.minusDays(2))).andReturn().getResponse().getContentAsString(), "$.id");
    event(f.officer, """
        {"kind": "WARNING", "day": "%s", "violationIds": ["%s"]}"""
        .formatted(today, violation))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.relatedIds[0]").value(violation));
  }

  @Test
  void thePoliceInspectorRecordsVisitsAndSeesNoHelpRequestsNorNotes() throws Exception {
    event(f.officer, """
        {"kind": "HELP_REQUEST", "day": "%s", "helpTopic": "HEALTH", "note": "Синтетическая"}"""
        .formatted(today)).andExpect(status().isCreated());
    event(f.officer, """
        {"kind": "CHECK_IN", "day": "%s", "result": "EXCUSED", "excuseReason": "в больнице"}"""
        .formatted(today)).andExpect(status().isCreated());
    event(f.inspector, """
        {"kind": "HOME_VISIT", "day": "%s", "result": "NOT_AT_HOME"}""".formatted(today))
        .andExpect(status().isCreated());
    event(f.inspector, """
        {"kind": "VIOLATION", "day": "%s", "violationType": "CURFEW_BREACH"}"""
        .formatted(today))
        .andExpect(status().isForbidden());
    as(f.inspector, get("/api/v1/cases/{id}/supervision/events", caseId), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].kind", not(hasItem("HELP_REQUEST"))))
        .andExpect(jsonPath("$[?(@.kind == 'CHECK_IN')].excuseReason", hasItem(nullValue())))
        .andExpect(jsonPath("$[*].kind", hasItem("HOME_VISIT")));
    as(f.officer, get("/api/v1/cases/{id}/supervision/events", caseId), null)
        .andExpect(jsonPath("$[*].kind", hasItem("HELP_REQUEST")));
    as(f.inspector, get("/api/v1/cases/{id}/supervision/schedule", caseId), null)
        .andExpect(status().isForbidden());

    // Out of reach: not found, for reads and writes.
    as(f.strangerInspector, get("/api/v1/cases/{id}/supervision/events", caseId), null)
        .andExpect(status().isNotFound());
    event(f.strangerInspector, """
        {"kind": "HOME_VISIT", "day": "%s", "result": "NOT_AT_HOME"}""".formatted(today))
        .andExpect(status().isNotFound());
    // The prosecutor reads, never records.
    as(f.prosecutor, get("/api/v1/cases/{id}/supervision/events", caseId), null)
        .andExpect(status().isOk());
    event(f.prosecutor, """
        {"kind": "HOME_VISIT", "day": "%s", "result": "NOT_AT_HOME"}""".formatted(today))
        .andExpect(status().isForbidden());
  }

  @Test
  void dutiesAreShownToTheInspectorWithoutTreatmentDetail() throws Exception {
    as(f.officer, post("/api/v1/cases/{id}/supervision/duties", caseId), """
        {"kind": "UNDERGO_TREATMENT", "detail": "синтетическое лечение",
         "imposedOn": "%s"}""".formatted(today.minusDays(30))).andExpect(status().isCreated());
    as(f.officer, post("/api/v1/cases/{id}/supervision/duties", caseId), """
        {"kind": "STAY_HOME_AT_SET_HOURS", "detail": "с 22:00 до 06:00",
         "imposedOn": "%s"}""".formatted(today.minusDays(30))).andExpect(status().isCreated());
    as(f.inspector, get("/api/v1/cases/{id}/supervision/duties", caseId), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.kind == 'UNDERGO_TREATMENT')].detail", hasItem(nullValue())))
        .andExpect(jsonPath("$[?(@.kind == 'STAY_HOME_AT_SET_HOURS')].detail",
            hasItem("с 22:00 до 06:00")));
    as(f.inspector, post("/api/v1/cases/{id}/supervision/duties", caseId), """
        {"kind": "OTHER", "detail": "x", "imposedOn": "%s"}""".formatted(today))
        .andExpect(status().isForbidden());
  }

  @Test
  void everyReadOfTheSupervisionLeavesAnAuditRow() throws Exception {
    int before = audits();
    as(f.prosecutor, get("/api/v1/cases/{id}/supervision/events", caseId), null)
        .andExpect(status().isOk());
    as(f.prosecutor, get("/api/v1/cases/{id}/supervision/duties", caseId), null)
        .andExpect(status().isOk());
    assertThat(jdbc.sql("""
            select count(*) from audit_event where record_id = :id and action = 'VIEW'
               and detail like 'supervision%'""").param("id", caseId)
        .query(Integer.class).single()).isEqualTo(2);
    assertThat(audits()).isGreaterThan(before);
  }

  private int audits() {
    return jdbc.sql("select count(*) from audit_event where record_id = :id")
        .param("id", caseId).query(Integer.class).single();
  }

  @Test
  void aScheduleExpectsCheckInsOnWorkingDaysAndACheckInAnswersTheOneOfItsDay()
      throws Exception {
    // 1 January and 7 January are public holidays in Kazakhstan: a check-in set on them moves.
    as(f.officer, put("/api/v1/cases/{id}/supervision/schedule", caseId), """
        {"pattern": "MONTHLY", "monthDays": [1, 15], "startsOn": "%s"}"""
        .formatted(today)).andExpect(status().isOk())
        .andExpect(jsonPath("$.plan.pattern").value("MONTHLY"))
        .andExpect(jsonPath("$.version").value(0));
    String json = as(f.officer, get("/api/v1/cases/{id}/supervision/check-ins", caseId), null)
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    java.util.List<String> days = JsonPath.read(json, "$[*].dueOn");
    assertThat(days).isNotEmpty();
    for (String day : days) {
      LocalDate d = LocalDate.parse(day);
      assertThat(d.getDayOfWeek()).isNotIn(java.time.DayOfWeek.SATURDAY,
          java.time.DayOfWeek.SUNDAY);
      assertThat(d).isNotEqualTo(LocalDate.of(d.getYear(), 1, 1));
    }
    LocalDate first = LocalDate.parse(days.getFirst());
    // A stale version is refused.
    as(f.officer, put("/api/v1/cases/{id}/supervision/schedule", caseId), """
        {"version": 7, "pattern": "WEEKLY", "intervalWeeks": 2, "weekday": "TUESDAY",
         "startsOn": "%s"}""".formatted(today))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("supervision.stale-version"));
    as(f.officer, put("/api/v1/cases/{id}/supervision/schedule", caseId), """
        {"version": 0, "pattern": "WEEKLY", "intervalWeeks": 9, "startsOn": "%s"}"""
        .formatted(today))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("intervalWeeks")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("weekday")));
    if (!first.isAfter(today)) {
      event(f.officer, """
          {"kind": "CHECK_IN", "day": "%s", "result": "ATTENDED"}""".formatted(first))
          .andExpect(status().isCreated());
      as(f.officer, get("/api/v1/cases/{id}/supervision/check-ins", caseId), null)
          .andExpect(jsonPath("$[0].state").value("ATTENDED"));
    }
  }
}
