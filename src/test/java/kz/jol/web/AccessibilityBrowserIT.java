package kz.jol.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
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
 * checks: labels on inputs, headings, contrast, the page's language and title; and on a phone
 * no page scrolls sideways.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserIT {

  static final String PASSWORD = "a11y-test-password";
  static final int PHONE_WIDTH = 390;

  @LocalServerPort int port;
  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;
  @Autowired JdbcClient jdbc;

  Browser browser;
  String officer;
  String admin;
  String agency;
  String analyst;
  UUID caseId;
  UUID personId;
  UUID organisationId;

  @BeforeAll
  void usersAndACase() {
    CaseloadFixture caseload = new CaseloadFixture(jdbc, users, persons, cases);
    String district = caseload.officer.territoryCode();
    caseId = caseload.caseRegistered(LocalDate.now().minusDays(12));
    personId = jdbc.sql("select person_id from probation_case where id = :id")
        .param("id", caseId).query(UUID.class).single();
    organisationId = Fixtures.organisation(jdbc, "EMPLOYMENT_CENTRE", district);
    UUID unit = Fixtures.organisation(jdbc, "PROBATION_UNIT", district);
    officer = user(Role.PROBATION_OFFICER, unit, district);
    UUID ministry = Fixtures.organisation(jdbc, "MINISTRY", "000000000");
    admin = user(Role.ADMIN, ministry, "000000000");
    agency = user(Role.AGENCY_WORKER, organisationId, district);
    analyst = user(Role.ANALYST, ministry, "000000000");
    jdbc.sql("update probation_case set officer_id = (select id from app_user where username = :u)"
        + " where id = :id").param("u", officer).param("id", caseId).update();
    browser = Browser.start();
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
    check(null, language, problems, "/login");
    check(officer, language, problems, "/", "/caseload", "/escalations", "/notifications",
        "/cases", "/cases/" + caseId, "/cases/new", "/cases/new?person=" + personId,
        "/cases/" + caseId + "/edit", "/persons", "/persons/" + personId, "/persons/new");
    check(admin, language, problems, "/", "/admin/users", "/admin/organisations",
        "/admin/organisations/" + organisationId, "/admin/territories", "/admin/calendar",
        "/admin/routing-matrix", "/admin/escalation-ladder", "/admin/risk-rules");
    check(agency, language, problems, "/", "/my-organisation", "/inbox");
    check(analyst, language, problems, "/", "/statistics");
    assertThat(problems).as("axe-core violations").isEmpty();
  }

  /**
   * On a phone 390 px wide no admin or work page scrolls sideways: wide tables scroll inside
   * their own box or become cards. Kazakh and Russian have the longest words.
   */
  @ParameterizedTest
  @ValueSource(strings = {"kk", "ru"})
  void noPageScrollsSidewaysOnAPhone(String language) {
    List<String> wide = new ArrayList<>();
    BiConsumer<String, Page> measure = (path, page) -> {
      int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth"))
          .intValue();
      if (width > PHONE_WIDTH) {
        // Name the outermost elements that stick out, to say what to fix.
        Object culprits = page.evaluate("w => [...document.querySelectorAll('body *')]"
            + ".filter(e => e.getBoundingClientRect().right > w"
            + " && !(e.parentElement && e.parentElement.getBoundingClientRect().right > w))"
            + ".slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
            + " + (e.className && e.className.baseVal === undefined ? '.' + e.className : ''))",
            PHONE_WIDTH);
        wide.add(language + " " + path + ": " + width + " px " + culprits);
      }
    };
    visit(officer, language, PHONE_WIDTH, measure, "/caseload", "/cases/" + caseId,
        "/escalations");
    visit(admin, language, PHONE_WIDTH, measure, "/admin/routing-matrix",
        "/admin/escalation-ladder", "/admin/calendar", "/admin/risk-rules", "/admin/users",
        "/admin/organisations");
    visit(agency, language, PHONE_WIDTH, measure, "/inbox");
    assertThat(wide).as("pages wider than the phone").isEmpty();
  }

  private void check(String username, String language, List<String> problems,
      String... paths) {
    visit(username, language, null, (path, page) -> {
      for (Accessibility.Violation v : Accessibility.violations(page)) {
        problems.add(language + " " + path + (username == null ? "" : " as " + username)
            + ": " + v);
      }
    }, paths);
  }

  /** Signs in as {@code username} (none: anonymous) and runs {@code each} on every page. */
  private void visit(String username, String language, Integer viewportWidth,
      BiConsumer<String, Page> each, String... paths) {
    Page page = browser.context().newPage();
    try {
      if (viewportWidth != null) {
        page.setViewportSize(viewportWidth, 844);
      }
      if (username != null) {
        page.navigate(url("/login?lang=" + language));
        page.fill("#username", username);
        page.fill("#password", PASSWORD);
        page.click("button[type=submit]");
        page.waitForURL(url("/"));
      }
      for (String path : paths) {
        page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=" + language));
        each.accept(path, page);
      }
    } finally {
      page.context().clearCookies();
      page.close();
    }
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
