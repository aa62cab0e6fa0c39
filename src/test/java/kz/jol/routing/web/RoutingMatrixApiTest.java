package kz.jol.routing.web;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The routing matrix: the seed's defaults, an admin's new version, the history of versions.
 * Each test runs in a transaction that is rolled back: other tests route on the defaults.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RoutingMatrixApiTest {

  @Autowired MockMvc mvc;

  final Actor admin = new Actor(UUID.randomUUID(), "matrix-admin", "Matrix Admin", Role.ADMIN,
      null, "000000000");
  final Actor officer = new Actor(UUID.randomUUID(), "matrix-officer", "Officer",
      Role.PROBATION_OFFICER, null, "000000000");

  static final String HOUSING_36 = """
      {"domain": "HOUSING", "level": "R3", "actionCode": "SAFE_PLACEMENT",
       "actionKk": "Қауіпсіз орналастыру", "actionRu": "Безопасное размещение",
       "actionEn": "Safe placement", "targetType": "CRISIS_CENTRE",
       "deadlineAmount": 36, "deadlineUnit": "HOURS", "targetAmount": 24,
       "targetUnit": "HOURS", "priority": "URGENT"}""";

  @Test
  void theDefaultsAreTheSeedsDeadlines() throws Exception {
    mvc.perform(get("/api/v1/routing-matrix").with(user(JolPrincipal.of(officer))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rules[?(@.domain=='HOUSING' && @.level=='R3')].deadline.amount")
            .value(48))
        .andExpect(jsonPath("$.rules[?(@.domain=='HOUSING' && @.level=='R3')].target.amount")
            .value(24))
        .andExpect(jsonPath("$.rules[?(@.domain=='LEGAL')].targetType")
            .value(containsInAnyOrder("PUBLIC_SERVICE_CENTRE", "PUBLIC_SERVICE_CENTRE")))
        .andExpect(jsonPath("$.rules[?(@.domain=='LEGAL' && @.level=='R2')].deadline.unit")
            .value("HOURS"))
        .andExpect(jsonPath("$.rules[?(@.domain=='ECONOMIC' && @.level=='R3')].deadline.amount")
            .value(7))
        .andExpect(jsonPath("$.rules[?(@.domain=='HEALTH' && @.level=='R1')].deadline.unit")
            .value("DAYS_AFTER_REGISTRATION"));
  }

  @Test
  void anAdminWritesANewVersionAgainstTheVersionRead() throws Exception {
    int base = JsonPath.read(mvc.perform(get("/api/v1/routing-matrix")
        .with(user(JolPrincipal.of(admin)))).andReturn().getResponse().getContentAsString(),
        "$.version");
    String body = "{\"baseVersion\": %d, \"note\": \"36 hours\", \"rules\": [%s]}"
        .formatted(base, HOUSING_36);
    mvc.perform(put("/api/v1/admin/routing-matrix").with(user(JolPrincipal.of(admin)))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(base + 1))
        .andExpect(jsonPath("$.rules.length()").value(1))
        .andExpect(jsonPath("$.rules[0].deadline.amount").value(36));
    // The same base again is stale: someone (we) wrote a version since.
    mvc.perform(put("/api/v1/admin/routing-matrix").with(user(JolPrincipal.of(admin)))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("routing.stale-version"));
    mvc.perform(get("/api/v1/routing-matrix/versions").with(user(JolPrincipal.of(admin))))
        .andExpect(jsonPath("$[0].version").value(base + 1))
        .andExpect(jsonPath("$[0].createdBy").value("matrix-admin"))
        .andExpect(jsonPath("$[0].note").value("36 hours"));
    mvc.perform(get("/api/v1/routing-matrix/versions/{v}", base)
            .with(user(JolPrincipal.of(admin))))
        .andExpect(jsonPath("$.rules[?(@.domain=='HOUSING')].deadline.amount").value(48));
  }

  @Test
  void everyProblemOfEveryRuleIsReportedAndNothingWritten() throws Exception {
    mvc.perform(put("/api/v1/admin/routing-matrix").with(user(JolPrincipal.of(admin)))
            .header("Accept-Language", "ru")
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"baseVersion": 1, "rules": [
                  {"domain": "HOUSING", "level": "R0", "actionCode": "safe",
                   "actionKk": "", "actionRu": "Р", "actionEn": "E",
                   "targetType": "CRISIS_CENTRE", "deadlineAmount": 0, "deadlineUnit": "HOURS",
                   "priority": "URGENT"},
                  %s, %s]}""".formatted(HOUSING_36, HOUSING_36.replace("24", "48")
                    .replace("36", "40"))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("rules[0].deadlineAmount")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("rules[0].level")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("rules[0].actionCode")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("rules[0].actionKk")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("rules[2].target")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("rules[2].actionCode")))
        .andExpect(jsonPath("$.errors[*].message", hasItem("От 1 до 744.")));
  }

  @Test
  void onlyAnAdminChangesTheMatrix() throws Exception {
    mvc.perform(put("/api/v1/admin/routing-matrix").with(user(JolPrincipal.of(officer)))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"baseVersion\": 1, \"rules\": [" + HOUSING_36 + "]}"))
        .andExpect(status().isForbidden());
  }
}
