package kz.jol.actionplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.actionplan.ActionPlanFixture;
import kz.jol.actionplan.domain.Deadline;
import kz.jol.actionplan.domain.HalfYear;
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
 * The plan, measure and dashboard pages and the API: the ministry reads decree No. 912 whole;
 * an executor files through the form, a refused form comes back with each problem beside its
 * field in the reader's language and the text kept; an outsider finds nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ActionPlanPagesTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAdministration users;
  @Autowired Clock clock;

  ActionPlanFixture f;
  HalfYear current;

  @BeforeEach
  void aPlanRunningNow() {
    LocalDate today = LocalDate.now(clock);
    current = HalfYear.of(today);
    f = new ActionPlanFixture(jdbc, users, current.previous().previous().firstDay(),
        current.next().lastDay(), Deadline.halfYear(current.next().year(), current.next().half()));
  }

  Actor ministryAnalyst() {
    String territory = Fixtures.territory(jdbc);
    UUID ministry = Fixtures.organisation(jdbc, "MINISTRY", territory);
    var u = users.create(new UserAdministration.UserForm("min." + UUID.randomUUID()
        .toString().substring(0, 8), "Analyst", Role.ANALYST, ministry, territory, true,
        ActionPlanFixture.PASSWORD, null)).user();
    return new Actor(u.id(), u.username(), u.fullName(), u.role(), u.organisationId(),
        u.territoryCode());
  }

  UUID decree912() {
    return jdbc.sql("select id from action_plan where code = 'decree-912'").query(UUID.class)
        .single();
  }

  @Test
  void theMinistrySeesDecree912WithItsThirtyMeasures() throws Exception {
    var analyst = ministryAnalyst();
    String html = mvc.perform(get("/action-plans/" + decree912()).param("lang", "ru")
            .with(user(JolPrincipal.of(analyst))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(html).contains("data-measure=\"30\"", "Встреча у ворот", "созыв",
        "по согласованию", "24.07.2017", "2017 – 2019 годы", "Просрочено");
    String kk = mvc.perform(get("/action-plans/" + decree912()).param("lang", "kk")
            .with(user(JolPrincipal.of(analyst))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(kk).contains("«Қақпа алдындағы кездесу»", "Jol жасаған аударма");
    mvc.perform(get("/api/v1/action-plans/" + decree912()).with(user(JolPrincipal.of(analyst))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.measures.length()").value(30))
        .andExpect(jsonPath("$.measures[8].executors[0].code").value("GP"))
        .andExpect(jsonPath("$.measures[8].executors[0].byAgreement").value(true))
        .andExpect(jsonPath("$.measures[8].deadline.text").value("2 квартал 2017 год"));
    mvc.perform(get("/action-plans/" + decree912() + "/discipline")
            .with(user(JolPrincipal.of(analyst))))
        .andExpect(status().isOk());
  }

  @Test
  void aRefusedReportComesBackWithEachProblemBesideItsFieldInKazakh() throws Exception {
    String html = mvc.perform(post("/action-plans/" + f.planId + "/measures/" + f.measureId
            + "/reports").param("lang", "kk").with(csrf()).with(user(JolPrincipal.of(f.co)))
            .param("executor", "CO").param("period", current.key())
            .param("text", "Жұмыс тобының екі отырысы өтті"))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(html).contains("id=\"error-report-state\"", "Іс-шараның жай-күйін көрсетіңіз.",
        "Жұмыс тобының екі отырысы өтті");
    assertThat(jdbc.sql("select count(*) from action_plan_report where measure_id = :m")
        .param("m", f.measureId).query(Integer.class).single()).isZero();
  }

  @Test
  void aReportFiledThroughTheFormShowsOnTheMeasureAndTheDashboard() throws Exception {
    var late = current.previous().previous();
    mvc.perform(post("/action-plans/" + f.planId + "/measures/" + f.measureId + "/reports")
            .with(csrf()).with(user(JolPrincipal.of(f.co)))
            .param("executor", "CO").param("period", late.key()).param("state", "IN_PROGRESS")
            .param("text", "Екі семинар өткізілді"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/api/v1/action-plans/" + f.planId + "/discipline")
            .with(user(JolPrincipal.of(f.lead))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.executors[?(@.executor == 'CO')].late").value(1))
        .andExpect(jsonPath("$.executors[?(@.executor == 'LEAD')].late").value(0));
    String page = mvc.perform(get("/action-plans/" + f.planId + "/discipline").param("lang", "en")
            .with(user(JolPrincipal.of(f.lead))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("data-status=\"LATE\"", "Late by");
  }

  @Test
  void theApiRefusesBadInputAndASecondReport() throws Exception {
    String url = "/api/v1/action-plans/" + f.planId + "/measures/" + f.measureId + "/reports";
    mvc.perform(post(url).with(csrf()).with(user(JolPrincipal.of(f.co)))
            .contentType(MediaType.APPLICATION_JSON).content("{\"period\": \"1999-H1\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field == 'period')].code")
            .value("actionplan.period-not-in-plan"));
    String body = "{\"period\": \"" + current.key() + "\", \"state\": \"DONE\", "
        + "\"text\": \"Орындалды\"}";
    mvc.perform(post(url).with(csrf()).with(user(JolPrincipal.of(f.co)))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.executor").value("CO"))
        .andExpect(jsonPath("$.timeliness").value("ON_TIME"));
    mvc.perform(post(url).with(csrf()).with(user(JolPrincipal.of(f.co)))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isConflict());
  }

  @Test
  void anOutsiderFindsNoPlan() throws Exception {
    mvc.perform(get("/action-plans/" + f.planId).with(user(JolPrincipal.of(f.outsider))))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/action-plans/" + f.planId + "/measures/" + f.measureId)
            .with(user(JolPrincipal.of(f.outsider))))
        .andExpect(status().isNotFound());
  }
}
