package kz.jol.reintegration.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class RiskRulesApiTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  final Actor admin = new Actor(UUID.randomUUID(), "rules-admin", "Rules Admin", Role.ADMIN, null,
      "000000000");

  @AfterEach
  void restoreTheDefaults() {
    jdbc.sql("""
        update risk_rules set legal_warning_days = 7, economic_warning_days = 14,
            health_warning_days = 7, plan_warning_days = 7, health_screening_day = 30""").update();
  }

  @Test
  void theAdministratorReadsAndChangesTheThresholdsOverTheVersionTheyRead() throws Exception {
    int version = jdbc.sql("select version from risk_rules").query(Integer.class).single();
    mvc.perform(get("/api/v1/admin/reintegration/risk-rules").with(user(JolPrincipal.of(admin))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.economicWarningDays").value(14))
        .andExpect(jsonPath("$.healthScreeningDay").value(30));
    String changed = """
        {"legalWarningDays":10,"economicWarningDays":21,"healthWarningDays":7,
         "planWarningDays":7,"healthScreeningDay":30,"version":%d}""";
    mvc.perform(put("/api/v1/admin/reintegration/risk-rules").with(user(JolPrincipal.of(admin)))
            .contentType(MediaType.APPLICATION_JSON).content(changed.formatted(version)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.legalWarningDays").value(10))
        .andExpect(jsonPath("$.version").value(version + 1));
    mvc.perform(put("/api/v1/admin/reintegration/risk-rules").with(user(JolPrincipal.of(admin)))
            .contentType(MediaType.APPLICATION_JSON).content(changed.formatted(version)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("riskRules.stale-version"));
  }

  @Test
  void badThresholdsAreRefusedWithEveryFieldAndOthersMayNotTouchThem() throws Exception {
    mvc.perform(put("/api/v1/admin/reintegration/risk-rules").with(user(JolPrincipal.of(admin)))
            .header("Accept-Language", "ru")
            .contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"legalWarningDays":-1,"economicWarningDays":14,"healthWarningDays":7,
                 "planWarningDays":7,"healthScreeningDay":0,"version":0}"""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.length()").value(2))
        .andExpect(jsonPath("$.errors[0].message").value("Значение должно быть не меньше 0."));
    var officer = new Actor(UUID.randomUUID(), "rules-officer", "Officer", Role.PROBATION_OFFICER,
        null, "000000000");
    mvc.perform(get("/api/v1/admin/reintegration/risk-rules").with(user(JolPrincipal.of(officer))))
        .andExpect(status().isForbidden());
  }
}
