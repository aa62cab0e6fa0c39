package kz.jol.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.reintegration.domain.Domain;
import kz.jol.routing.application.EscalationService;
import kz.jol.routing.application.ReferralService;
import kz.jol.routing.application.SlaSweep;
import kz.jol.support.Accessibility;
import kz.jol.support.Browser;
import kz.jol.support.CaseloadFixture;
import kz.jol.support.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every page, as the role that uses it, in each language, passes axe-core's WCAG 2.1 A/AA
 * checks: labels on inputs, headings, contrast, the page's language and title; and in Kazakh and
 * Russian, which have the longest words, no page scrolls sideways on a phone 390 px wide (wide
 * tables scroll inside their own box or become cards). Each page is also saved for review:
 * {@code target/screenshots/pages/<role>/<lang>/<page>.png} on a 1280-wide desktop, and
 * {@code target/screenshots/phone/<role>/<page>.png} at 390×844 in Russian (the phone check
 * resizes the page already loaded, so it costs no second visit).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserIT {

  static final String PASSWORD = "a11y-test-password";

  @LocalServerPort int port;
  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;
  @Autowired ReferralService referrals;
  @Autowired EscalationService escalations;
  @Autowired SlaSweep sweep;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  Browser browser;
  String officer;
  String head;
  String inspector;
  String prosecutor;
  String admin;
  String agency;
  String agencyHead;
  String analyst;
  UUID caseId;
  UUID personId;
  UUID organisationId;
  UUID referralId;
  UUID escalationId;

  static final int PHONE_WIDTH = 390;

  UUID precinctId;
  UUID planId;
  UUID measureId;

  /** A page to visit, and the file name its screenshots get. */
  record Visit(String name, String path) {}

  @BeforeAll
  void usersACaseAndALateReferral() {
    CaseloadFixture caseload = new CaseloadFixture(jdbc, users, persons, cases);
    String district = caseload.officer.territoryCode();
    caseId = caseload.caseRegistered(LocalDate.now(clock).minusDays(12));
    personId = jdbc.sql("select person_id from probation_case where id = :id")
        .param("id", caseId).query(UUID.class).single();
    organisationId = Fixtures.organisation(jdbc, "EMPLOYMENT_CENTRE", district);
    UUID unit = Fixtures.organisation(jdbc, "PROBATION_UNIT", district);
    officer = user(Role.PROBATION_OFFICER, unit, district);
    head = user(Role.PROBATION_HEAD, unit, district);
    inspector = user(Role.POLICE_INSPECTOR,
        Fixtures.organisation(jdbc, "POLICE_UNIT", district), district);
    prosecutor = user(Role.PROSECUTOR,
        Fixtures.organisation(jdbc, "PROSECUTOR_OFFICE", district), district);
    UUID ministry = Fixtures.organisation(jdbc, "MINISTRY", "000000000");
    admin = user(Role.ADMIN, ministry, "000000000");
    agency = user(Role.AGENCY_WORKER, organisationId, district);
    agencyHead = user(Role.AGENCY_HEAD, organisationId, district);
    analyst = user(Role.ANALYST, ministry, "000000000");
    jdbc.sql("update probation_case set officer_id = (select id from app_user where username = :u)"
        + " where id = :id").param("u", officer).param("id", caseId).update();
    // A referral to the centre, run late, so that the referral and escalation pages have one.
    referralId = caseload.asOfficer(() -> referrals.refer(caseId,
        new ReferralService.ManualReferral(Domain.ECONOMIC, null,
            "Кәсіптік оқуға жазылу (синтетикалық)", organisationId,
            LocalDate.now(clock).plusDays(1), null, null))).id();
    jdbc.sql("update referral set due_at = :due where id = :id")
        .param("due", Timestamp.from(Instant.now(clock).minus(Duration.ofHours(3))))
        .param("id", referralId).update();
    sweep.sweep();
    escalationId = escalations.ofReferral(referralId).getFirst().id();
    precinctId = precinctOf(inspector);
    planId = jdbc.sql("select id from action_plan where code = 'decree-912'")
        .query(UUID.class).single();
    measureId = jdbc.sql("select id from action_plan_measure where plan_id = :p and number = 1")
        .param("p", planId).query(UUID.class).single();
    browser = Browser.start();
    Accessibility.preload(browser.context());
  }

  @AfterAll
  void stopTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"kk", "ru", "en"})
  void everyPageOfEveryRolePassesTheChecks(String language) {
    List<String> problems = new ArrayList<>();
    List<String> wide = new ArrayList<>();
    check("signed-out", null, language, problems, wide, visit("login", "/login"),
        visit("open", "/open"), visit("open-resocialisation", "/open/resocialisation"));
    check("probation-officer", officer, language, problems, wide, visit("home", "/"),
        visit("caseload", "/caseload"), visit("escalations", "/escalations"),
        visit("escalation", "/escalations/" + escalationId),
        visit("notifications", "/notifications"), visit("cases", "/cases"),
        visit("case-card", "/cases/" + caseId), visit("case-new", "/cases/new"),
        visit("case-new-for-person", "/cases/new?person=" + personId),
        visit("case-edit", "/cases/" + caseId + "/edit"), visit("persons", "/persons"),
        visit("person", "/persons/" + personId), visit("person-new", "/persons/new"),
        visit("person-edit", "/persons/" + personId + "/edit"),
        visit("supervision-alerts", "/supervision/alerts"));
    check("probation-head", head, language, problems, wide, visit("caseload", "/caseload"),
        visit("escalations", "/escalations"), visit("case-card", "/cases/" + caseId),
        visit("case-audit", "/cases/" + caseId + "/audit"),
        visit("person-audit", "/persons/" + personId + "/audit"));
    check("police-inspector", inspector, language, problems, wide, visit("home", "/"),
        visit("precincts", "/precincts"), visit("precinct", "/precincts/" + precinctId),
        visit("unmatched", "/precincts/unmatched"), visit("inbox", "/inbox"),
        visit("cases", "/cases"), visit("case-card", "/cases/" + caseId),
        visit("person", "/persons/" + personId));
    check("prosecutor", prosecutor, language, problems, wide, visit("cases", "/cases"),
        visit("case-card", "/cases/" + caseId),
        visit("case-audit", "/cases/" + caseId + "/audit"));
    check("admin", admin, language, problems, wide, visit("home", "/"),
        visit("users", "/admin/users"), visit("organisations", "/admin/organisations"),
        visit("organisation", "/admin/organisations/" + organisationId),
        visit("territories", "/admin/territories"), visit("calendar", "/admin/calendar"),
        visit("routing-matrix", "/admin/routing-matrix"),
        visit("routing-matrix-version", "/admin/routing-matrix/versions/1"),
        visit("escalation-ladder", "/admin/escalation-ladder"),
        visit("risk-rules", "/admin/risk-rules"),
        visit("precincts", "/admin/precincts"),
        visit("precinct", "/admin/precincts/" + precinctId),
        visit("action-plans", "/action-plans"),
        visit("action-plan", "/action-plans/" + planId),
        visit("measure", "/action-plans/" + planId + "/measures/" + measureId),
        visit("discipline", "/action-plans/" + planId + "/discipline"),
        visit("publications", "/admin/publications"));
    check("agency-worker", agency, language, problems, wide, visit("home", "/"),
        visit("my-organisation", "/my-organisation"), visit("inbox", "/inbox"),
        visit("referral", "/inbox/referrals/" + referralId),
        visit("notifications", "/notifications"));
    check("agency-head", agencyHead, language, problems, wide, visit("inbox", "/inbox"),
        visit("escalations", "/escalations"),
        visit("escalation", "/escalations/" + escalationId));
    check("analyst", analyst, language, problems, wide, visit("home", "/"),
        visit("statistics", "/statistics"), visit("action-plans", "/action-plans"));
    assertThat(problems).as("axe-core violations").isEmpty();
    assertThat(wide).as("pages wider than a phone").isEmpty();
  }

  private void check(String role, String username, String language, List<String> problems,
      List<String> wide, Visit... visits) {
    Page page = browser.context().newPage();
    try {
      if (username != null) {
        Browser.signIn(page, url(""), username, PASSWORD, language);
      }
      for (Visit visit : visits) {
        String path = visit.path();
        page.setViewportSize(1280, 800);
        page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=" + language));
        for (Accessibility.Violation v : Accessibility.violations(page)) {
          problems.add(language + " " + path + (username == null ? "" : " as " + username)
              + ": " + v);
        }
        Browser.screenshot(page, "pages/" + role + "/" + language + "/" + visit.name());
        if (!language.equals("en")) {
          page.setViewportSize(PHONE_WIDTH, 844);
          measureWidth(page, language + " " + path + " as " + role, wide);
          if (language.equals("ru")) {
            Browser.screenshot(page, "phone/" + role + "/" + visit.name());
          }
        }
      }
    } finally {
      page.context().clearCookies();
      page.close();
    }
  }

  /** Adds the page to {@code wide}, naming what sticks out, when it scrolls sideways. */
  private static void measureWidth(Page page, String where, List<String> wide) {
    int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth"))
        .intValue();
    if (width > PHONE_WIDTH) {
      // The outermost elements that stick out, to say what to fix.
      Object culprits = page.evaluate("w => [...document.querySelectorAll('body *')]"
          + ".filter(e => e.getBoundingClientRect().right > w"
          + " && !(e.parentElement && e.parentElement.getBoundingClientRect().right > w))"
          + ".slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
          + " + (e.className && e.className.baseVal === undefined ? '.' + e.className : ''))",
          PHONE_WIDTH);
      wide.add(where + ": " + width + " px " + culprits);
    }
  }

  /** A new precinct of the inspector's unit with the case's person filed in it by hand. */
  private UUID precinctOf(String inspectorName) {
    record Inspector(UUID id, UUID organisationId, String territoryCode) {}
    Inspector who = jdbc.sql("select id, organisation_id, territory_code from app_user"
            + " where username = :u").param("u", inspectorName).query(Inspector.class).single();
    UUID precinct = Fixtures.precinct(jdbc, who.id(), who.organisationId(), who.territoryCode());
    Fixtures.liveIn(jdbc, precinct, personId);
    return precinct;
  }

  private static Visit visit(String name, String path) {
    return new Visit(name, path);
  }

  private String user(Role role, UUID organisation, String territory) {
    String username = "a11y." + UUID.randomUUID().toString().substring(0, 8);
    users.create(new UserAdministration.UserForm(username, "Synthetic " + role, role,
        organisation, territory, true, PASSWORD, null));
    return username;
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
