package kz.jol.reintegration.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.support.CaseloadFixture;
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
 * The plan (ИПР) through the API: drafted, approved, reviewed, closed; its approval ends the
 * INSTITUTIONAL "no plan" failure from that day; overdue plans are listed for the caseload.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanApiTest {

  // Jol's days are Almaty's; the JVM's zone may already be in another day.
  @Autowired Clock clock;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;

  CaseloadFixture caseload;
  Actor officer;
  UUID employmentCentre;
  UUID caseId;
  LocalDate registered;

  @BeforeEach
  void aCaseRegisteredTenDaysAgo() {
    caseload = new CaseloadFixture(jdbc, users, persons, cases);
    officer = caseload.officer;
    employmentCentre = Fixtures.organisation(jdbc, "EMPLOYMENT_CENTRE", officer.territoryCode());
    registered = LocalDate.now(clock).minusDays(10);
    caseId = caseload.caseRegistered(registered);
  }

  private ResultActions perform(MockHttpServletRequestBuilder request, String body)
      throws Exception {
    request.with(user(JolPrincipal.of(officer)));
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    return mvc.perform(request);
  }

  private String action(String domain, String goal, LocalDate due) {
    return """
        {"domain":"%s","goal":"%s","action":"Referral to the employment centre",
         "responsibleOrganisationId":"%s","dueOn":"%s"}"""
        .formatted(domain, goal, employmentCentre, due);
  }

  private long version() throws Exception {
    String body = perform(get("/api/v1/cases/{id}/plan", caseId), null)
        .andReturn().getResponse().getContentAsString();
    return ((Number) JsonPath.read(body, "$.version")).longValue();
  }

  @Test
  void approvingThePlanEndsThePlanOverdueFailureFromThatDay() throws Exception {
    LocalDate yesterday = LocalDate.now(clock).minusDays(1);
    perform(get("/api/v1/cases/{id}/reintegration", caseId), null)
        .andExpect(jsonPath("$.plan.overdue").value(true))
        .andExpect(jsonPath("$.plan.state").doesNotExist())
        .andExpect(jsonPath("$.domains[?(@.domain=='INSTITUTIONAL')].criticalFailures[0].reason")
            .value("PLAN_OVERDUE"));
    perform(get("/api/v1/reintegration/plans/overdue"), null)
        .andExpect(jsonPath("$[?(@.caseId=='%s')].planState".formatted(caseId)).isNotEmpty());

    perform(post("/api/v1/cases/{id}/plan", caseId),
        "{\"actions\":[" + action("ECONOMIC", "A job or an employment track", registered.plusDays(30))
            + "]}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.state").value("DRAFT"))
        .andExpect(jsonPath("$.overdue").value(true))
        .andExpect(jsonPath("$.actions[0].responsibleOrganisation.id")
            .value(employmentCentre.toString()))
        .andExpect(jsonPath("$.history[0].to").value("DRAFT"));
    perform(post("/api/v1/cases/{id}/plan/transitions", caseId),
        "{\"state\":\"APPROVED\",\"version\":%d}".formatted(version()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("APPROVED"))
        .andExpect(jsonPath("$.firstApprovedOn").value(LocalDate.now(clock).toString()))
        .andExpect(jsonPath("$.overdue").value(false))
        .andExpect(jsonPath("$.history[1].from").value("DRAFT"))
        .andExpect(jsonPath("$.history[1].by").value("Synthetic Officer"));

    // As of yesterday the plan was still missing; from today it is not.
    perform(get("/api/v1/cases/{id}/reintegration", caseId).param("asOf", yesterday.toString()),
        null)
        .andExpect(jsonPath("$.plan.overdue").value(true))
        .andExpect(jsonPath("$.domains[?(@.domain=='INSTITUTIONAL')].criticalFailures[0].reason")
            .value("PLAN_OVERDUE"));
    perform(get("/api/v1/cases/{id}/reintegration", caseId), null)
        .andExpect(jsonPath("$.plan.state").value("APPROVED"))
        .andExpect(jsonPath("$.plan.overdue").value(false))
        .andExpect(jsonPath("$.domains[?(@.domain=='INSTITUTIONAL')].criticalFailures.length()")
            .value(0));
    perform(get("/api/v1/reintegration/plans/overdue"), null)
        .andExpect(jsonPath("$[?(@.caseId=='%s')]".formatted(caseId)).isEmpty());
  }

  @Test
  void statesMoveOnlyAlongTheAllowedPathsAndReviewAndClosingNeedAReason() throws Exception {
    perform(post("/api/v1/cases/{id}/plan", caseId), null).andExpect(status().isCreated());
    perform(post("/api/v1/cases/{id}/plan", caseId), null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("plan.exists"));
    // An empty plan is not approved; a draft is not reviewed.
    perform(post("/api/v1/cases/{id}/plan/transitions", caseId), "{\"state\":\"APPROVED\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("plan.no-open-action"));
    perform(post("/api/v1/cases/{id}/plan/transitions", caseId),
        "{\"state\":\"UNDER_REVIEW\",\"note\":\"x\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("plan.transition-not-allowed"));

    perform(post("/api/v1/cases/{id}/plan/actions", caseId),
        action("ECONOMIC", "Employment track", registered.plusDays(20)))
        .andExpect(status().isCreated());
    perform(post("/api/v1/cases/{id}/plan/transitions", caseId), "{\"state\":\"APPROVED\"}")
        .andExpect(status().isOk());
    // Approved: actions no longer change until the plan is under review.
    perform(post("/api/v1/cases/{id}/plan/actions", caseId),
        action("LEGAL", "Identity card", registered.plusDays(20)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("plan.not-editable"));
    perform(post("/api/v1/cases/{id}/plan/transitions", caseId), "{\"state\":\"UNDER_REVIEW\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("note"));
    perform(post("/api/v1/cases/{id}/plan/transitions", caseId),
        "{\"state\":\"UNDER_REVIEW\",\"note\":\"Lost the job\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("UNDER_REVIEW"));
    perform(post("/api/v1/cases/{id}/plan/actions", caseId),
        action("LEGAL", "Identity card", registered.plusDays(20)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.actions.length()").value(2));
    perform(post("/api/v1/cases/{id}/plan/transitions", caseId), "{\"state\":\"APPROVED\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.firstApprovedOn").value(LocalDate.now(clock).toString()));
    perform(post("/api/v1/cases/{id}/plan/transitions", caseId),
        "{\"state\":\"CLOSED\",\"note\":\"Route ended\"}")
        .andExpect(status().isOk());
    perform(post("/api/v1/cases/{id}/plan/transitions", caseId),
        "{\"state\":\"UNDER_REVIEW\",\"note\":\"again\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("plan.transition-not-allowed"));
    perform(get("/api/v1/cases/{id}/plan", caseId), null)
        .andExpect(jsonPath("$.history[*].to")
            .value(org.hamcrest.Matchers.contains("DRAFT", "APPROVED", "UNDER_REVIEW",
                "APPROVED", "CLOSED")))
        .andExpect(jsonPath("$.history[2].note").value("Lost the job"));
  }

  @Test
  void actionsAreCheckedAllAtOnceAndNothingIsWrittenOnAProblem() throws Exception {
    perform(post("/api/v1/cases/{id}/plan", caseId), """
        {"actions":[
          {"domain":"LEGAL","goal":" ","action":"x","responsibleOrganisationId":"%s",
           "dueOn":"%s"},
          {"domain":"HOUSING","goal":"Safe housing","action":"Crisis centre",
           "responsibleOrganisationId":"%s","dueOn":"%s"}]}"""
        .formatted(employmentCentre, registered.minusDays(1), UUID.randomUUID(), registered))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
            "actions[0].goal", "actions[0].dueOn", "actions[1].responsibleOrganisationId")));
    perform(get("/api/v1/cases/{id}/plan", caseId), null).andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("plan.none"));
  }

  @Test
  void anActionIsDoneWithItsOutcomeOnceAndAStaleVersionIsRefused() throws Exception {
    String body = perform(post("/api/v1/cases/{id}/plan", caseId),
        "{\"actions\":[" + action("ECONOMIC", "Work", LocalDate.now(clock).minusDays(1)) + "]}")
        .andExpect(jsonPath("$.actions[0].overdue").value(true))
        .andReturn().getResponse().getContentAsString();
    String actionId = JsonPath.read(body, "$.actions[0].id");
    long version = ((Number) JsonPath.read(body, "$.version")).longValue();
    perform(put("/api/v1/cases/{id}/plan/actions/{a}", caseId, actionId),
        action("ECONOMIC", "Work, changed", LocalDate.now(clock).plusDays(5))
            .replace("}", ",\"version\":" + version + "}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.actions[0].goal").value("Work, changed"))
        .andExpect(jsonPath("$.actions[0].overdue").value(false));
    perform(put("/api/v1/cases/{id}/plan/actions/{a}", caseId, actionId),
        action("ECONOMIC", "Stale", LocalDate.now(clock)).replace("}", ",\"version\":" + version + "}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("plan.stale-version"));
    perform(post("/api/v1/cases/{id}/plan/actions/{a}/close", caseId, actionId),
        "{\"status\":\"DONE\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("outcome"));
    perform(post("/api/v1/cases/{id}/plan/actions/{a}/close", caseId, actionId),
        "{\"status\":\"DONE\",\"outcome\":\"Registered at the employment centre\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.actions[0].status").value("DONE"))
        .andExpect(jsonPath("$.actions[0].closedOn").value(LocalDate.now(clock).toString()));
    perform(post("/api/v1/cases/{id}/plan/actions/{a}/close", caseId, actionId),
        "{\"status\":\"CANCELLED\",\"outcome\":\"no\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("plan.action-closed"));
    perform(post("/api/v1/cases/{id}/plan/actions/{a}/close", caseId, UUID.randomUUID()),
        "{\"status\":\"DONE\",\"outcome\":\"x\"}")
        .andExpect(status().isNotFound());
  }

  @Test
  void theProsecutorReadsThePlanButOnlyProbationStaffWriteIt() throws Exception {
    perform(post("/api/v1/cases/{id}/plan", caseId), null).andExpect(status().isCreated());
    var prosecutor = new Actor(UUID.randomUUID(), "prosecutor-plan", "Prosecutor",
        Role.PROSECUTOR, null, officer.territoryCode());
    mvc.perform(get("/api/v1/cases/{id}/plan", caseId).with(user(JolPrincipal.of(prosecutor))))
        .andExpect(status().isOk());
    mvc.perform(post("/api/v1/cases/{id}/plan/transitions", caseId)
            .with(user(JolPrincipal.of(prosecutor)))
            .contentType(MediaType.APPLICATION_JSON).content("{\"state\":\"CLOSED\"}"))
        .andExpect(status().isForbidden());
    var stranger = new Actor(UUID.randomUUID(), "other-plan", "Other", Role.PROBATION_OFFICER,
        null, Fixtures.territory(jdbc));
    mvc.perform(get("/api/v1/cases/{id}/plan", caseId).with(user(JolPrincipal.of(stranger))))
        .andExpect(status().isNotFound());
    assertThat(jdbc.sql("select count(*) from plan_transition t join reintegration_plan p "
            + "on p.id = t.plan_id where p.case_id = :id").param("id", caseId)
        .query(Integer.class).single()).isEqualTo(1);
  }

  @Test
  void aPlanApprovedOnPaperIsRecordedWithItsDayAndEndsTheFailureFromThen() throws Exception {
    perform(post("/api/v1/cases/{id}/plan", caseId),
        "{\"actions\":[" + action("ECONOMIC", "Work", registered.plusDays(30)) + "]}")
        .andExpect(status().isCreated());
    LocalDate onPaper = registered.plusDays(2);
    perform(post("/api/v1/cases/{id}/plan/transitions", caseId),
        "{\"state\":\"APPROVED\",\"on\":\"%s\"}".formatted(onPaper))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("note"));
    perform(post("/api/v1/cases/{id}/plan/transitions", caseId),
        "{\"state\":\"APPROVED\",\"note\":\"x\",\"on\":\"%s\"}"
            .formatted(registered.minusDays(1)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("plan.decision-too-early"));
    perform(post("/api/v1/cases/{id}/plan/transitions", caseId),
        "{\"state\":\"APPROVED\",\"note\":\"x\",\"on\":\"%s\"}"
            .formatted(LocalDate.now(clock).plusDays(1)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("plan.decision-future"));
    perform(post("/api/v1/cases/{id}/plan/transitions", caseId),
        "{\"state\":\"APPROVED\",\"note\":\"Приказ № 17\",\"on\":\"%s\"}"
            .formatted(onPaper))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.firstApprovedOn").value(onPaper.toString()))
        .andExpect(jsonPath("$.history[1].on").value(onPaper.toString()));
    // Approved on day 2, within the 3 working days: the plan was never overdue.
    perform(get("/api/v1/cases/{id}/reintegration", caseId)
            .param("asOf", registered.plusDays(8).toString()), null)
        .andExpect(jsonPath("$.plan.overdue").value(false))
        .andExpect(jsonPath("$.domains[?(@.domain=='INSTITUTIONAL')].criticalFailures.length()")
            .value(0));
    // A later change cannot be dated before the approval.
    perform(post("/api/v1/cases/{id}/plan/transitions", caseId),
        "{\"state\":\"UNDER_REVIEW\",\"note\":\"x\",\"on\":\"%s\"}"
            .formatted(registered.plusDays(1)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("plan.decision-too-early"));
  }
}
