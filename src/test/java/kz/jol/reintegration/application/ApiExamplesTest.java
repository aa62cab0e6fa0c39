package kz.jol.reintegration.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import kz.jol.access.JolPrincipal;
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

/**
 * The request examples the OpenAPI document shows for assessments and the plan, sent to the API
 * as they are (the placeholder organisation replaced by a real one): each one is accepted.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiExamplesTest {

  static final String PLACEHOLDER = "5b0e2c1a-7d43-4a8e-9f61-2f3c8d9e0a17";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;

  CaseloadFixture caseload;
  UUID caseId;
  String apiDocs;

  @BeforeEach
  void aCaseRegisteredOnTheExamplesFirstOfMarch() throws Exception {
    caseload = new CaseloadFixture(jdbc, users, persons, cases);
    caseId = caseload.caseRegistered(LocalDate.of(2026, 3, 1));
    apiDocs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }

  private Map<String, Map<String, Object>> examples(String path, String method) {
    return JsonPath.read(apiDocs, "$.paths['%s'].%s.requestBody.content['application/json']"
        .formatted(path, method) + ".examples");
  }

  private int send(String path, String body, Object... uriVariables) throws Exception {
    return mvc.perform(post(path, uriVariables).with(user(JolPrincipal.of(caseload.officer)))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andReturn().getResponse().getStatus();
  }

  @Test
  void everyAssessmentExampleIsAccepted() throws Exception {
    var examples = examples("/api/v1/cases/{id}/assessments", "post");
    assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
    for (var example : examples.entrySet()) {
      String body = JsonPath.parse(example.getValue().get("value")).jsonString();
      assertThat(send("/api/v1/cases/{id}/assessments", body, caseId))
          .as(example.getKey()).isEqualTo(201);
    }
  }

  @Test
  void thePlanExamplesTellOneStoryTheApiAccepts() throws Exception {
    String organisation = Fixtures.organisation(jdbc, "PUBLIC_SERVICE_CENTRE",
        caseload.officer.territoryCode()).toString();
    assertThat(send("/api/v1/cases/{id}/plan",
        example("/api/v1/cases/{id}/plan", "post", "two actions", organisation), caseId))
        .isEqualTo(201);
    assertThat(send("/api/v1/cases/{id}/plan/actions",
        example("/api/v1/cases/{id}/plan/actions", "post", "health action", organisation),
        caseId)).isEqualTo(201);
    String transitions = "/api/v1/cases/{id}/plan/transitions";
    assertThat(send(transitions, example(transitions, "post", "approve", organisation), caseId))
        .isEqualTo(200);
    String actionId = JsonPath.read(mvc.perform(get("/api/v1/cases/{id}/plan", caseId)
            .with(user(JolPrincipal.of(caseload.officer))))
        .andReturn().getResponse().getContentAsString(), "$.actions[2].id");
    String close = "/api/v1/cases/{id}/plan/actions/{actionId}/close";
    assertThat(send(close, example(close, "post", "done", organisation), caseId, actionId))
        .isEqualTo(200);
    assertThat(send(transitions, example(transitions, "post", "review", organisation), caseId))
        .isEqualTo(200);
    assertThat(send(transitions, example(transitions, "post", "close", organisation), caseId))
        .isEqualTo(200);
  }

  private String example(String path, String method, String name, String organisation) {
    Object value = examples(path, method).get(name).get("value");
    return JsonPath.parse(value).jsonString().replace(PLACEHOLDER, organisation);
  }
}
