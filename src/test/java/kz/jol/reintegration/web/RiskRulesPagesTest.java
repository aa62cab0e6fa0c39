package kz.jol.reintegration.web;

import static kz.jol.support.AdminPages.as;
import static kz.jol.support.AdminPages.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kz.jol.access.Role;
import kz.jol.reintegration.application.RiskRulesSettings;
import kz.jol.reintegration.domain.RiskRules;
import kz.jol.support.AdminPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's risk thresholds. Reintegration tests count on the default thresholds, so each
 * test runs in a transaction that is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RiskRulesPagesTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired RiskRulesSettings settings;

  String admin = AdminPages.username("risk-admin");

  MockHttpServletRequestBuilder form(RiskRulesSettings.Versioned current) {
    RiskRules r = current.rules();
    return post("/admin/risk-rules").with(as(Role.ADMIN, admin)).with(csrf())
        .param("legalWarningDays", "" + r.legalWarningDays())
        .param("economicWarningDays", "" + r.economicWarningDays())
        .param("healthWarningDays", "" + r.healthWarningDays())
        .param("planWarningDays", "" + r.planWarningDays())
        .param("healthScreeningDay", "" + r.healthScreeningDay())
        .param("version", "" + current.version());
  }

  long auditRows() {
    return AdminPages.auditRows(jdbc, RiskRulesSettings.AUDIT_TYPE,
        RiskRulesSettings.AUDIT_RECORD_ID, admin);
  }

  @Test
  void aChangeIsSavedAsTheNextVersionAndAudited() throws Exception {
    RiskRulesSettings.Versioned current = settings.current();
    mvc.perform(get("/admin/risk-rules").param("lang", "en").with(as(Role.ADMIN, admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Risk thresholds")))
        .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
            "(?s).*name=\"legalWarningDays\"[^>]*value=\""
                + current.rules().legalWarningDays() + "\".*")));
    int legal = current.rules().legalWarningDays() + 3;
    mvc.perform(form(current).with(set("legalWarningDays", "" + legal)))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/admin/risk-rules"));
    RiskRulesSettings.Versioned saved = settings.current();
    assertThat(saved.version()).isEqualTo(current.version() + 1);
    assertThat(saved.rules().legalWarningDays()).isEqualTo(legal);
    assertThat(AdminPages.lastAuditDetail(jdbc, RiskRulesSettings.AUDIT_TYPE,
        RiskRulesSettings.AUDIT_RECORD_ID, admin)).isEqualTo("version " + saved.version()
            + ": legalWarningDays " + current.rules().legalWarningDays() + "→" + legal);
    mvc.perform(get("/admin/risk-rules").param("lang", "en").with(as(Role.ADMIN, admin)))
        .andExpect(content().string(containsString(admin)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en|This value must be at least 1.|This field is required.|This value is not valid.",
      "ru|Значение должно быть не меньше 1.|Это поле обязательно.|Недопустимое значение.",
      "kk|Бұл мән кемінде 1 болуы керек.|Бұл өрісті толтыру міндетті.|Мән жарамсыз."})
  void wrongValuesAreRefusedBesideTheirFieldsInTheUsersLanguageAndNothingIsSaved(String lang,
      String range, String required, String invalid) throws Exception {
    RiskRulesSettings.Versioned current = settings.current();
    mvc.perform(form(current).param("lang", lang).with(set("legalWarningDays", ""))
            .with(set("economicWarningDays", "abc")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString(
            "id=\"legalWarningDays-errors\"><li>" + required)))
        .andExpect(content().string(containsString(
            "id=\"economicWarningDays-errors\"><li>" + invalid)));
    mvc.perform(form(current).param("lang", lang).with(set("healthScreeningDay", "0")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString(
            "id=\"healthScreeningDay-errors\"><li>" + range)));
    assertThat(settings.current()).isEqualTo(current);
    assertThat(auditRows()).isZero();
  }

  @Test
  void aStaleVersionSaysSomeoneElseChangedTheRules() throws Exception {
    RiskRulesSettings.Versioned current = settings.current();
    mvc.perform(form(current).param("lang", "en")
            .with(set("version", "" + (current.version() + 5))))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString(
            "The risk rules were changed by someone else; reload and try again.")));
    assertThat(settings.current()).isEqualTo(current);
    assertThat(auditRows()).isZero();
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, mode = EnumSource.Mode.EXCLUDE, names = "ADMIN")
  void onlyAnAdminOpensOrChangesTheThresholds(Role role) throws Exception {
    RiskRulesSettings.Versioned current = settings.current();
    mvc.perform(get("/admin/risk-rules").with(as(role, "someone")))
        .andExpect(status().isForbidden());
    mvc.perform(form(current).with(as(role, "someone"))).andExpect(status().isForbidden());
    assertThat(settings.current()).isEqualTo(current);
  }
}
