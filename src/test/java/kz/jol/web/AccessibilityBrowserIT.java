package kz.jol.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
 * checks: labels on inputs, headings, contrast, the page's language and title.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserIT {

  static final String PASSWORD = "a11y-test-password";

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

  private void check(String username, String language, List<String> problems,
      String... paths) {
    Page page = browser.context().newPage();
    try {
      if (username != null) {
        Browser.signIn(page, url(""), username, PASSWORD, language);
      }
      for (String path : paths) {
        page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=" + language));
        for (Accessibility.Violation v : Accessibility.violations(page)) {
          problems.add(language + " " + path + (username == null ? "" : " as " + username)
              + ": " + v);
        }
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
