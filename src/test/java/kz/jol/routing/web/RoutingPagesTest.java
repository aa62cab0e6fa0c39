package kz.jol.routing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.routing.application.EscalationService;
import kz.jol.routing.application.SlaSweep;
import kz.jol.routing.domain.Escalation;
import kz.jol.support.CaseloadFixture;
import kz.jol.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The agency inbox and the escalation board as pages: a worker sees only their organisation's
 * referrals and moves one through the forms (with the CSRF token), the problems of a form come
 * back beside its fields in the reader's language, a stale page is told so; the akimat head
 * answers an escalation through the form, a probation head reads the board only, and the police
 * are refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoutingPagesTest {

  static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;
  @Autowired SlaSweep sweep;
  @Autowired EscalationService escalations;

  CaseloadFixture caseload;
  String district;
  UUID centre;
  UUID otherCentre;
  UUID akimat;
  Actor worker;
  Actor otherWorker;
  Actor akimatHead;

  @BeforeEach
  void aDistrictWithTwoServiceCentresAndAnAkimat() {
    caseload = new CaseloadFixture(jdbc, users, persons, cases);
    district = caseload.officer.territoryCode();
    centre = Fixtures.organisation(jdbc, "PUBLIC_SERVICE_CENTRE", district);
    otherCentre = Fixtures.organisation(jdbc, "PUBLIC_SERVICE_CENTRE", district);
    akimat = Fixtures.organisation(jdbc, "AKIMAT_DEPARTMENT", district);
    worker = newUser(Role.AGENCY_WORKER, "Synthetic Centre Worker", centre, district);
    otherWorker = newUser(Role.AGENCY_WORKER, "Synthetic Other Worker", otherCentre, district);
    akimatHead = newUser(Role.AGENCY_HEAD, "Synthetic Akimat Head", akimat, district);
  }

  @Test
  void aWorkerSeesOnlyTheirOrganisationsReferralsAndAnotherOrganisationsIsNotFound()
      throws Exception {
    UUID mine = refer(centre, "Restore the synthetic ID card");
    UUID theirs = refer(otherCentre, "Another centre's synthetic task");

    String inbox = html(get(worker, "/inbox").andExpect(status().isOk()));
    assertThat(inbox).contains("/inbox/referrals/" + mine, "Restore the synthetic ID card",
        "Сынақова Айгерім", "New")
        .doesNotContain(theirs.toString(), "Another centre");
    assertThat(html(get(otherWorker, "/inbox"))).contains(theirs.toString())
        .doesNotContain(mine.toString());
    assertThat(inbox).doesNotContain("Overdue");
    jdbc.sql("update referral set due_at = :due where id = :id")
        .param("due", Timestamp.from(Instant.now().minus(Duration.ofMinutes(5))))
        .param("id", mine).update();
    assertThat(html(get(worker, "/inbox"))).contains("class=\"badge overdue\">Overdue<");
    assertThat(html(get(worker, "/inbox/referrals/" + mine))).contains("Overdue");

    get(worker, "/inbox/referrals/" + theirs).andExpect(status().isNotFound());
    get(worker, "/inbox/referrals/not-an-id").andExpect(status().isNotFound());
    post(worker, "/inbox/referrals/" + theirs + "/answer", "state", "ACCEPTED", "version", "0")
        .andExpect(status().isNotFound());
    assertThat(state(theirs)).isEqualTo("SENT");

    // Done ones leave the open list and appear under their filter.
    jdbc.sql("update referral set state = 'DECLINED', outcome = 'x' where id = :id")
        .param("id", mine).update();
    assertThat(html(get(worker, "/inbox"))).doesNotContain(mine.toString());
    assertThat(html(get(worker, "/inbox", "state", "DECLINED"))).contains(mine.toString());
    get(worker, "/inbox", "state", "NONSENSE").andExpect(status().isBadRequest());

    // With htmx the filter swaps the list alone.
    String list = html(mvc.perform(MockMvcRequestBuilders.get("/inbox")
        .param("state", "DECLINED").header("HX-Request", "true")
        .with(user(JolPrincipal.of(worker))).header("Accept-Language", "en"))
        .andExpect(status().isOk()));
    assertThat(list).startsWith("<section id=\"inbox-list\"").contains(mine.toString())
        .doesNotContain("<html", "<header");
  }

  @Test
  void aWorkerAcceptsStartsAndCompletesAReferralWithEvidenceThroughTheForms() throws Exception {
    UUID referral = refer(centre, "Restore the synthetic ID card");

    String page = html(get(worker, "/inbox/referrals/" + referral).andExpect(status().isOk()));
    assertThat(page).contains("Restore the synthetic ID card", "Сынақова Айгерім",
        "Synthetic Officer", "name=\"_csrf\"", "id=\"form-accept\"", "id=\"form-declined\"",
        "Almaty time")
        .doesNotContain("id=\"form-done\"", "id=\"form-start\"", "Conditional sentence",
            "CONDITIONAL_SENTENCE");

    // Without the CSRF token a form is refused.
    mvc.perform(MockMvcRequestBuilders.post("/inbox/referrals/" + referral + "/answer")
        .with(user(JolPrincipal.of(worker))).param("state", "ACCEPTED").param("version", "0"))
        .andExpect(status().isForbidden());

    post(worker, "/inbox/referrals/" + referral + "/answer", "state", "ACCEPTED",
        "version", "0").andExpect(status().is3xxRedirection());
    assertThat(state(referral)).isEqualTo("ACCEPTED");
    page = html(get(worker, "/inbox/referrals/" + referral));
    assertThat(page).contains("id=\"form-start\"", "id=\"form-impossible\"")
        .doesNotContain("id=\"form-accept\"", "id=\"form-done\"");

    post(worker, "/inbox/referrals/" + referral + "/answer", "state", "IN_PROGRESS",
        "version", version(referral)).andExpect(status().is3xxRedirection());
    assertThat(state(referral)).isEqualTo("IN_PROGRESS");

    post(worker, "/inbox/referrals/" + referral + "/answer", "state", "DONE",
        "result", "Synthetic ID card issued", "evidence", "Certificate No. 0001 (synthetic)",
        "version", version(referral)).andExpect(status().is3xxRedirection());
    assertThat(state(referral)).isEqualTo("DONE");
    page = html(get(worker, "/inbox/referrals/" + referral));
    assertThat(page).contains("Synthetic ID card issued", "Certificate No. 0001 (synthetic)",
        "Done").doesNotContain("/answer\"");
    assertThat(page.indexOf("Accepted")).as("history").isPositive();
  }

  @ParameterizedTest
  @CsvSource({
      "en, This field is required.",
      "ru, Это поле обязательно.",
      "kk, Бұл өрісті толтыру міндетті."})
  void missingEvidenceIsShownBesideTheFieldInTheReadersLanguage(String language, String text)
      throws Exception {
    UUID referral = refer(centre, "Restore the synthetic ID card");
    jdbc.sql("update referral set state = 'IN_PROGRESS' where id = :id")
        .param("id", referral).update();

    String page = html(postIn(language, worker, "/inbox/referrals/" + referral + "/answer",
        "state", "DONE", "result", "Synthetic result kept", "evidence", " ",
        "version", version(referral)).andExpect(status().isBadRequest()));

    int field = page.indexOf("id=\"done-evidence\"");
    int error = page.indexOf("id=\"error-done-evidence\"");
    assertThat(field).isPositive();
    assertThat(error).isGreaterThan(field);
    assertThat(page.substring(error, page.indexOf("</ul>", error))).contains(text);
    assertThat(page).contains("Synthetic result kept").doesNotContain("error-done-result");
    assertThat(state(referral)).isEqualTo("IN_PROGRESS");
  }

  @Test
  void aStalePageSaysSoAndShowsTheReferralAsItIsNow() throws Exception {
    UUID referral = refer(centre, "Restore the synthetic ID card");
    post(worker, "/inbox/referrals/" + referral + "/answer", "state", "ACCEPTED",
        "version", "0").andExpect(status().is3xxRedirection());

    // A colleague's page still showed the referral as new.
    String page = html(post(worker, "/inbox/referrals/" + referral + "/answer",
        "state", "DECLINED", "reason", "Synthetic reason", "version", "0")
        .andExpect(status().isConflict()));

    assertThat(page).contains("Someone changed this referral meanwhile", "id=\"form-start\"")
        .doesNotContain("id=\"form-accept\"");
    assertThat(state(referral)).isEqualTo("ACCEPTED");
  }

  @Test
  void theAkimatHeadAnswersAnEscalationThroughTheForm() throws Exception {
    UUID referral = refer(centre, "Restore the synthetic ID card");
    Escalation escalation = escalate(referral);

    String board = html(get(akimatHead, "/escalations").andExpect(status().isOk()));
    assertThat(board).contains("/escalations/" + escalation.id(), "Level 1",
        "Restore the synthetic ID card", "Waiting for an answer")
        .doesNotContain("Сынақова", "read-only");
    String page = html(get(akimatHead, "/escalations/" + escalation.id())
        .andExpect(status().isOk()));
    assertThat(page).contains("action=\"/escalations/" + escalation.id() + "/answer\"",
        "type=\"datetime-local\"", "name=\"_csrf\"", "Synthetic Akimat Head",
        "Synthetic Officer").doesNotContain("Сынақова", "Айгерім");

    // Every problem at once, beside its field.
    String refused = html(post(akimatHead, "/escalations/" + escalation.id() + "/answer",
        "reason", "", "measures", "Synthetic measures", "newDeadline", "tomorrow",
        "version", "0").andExpect(status().isBadRequest()));
    assertThat(refused).contains("id=\"error-newDeadline\"", "Synthetic measures");
    refused = html(post(akimatHead, "/escalations/" + escalation.id() + "/answer",
        "reason", "", "measures", "Synthetic measures", "newDeadline",
        LocalDateTime.now(ALMATY).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString(),
        "version", "0").andExpect(status().isBadRequest()));
    assertThat(refused).contains("id=\"error-reason\"", "id=\"error-newDeadline\"",
        "The new deadline must be in the future.");

    LocalDateTime newDeadline = LocalDateTime.now(ALMATY).plusDays(3).withHour(18)
        .truncatedTo(ChronoUnit.HOURS);
    post(akimatHead, "/escalations/" + escalation.id() + "/answer",
        "reason", "Synthetic: the centre had no staff", "measures", "Synthetic: a second shift",
        "newDeadline", newDeadline.toString(), "version", "0")
        .andExpect(status().is3xxRedirection());

    Escalation answered = escalations.ofReferral(referral).getFirst();
    assertThat(answered.state()).isEqualTo(Escalation.State.ANSWERED);
    assertThat(answered.newDeadline()).isEqualTo(newDeadline.atZone(ALMATY).toInstant());
    page = html(get(akimatHead, "/escalations/" + escalation.id()));
    assertThat(page).contains("Synthetic: the centre had no staff", "Answered",
        newDeadline.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm",
            java.util.Locale.ENGLISH)))
        .doesNotContain("/answer\"");
    // A second answer from a stale page says so.
    assertThat(html(post(akimatHead, "/escalations/" + escalation.id() + "/answer",
        "reason", "again", "measures", "again", "newDeadline", newDeadline.toString(),
        "version", "0").andExpect(status().isConflict()))).contains("answered already");
  }

  @Test
  void aProbationHeadReadsTheBoardOnlyAndThePoliceAreRefused() throws Exception {
    Escalation escalation = escalate(refer(centre, "Restore the synthetic ID card"));
    Actor head = newUser(Role.PROBATION_HEAD, "Synthetic Probation Head",
        caseload.officer.organisationId(), district);

    String board = html(get(head, "/escalations").andExpect(status().isOk()));
    assertThat(board).contains("/escalations/" + escalation.id(), "id=\"read-only\"");
    String page = html(get(head, "/escalations/" + escalation.id())
        .andExpect(status().isOk()));
    assertThat(page).contains("Restore the synthetic ID card").doesNotContain("/answer\"");
    post(head, "/escalations/" + escalation.id() + "/answer", "reason", "x", "measures", "x",
        "newDeadline", LocalDateTime.now(ALMATY).plusDays(2).toString(), "version", "0")
        .andExpect(status().isForbidden());
    assertThat(html(get(caseload.officer, "/escalations/" + escalation.id())
        .andExpect(status().isOk()))).doesNotContain("/answer\"");
    // Someone else's board does not show it; opening it is "not found".
    String farAway = Fixtures.territory(jdbc);
    Actor elsewhere = newUser(Role.PROBATION_HEAD, "Synthetic Far Head",
        Fixtures.organisation(jdbc, "PROBATION_UNIT", farAway), farAway);
    assertThat(html(get(elsewhere, "/escalations"))).doesNotContain(escalation.id().toString());
    get(elsewhere, "/escalations/" + escalation.id()).andExpect(status().isNotFound());

    Actor police = newUser(Role.POLICE_INSPECTOR, "Synthetic Police",
        Fixtures.organisation(jdbc, "POLICE_UNIT", district), district);
    get(police, "/escalations").andExpect(status().isForbidden());
    get(police, "/escalations/" + escalation.id()).andExpect(status().isForbidden());
    // the police unit's inbox holds the probation officers' requests to the inspector (issue 6)
    assertThat(html(get(police, "/inbox").andExpect(status().isOk())))
        .doesNotContain(escalation.referralId().toString());
    get(caseload.officer, "/inbox").andExpect(status().isForbidden());
    get(worker, "/escalations").andExpect(status().isForbidden());
  }

  @Test
  void theMenuLeadsAgencyStaffToTheInboxAndHeadsToTheBoard() throws Exception {
    assertThat(html(get(worker, "/"))).contains("href=\"/inbox\"")
        .doesNotContain("href=\"/escalations\"");
    assertThat(html(get(akimatHead, "/"))).contains("href=\"/inbox\"",
        "href=\"/escalations\"");
    assertThat(html(get(caseload.officer, "/"))).contains("href=\"/escalations\"")
        .doesNotContain("href=\"/inbox\"");
  }

  @Test
  void aWorkerIsToldOfANewReferralWithABadgeAndALinkOnTheNotificationsPage() throws Exception {
    UUID referral = refer(centre, "Restore the synthetic ID card");

    await().atMost(Duration.ofSeconds(10)).until(() ->
        html(get(worker, "/notifications")).contains("/inbox/referrals/" + referral));
    String page = html(get(worker, "/notifications").andExpect(status().isOk()));
    assertThat(page).contains("A new referral", "class=\"badge unread\"",
        "action=\"/notifications/read-all\"").doesNotContain("Сынақова");

    post(worker, "/notifications/read-all").andExpect(status().is3xxRedirection());
    assertThat(html(get(worker, "/notifications"))).contains("/inbox/referrals/" + referral)
        .doesNotContain("class=\"badge unread\"");
  }

  // ---- Fixtures and helpers

  private Actor newUser(Role role, String name, UUID organisation, String territory) {
    var created = users.create(new UserAdministration.UserForm(
        "pages." + UUID.randomUUID().toString().substring(0, 8), name, role, organisation,
        territory, true, "a-long-password", null)).user();
    return new Actor(created.id(), created.username(), created.fullName(), created.role(),
        created.organisationId(), created.territoryCode());
  }

  /** The officer refers a fresh case by hand, as the API lets them. */
  private UUID refer(UUID organisation, String action) throws Exception {
    UUID caseId = caseload.caseRegistered(LocalDate.now(ALMATY).minusDays(10));
    String body = mvc.perform(MockMvcRequestBuilders.post("/api/v1/cases/{id}/referrals", caseId)
            .with(user(JolPrincipal.of(caseload.officer))).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"domain": "LEGAL", "action": "%s", "organisationId": "%s",
                 "dueOn": "%s", "note": "Synthetic note"}"""
                .formatted(action, organisation, LocalDate.now(ALMATY).plusDays(3))))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return UUID.fromString(JsonPath.read(body, "$.id"));
  }

  /** Makes the referral late in SQL and lets the SLA sweep escalate it. */
  private Escalation escalate(UUID referral) {
    jdbc.sql("update referral set due_at = :due where id = :id")
        .param("due", Timestamp.from(Instant.now().minus(Duration.ofHours(1))))
        .param("id", referral).update();
    sweep.sweep();
    return escalations.ofReferral(referral).getFirst();
  }

  private String state(UUID referral) {
    return jdbc.sql("select state from referral where id = :id").param("id", referral)
        .query(String.class).single();
  }

  private String version(UUID referral) {
    return jdbc.sql("select version from referral where id = :id").param("id", referral)
        .query(Long.class).single().toString();
  }

  private ResultActions get(Actor actor, String path, String... params) throws Exception {
    MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path)
        .with(user(JolPrincipal.of(actor))).header("Accept-Language", "en");
    for (int i = 0; i + 1 < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return mvc.perform(request);
  }

  private ResultActions post(Actor actor, String path, String... fields) throws Exception {
    return postIn("en", actor, path, fields);
  }

  /** Submits a form as a browser does: url-encoded fields with the CSRF token. */
  private ResultActions postIn(String language, Actor actor, String path, String... fields)
      throws Exception {
    MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path)
        .with(user(JolPrincipal.of(actor))).with(csrf())
        .header("Accept-Language", language)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED);
    for (int i = 0; i + 1 < fields.length; i += 2) {
      request.param(fields[i], fields[i + 1]);
    }
    return mvc.perform(request);
  }

  private static String html(ResultActions result) throws Exception {
    MockHttpServletResponse response = result.andReturn().getResponse();
    response.setCharacterEncoding("UTF-8");
    return response.getContentAsString();
  }
}
