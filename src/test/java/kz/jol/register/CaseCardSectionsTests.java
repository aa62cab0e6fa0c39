package kz.jol.register;

import static kz.jol.register.RegisterFixture.as;
import static kz.jol.register.RegisterPages.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import kz.jol.access.Actor;
import kz.jol.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The sections other modules add to the case card (reintegration, plan, referrals, timeline)
 * per role and language, and the assessment and plan forms on it: inline refusals, a preview
 * that writes nothing, a save that does.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CaseCardSectionsTests {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  RegisterFixture fixture;
  RegisterPages pages;
  Actor officer;
  String caseId;

  @BeforeEach
  void setUp() throws Exception {
    fixture = RegisterFixture.create(jdbc);
    pages = new RegisterPages(mvc);
    officer = fixture.user(Role.PROBATION_OFFICER, fixture.districtA);
    caseId = new RegisterApi(mvc).sentenceCase(officer, fixture.districtA);
  }

  @ParameterizedTest
  @CsvSource({
      "en, Reintegration, Individual reintegration plan, Referrals, Timeline, Assess a domain",
      "ru, Реинтеграция, Индивидуальный план реинтеграции, Направления, Хронология, Оценить сферу",
      "kk, Реинтеграция, Жеке реинтеграция жоспары, Жолдамалар, Хронология, Саланы бағалау"})
  void anOfficersCardShowsEverySectionInTheChosenLanguage(String language, String reintegration,
      String plan, String referrals, String timeline, String assess) throws Exception {
    String card = html(pages.in(language).get(officer, "/cases/" + caseId)
        .andExpect(status().isOk()));

    assertThat(card).contains("id=\"reintegration\"", "id=\"plan\"", "id=\"referrals\"",
        "id=\"timeline\"", reintegration, plan, referrals, timeline, assess,
        "action=\"/cases/" + caseId + "/assessments\"", "/assessments/preview",
        "action=\"/cases/" + caseId + "/plan\"", "name=\"_csrf\"", "risk-R1");
    assertThat(card.indexOf("id=\"reintegration\"")).isLessThan(card.indexOf("id=\"plan\""));
    assertThat(card.indexOf("id=\"referrals\"")).isLessThan(card.indexOf("id=\"timeline\""));
  }

  @Test
  void openingTheCardWithItsSectionsIsOneViewInTheAuditTrail() throws Exception {
    long before = views();

    pages.get(officer, "/cases/" + caseId).andExpect(status().isOk());

    // The card and each section read the case; the reader opened it once.
    assertThat(views()).isEqualTo(before + 1);
  }

  @Test
  void aProsecutorSeesTheSectionsButNoFormAndCannotWrite() throws Exception {
    Actor prosecutor = fixture.user(Role.PROSECUTOR, fixture.districtA);
    save(officer, "HOUSING", "0", "homeless").andExpect(header().exists("HX-Location"));

    String card = html(pages.get(prosecutor, "/cases/" + caseId).andExpect(status().isOk()));

    assertThat(card).contains("id=\"reintegration\"", "id=\"plan\"", "id=\"referrals\"",
        "id=\"timeline\"", "R3 critical", "Homeless (since " + shownToday() + ")",
        "/cases/" + caseId + "/audit");
    assertThat(card).doesNotContain("/assessments", "/plan/", "action=\"/cases/" + caseId
        + "/plan\"", "Escalations");
    long before = assessments();
    save(prosecutor, "HOUSING", "2", null).andExpect(status().isForbidden());
    pages.post(prosecutor, "/cases/" + caseId + "/assessments/preview", "domain", "HOUSING",
        "score", "0").andExpect(status().isForbidden());
    pages.post(prosecutor, "/cases/" + caseId + "/plan").andExpect(status().isForbidden());
    assertThat(assessments()).isEqualTo(before);
  }

  @Test
  void aPoliceInspectorSeesOnlyWhatTheRegisterShowsThem() throws Exception {
    Actor police = fixture.user(Role.POLICE_INSPECTOR, fixture.districtA);
    fixture.liveInPrecinctOf(police, jdbc.sql(
            "select person_id::text from probation_case where id = cast(:id as uuid)")
        .param("id", caseId).query(String.class).single());

    String card = html(pages.get(police, "/cases/" + caseId).andExpect(status().isOk()));

    assertThat(card).contains("id=\"case-block\"");
    assertThat(card).doesNotContain("id=\"reintegration\"", "id=\"plan\"",
        "id=\"referrals\"", "id=\"timeline\"", "Reintegration", "/assessments");
    pages.post(police, "/cases/" + caseId + "/assessments", "domain", "HOUSING", "score", "0")
        .andExpect(status().isForbidden());
  }

  @Test
  void aRefusedAssessmentSaysWhatToFixNextToTheFieldInTheUsersLanguage() throws Exception {
    long before = assessments();

    String english = html(pages.post(officer, "/cases/" + caseId + "/assessments",
        "domain", "LEGAL", "score", "2", "assessedOn", today().plusDays(3).toString())
        .andExpect(status().isBadRequest()));
    String russian = html(pages.in("ru").post(officer, "/cases/" + caseId + "/assessments",
        "domain", "LEGAL", "score", "2").andExpect(status().isBadRequest()));
    String htmx = html(htmx(officer, "/cases/" + caseId + "/assessments",
        "domain", "HEALTH", "score", "1").andExpect(status().isOk()));

    assertThat(english).contains("id=\"error-assessedOn\"",
        "An assessment cannot hold from a future day.", "name=\"_csrf\"");
    assertThat(russian).contains("id=\"error-evidence\"",
        "Для оценки 2 нужно подтверждение результата");
    assertThat(htmx).contains("id=\"error-healthNeed\"").doesNotContain("<html");
    assertThat(assessments()).isEqualTo(before);
  }

  @Test
  void thePreviewShowsTheNewIndexAndRisksWithoutWritingAndTheSaveWrites() throws Exception {
    save(officer, "LEGAL", "1", "hasIdentityDocument").andExpect(status().isOk());
    long before = assessments();

    String preview = html(htmx(officer, "/cases/" + caseId + "/assessments/preview",
        "domain", "HOUSING", "score", "0", "homeless", "true",
        "assessedOn", today().toString()).andExpect(status().isOk()));

    assertThat(preview).contains("class=\"preview\"", "1 → 1", "R1 need", "R3 critical",
        "New critical failure: Homeless", "checked");
    assertThat(assessments()).isEqualTo(before);

    save(officer, "HOUSING", "0", "homeless")
        .andExpect(header().string("HX-Location", "{\"path\":\"/cases/" + caseId
            + "\",\"target\":\"main\",\"select\":\"main\",\"swap\":\"outerHTML\"}"))
        .andExpect(flash().attribute("cardSaved", "assess-HOUSING"));
    assertThat(assessments()).isEqualTo(before + 1);
    String card = html(pages.get(officer, "/cases/" + caseId).andExpect(status().isOk()));
    assertThat(card).contains("Homeless (since " + shownToday() + ")", "risk-R3",
        "Housing domain: score 0");
  }

  @Test
  void anOfficerDraftsThePlanAddsAnActionWithInlineErrorsAndApprovesIt() throws Exception {
    pages.post(officer, "/cases/" + caseId + "/plan").andExpect(status().is3xxRedirection());

    String refused = html(pages.post(officer, "/cases/" + caseId + "/plan/actions",
        "domain", "HOUSING", "goal", "", "action", "Call the crisis centre")
        .andExpect(status().isBadRequest()));
    assertThat(refused).contains("id=\"error-goal\"", "id=\"error-responsibleOrganisationId\"",
        "id=\"error-dueOn\"", "value=\"HOUSING\" selected", "Call the crisis centre");

    pages.post(officer, "/cases/" + caseId + "/plan/actions", "domain", "HOUSING",
        "goal", "A safe place to live", "action", "Call the crisis centre",
        "responsibleOrganisationId", fixture.organisation.toString(),
        "dueOn", today().plusDays(5).toString()).andExpect(status().is3xxRedirection());
    String noNote = html(pages.post(officer, "/cases/" + caseId + "/plan/transitions",
        "state", "APPROVED", "on", today().minusDays(1).toString())
        .andExpect(status().isBadRequest()));
    assertThat(noNote).contains("id=\"error-note\"");
    pages.post(officer, "/cases/" + caseId + "/plan/transitions", "state", "APPROVED")
        .andExpect(status().is3xxRedirection());

    String card = html(pages.in("ru").get(officer, "/cases/" + caseId)
        .andExpect(status().isOk()));
    assertThat(card).contains("Утверждён", "Тестовое подразделение", "A safe place to live",
        "Отметить выполнение или отменить", "<span class=\"tl-kind\">План</span>");
  }

  @Test
  void withHtmxARefusedPlanFormComesBackInPlaceAndAClosedCaseOffersOnlyClosingThePlan()
      throws Exception {
    pages.post(officer, "/cases/" + caseId + "/plan").andExpect(status().is3xxRedirection());

    String fragment = html(htmx(officer, "/cases/" + caseId + "/plan/transitions",
        "state", "APPROVED").andExpect(status().isOk()));
    assertThat(fragment).startsWith("<section").contains("id=\"plan\"",
        "Add at least one open action before approving the plan.").doesNotContain("<html");

    new RegisterApi(mvc).transition(officer, caseId, "CLOSED", "REVOKED")
        .andExpect(status().isOk());
    String card = html(pages.get(officer, "/cases/" + caseId).andExpect(status().isOk()));
    assertThat(card).contains("id=\"plan-transition\"", "value=\"CLOSED\"")
        .doesNotContain("/assessments", "value=\"APPROVED\"", "/plan/actions\"");
  }

  private ResultActions save(Actor actor, String domain, String score, String fact)
      throws Exception {
    return fact == null
        ? htmx(actor, "/cases/" + caseId + "/assessments", "domain", domain, "score", score)
        : htmx(actor, "/cases/" + caseId + "/assessments", "domain", domain, "score", score,
            fact, "true");
  }

  private ResultActions htmx(Actor actor, String path, String... fields) throws Exception {
    var request = MockMvcRequestBuilders.post(path).with(as(actor)).with(csrf())
        .header("Accept-Language", "en").header("HX-Request", "true")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED);
    for (int i = 0; i + 1 < fields.length; i += 2) {
      request.param(fields[i], fields[i + 1]);
    }
    return mvc.perform(request);
  }

  private long views() {
    return jdbc.sql("select count(*) from audit_event where record_type = 'CASE'"
            + " and record_id = :id and action = 'VIEW'")
        .param("id", java.util.UUID.fromString(caseId)).query(Long.class).single();
  }

  private long assessments() {
    return jdbc.sql("select count(*) from domain_assessment where case_id = :id")
        .param("id", java.util.UUID.fromString(caseId)).query(Long.class).single();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private String shownToday() {
    return DATE.format(today());
  }
}
