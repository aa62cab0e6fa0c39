package kz.jol.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.reintegration.application.AssessmentInput;
import kz.jol.reintegration.application.PlanActionInput;
import kz.jol.reintegration.application.PlanService;
import kz.jol.reintegration.application.ReintegrationService;
import kz.jol.reintegration.application.ReintegrationSweep;
import kz.jol.reintegration.domain.Domain;
import kz.jol.reintegration.domain.PlanState;
import kz.jol.support.CaseloadFixture;
import kz.jol.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The caseload page: an officer's own cases with their recorded risk, index and next
 * milestone, overdue ones first; the filters; a head's unit; and who may not open it.
 *
 * <p>Four cases of one officer, as of today: {@code fresh} registered today (plan due ahead,
 * three domains assessed: index 5, highest risk R2); {@code late} 40 days ago (day 30 passed
 * without documents and no plan: R3, overdue; next milestone day 60); {@code soon} 28 days ago
 * (no plan: R3, overdue; day 30 in two days); {@code referred} registered today with a
 * referral past its deadline (overdue by routing alone; its plan is due in three working days
 * or more).
 */
@SpringBootTest
@AutoConfigureMockMvc
class CaseloadPagesTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;
  @Autowired ReintegrationService reintegration;
  @Autowired ReintegrationSweep sweep;
  @Autowired PlanService plans;
  @Autowired Clock clock;

  CaseloadFixture caseload;
  Actor officer;
  UUID fresh;
  UUID late;
  UUID soon;
  UUID referred;
  UUID othersCase;

  @BeforeEach
  void fourCasesOfAnOfficerAndOneOfAnother() {
    caseload = new CaseloadFixture(jdbc, users, persons, cases);
    officer = caseload.officer;
    LocalDate today = LocalDate.now(clock);
    fresh = caseload.caseRegistered(today, "Жаңабаева", "Әсем");
    late = caseload.caseRegistered(today.minusDays(40), "Кешікова", "Гүлнар");
    soon = caseload.caseRegistered(today.minusDays(28), "Жақынова", "Ұлжан");
    referred = caseload.caseRegistered(today, "Жолдамова", "Өркен");
    asOfficer(() -> {
      reintegration.assess(fresh, assessment(Domain.LEGAL, 2, "Жеке куәлік алынды"));
      reintegration.assess(fresh, assessment(Domain.HOUSING, 2, "Тұрақты пәтер"));
      reintegration.assess(fresh, assessment(Domain.ECONOMIC, 1, null));
      reintegration.assess(late, assessment(Domain.HOUSING, 1, null));
    });
    overdueReferral(referred);
    othersCase = new CaseloadFixture(jdbc, users, persons, cases)
        .caseRegistered(today.minusDays(40));
    sweep.sweep();
  }

  @Test
  void anOfficerSeesOnlyTheirCasesOverdueFirstWithRiskIndexAndNextMilestone()
      throws Exception {
    String page = html(get(officer, "en", "/caseload").andExpect(status().isOk()));

    assertThat(page).contains("<h1>Caseload</h1>", "4 cases · 3 overdue");
    assertThat(page).doesNotContain(othersCase.toString());
    // Overdue first, by the next date: soon's day 30 (in 2 days), referred's plan (3 working
    // days after today), late's day 60; then the rest.
    assertThat(order(page, soon, referred, late, fresh)).isTrue();
    String freshRow = row(page, fresh);
    assertThat(freshRow).contains("risk-R2", "R2 · deadline near", "5 / 10",
        "Individual plan due").doesNotContain("Plan overdue");
    String lateRow = row(page, late);
    assertThat(lateRow).contains("risk-R3", "R3 · critical", "1 / 10",
        "Day 60: income or a job track", "Plan overdue: it was due", "Critical (R3)",
        "Documents</span>, <span>Plan and routing");
    assertThat(row(page, referred)).contains("1 referral overdue since");
    assertThat(row(page, soon)).contains("Day 30: documents, screening", "0 / 10");
  }

  @Test
  void theFiltersNarrowByRiskDueThisWeekAndThePersonsIinOrName() throws Exception {
    String r2 = html(get(officer, "en", "/caseload", "risk", "R2"));
    assertThat(r2).contains(fresh.toString()).doesNotContain(late.toString(), soon.toString());

    String r3 = html(get(officer, "en", "/caseload", "risk", "R3"));
    assertThat(r3).contains(late.toString(), soon.toString()).doesNotContain(fresh.toString());

    String week = html(get(officer, "en", "/caseload", "due", "week"));
    assertThat(week).contains(soon.toString(), fresh.toString())
        .doesNotContain("data-case=\"" + late + "\"");

    String iin = jdbc.sql("""
            select p.iin from person p join probation_case c on c.person_id = p.id
            where c.id = :id""").param("id", late).query(String.class).single();
    String byIin = html(get(officer, "en", "/caseload", "q", iin));
    assertThat(byIin).contains(late.toString(), "1 case ·")
        .doesNotContain(fresh.toString(), soon.toString());

    String byName = html(get(officer, "en", "/caseload", "q", "жақынова ұлжан"));
    assertThat(byName).contains(soon.toString()).doesNotContain(late.toString());

    String badIin = html(get(officer, "en", "/caseload", "q", "123456789012")
        .andExpect(status().isBadRequest()));
    assertThat(badIin).contains("role=\"alert\"");
  }

  @Test
  void aHeadSeesTheUnitWithItsOfficersAndMayPickOne() throws Exception {
    Actor head = user(Role.PROBATION_HEAD);

    String unit = html(get(head, "en", "/caseload").andExpect(status().isOk()));
    assertThat(unit).contains(fresh.toString(), late.toString(), "Officer",
        officer.fullName(), "All officers").doesNotContain(othersCase.toString());

    String one = html(get(head, "en", "/caseload", "officer", officer.userId().toString()));
    assertThat(one).contains(fresh.toString(), "4 cases");
    String nobody = html(get(head, "en", "/caseload", "officer", UUID.randomUUID().toString()));
    assertThat(nobody).contains("No cases match.");
    get(head, "en", "/caseload", "officer", "not-an-id").andExpect(status().isBadRequest());
  }

  @Test
  void aPlanApprovedLateIsNeitherOverdueNorTheNextMilestoneAnyMore() throws Exception {
    UUID planned = caseload.caseRegistered(LocalDate.now(clock).minusDays(20), "Жоспарова",
        "Айша");
    UUID unit = Fixtures.organisation(jdbc, "EMPLOYMENT_CENTRE", officer.territoryCode());
    asOfficer(() -> {
      var draft = plans.create(planned, List.of(new PlanActionInput(Domain.ECONOMIC,
          "Тұрақты жұмыс", "Жұмыспен қамту орталығына тіркелу", unit,
          LocalDate.now(clock).plusDays(30))));
      plans.transition(planned, new PlanService.TransitionInput(PlanState.APPROVED, null,
          draft.version(), null));
    });
    sweep.sweep();

    String page = html(get(officer, "en", "/caseload"));
    assertThat(page).contains("5 cases · 3 overdue");
    assertThat(row(page, planned)).contains("Day 30: documents, screening")
        .doesNotContain("Plan overdue", "Individual plan due", "R3");
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"POLICE_INSPECTOR", "AGENCY_WORKER", "AGENCY_HEAD",
      "PROSECUTOR", "ANALYST", "ADMIN"})
  void otherRolesAreRefused(Role role) throws Exception {
    Actor someone = new Actor(UUID.randomUUID(), "cl.refused", "Synthetic " + role, role, null,
        officer.territoryCode());
    get(someone, "en", "/caseload").andExpect(status().isForbidden());
  }

  @ParameterizedTest
  @CsvSource({
      "kk, Жұмыс тізімі, R3 · сыни, Жоспардың мерзімі өтті",
      "ru, Рабочий список, R3 · критический, План просрочен",
      "en, Caseload, R3 · critical, Plan overdue"})
  void thePageSpeaksTheReadersLanguage(String language, String title, String critical,
      String planOverdue) throws Exception {
    String page = html(get(officer, language, "/caseload").andExpect(status().isOk()));
    assertThat(page).contains("<h1>" + title + "</h1>", critical, planOverdue,
        "lang=\"" + language + "\"");
  }

  @Test
  void htmxGetsTheListAlone() throws Exception {
    String fragment = html(mvc.perform(MockMvcRequestBuilders.get("/caseload")
        .param("risk", "R3").header("HX-Request", "true").header("Accept-Language", "en")
        .with(as(officer))).andExpect(status().isOk()));
    assertThat(fragment).startsWith("<section id=\"caseload\"").doesNotContain("<header");
  }

  private static AssessmentInput assessment(Domain domain, int score, String evidence) {
    boolean closed = score == 2;
    return new AssessmentInput(domain, score, evidence, null, closed, closed, false, false,
        false, closed, closed, false, null, null, null, null, null, null);
  }

  private void overdueReferral(UUID caseId) {
    UUID organisation = Fixtures.organisation(jdbc, "EMPLOYMENT_CENTRE", officer.territoryCode());
    Instant now = clock.instant();
    jdbc.sql("""
            insert into referral (id, case_id, domain, action_code, action_kk, action_ru,
                action_en, organisation_id, priority, created_by, created_at, due_at, state,
                state_at)
            values (:id, :caseId, 'ECONOMIC', 'JOB_SEARCH', 'Жұмыс іздеу', 'Поиск работы',
                'Job search', :organisation, 'NORMAL', :by, :created, :due, 'SENT', :created)""")
        .param("id", UUID.randomUUID()).param("caseId", caseId)
        .param("organisation", organisation).param("by", officer.userId())
        .param("created", Timestamp.from(now.minus(10, ChronoUnit.DAYS)))
        .param("due", Timestamp.from(now.minus(2, ChronoUnit.DAYS)))
        .update();
  }

  private Actor user(Role role) {
    UUID organisation = Fixtures.organisation(jdbc, "PROBATION_UNIT", officer.territoryCode());
    var created = users.create(new UserAdministration.UserForm(
        "cl." + UUID.randomUUID().toString().substring(0, 8), "Synthetic " + role, role,
        organisation, officer.territoryCode(), true, "a-long-password", null)).user();
    return new Actor(created.id(), created.username(), created.fullName(), created.role(),
        created.organisationId(), created.territoryCode());
  }

  private void asOfficer(Runnable work) {
    var principal = JolPrincipal.of(officer);
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null,
            principal.getAuthorities()));
    try {
      work.run();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private ResultActions get(Actor actor, String language, String path, String... params)
      throws Exception {
    var request = MockMvcRequestBuilders.get(path).with(as(actor))
        .header("Accept-Language", language);
    for (int i = 0; i + 1 < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return mvc.perform(request);
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor as(
      Actor actor) {
    var principal = JolPrincipal.of(actor);
    return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
        principal.getAuthorities()));
  }

  private static String html(ResultActions result) throws Exception {
    MockHttpServletResponse response = result.andReturn().getResponse();
    response.setCharacterEncoding("UTF-8");
    return response.getContentAsString();
  }

  /** The table row of a case, from its opening tag to the next row's. */
  private static String row(String page, UUID caseId) {
    int start = page.indexOf("data-case=\"" + caseId + "\"");
    assertThat(start).as("row of %s", caseId).isPositive();
    int end = page.indexOf("</tr>", start);
    return page.substring(start, end);
  }

  private static boolean order(String page, UUID... ids) {
    int last = -1;
    for (UUID id : ids) {
      int at = page.indexOf("data-case=\"" + id + "\"");
      if (at <= last) {
        return false;
      }
      last = at;
    }
    return true;
  }
}
