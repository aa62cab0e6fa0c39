package kz.jol.supervision.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import kz.jol.access.UserAdministration;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.support.Accessibility;
import kz.jol.supervision.SupervisionFixture;
import kz.jol.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 6's main path in Chromium: an officer records a missed check-in and declares the person
 * wanted (the card and the case say WANTED; a violation with no type is refused beside its field
 * without leaving the card). The district inspector of the person's precinct sees the wanted
 * status in the precinct view, opens the card from there and records the person found: the case
 * is ACTIVE again, and the officer sees who found them. axe-core finds nothing on the pages on
 * the way. Screenshots go to target/screenshots/supervision/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionBrowserIT {

  @LocalServerPort int port;
  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  Browser browser;
  SupervisionFixture f;
  UUID caseId;

  @BeforeAll
  void aCaseAndTheBrowser() {
    f = new SupervisionFixture(jdbc, users, persons, cases);
    caseId = f.caseRegistered(LocalDate.now(clock).minusDays(20));
    browser = Browser.start();
  }

  @AfterAll
  void stopTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void anOfficerDeclaresThePersonWantedAndTheInspectorRecordsThemFound() {
    Page page = browser.context().newPage();
    try {
      signIn(page);
      String card = url("/cases/" + caseId + "?lang=en");
      page.navigate(card);
      Locator section = page.locator("#supervision");
      assertThat(section).containsText("Not wanted");
      noViolations(page, "card");

      open(page, "CHECK_IN");
      page.selectOption("#ev-check_in-result", "MISSED");
      page.fill("#ev-check_in-note", "Synthetic: did not come, phone off");
      page.click("#ev-check_in-save");
      // A saved event reloads the card.
      assertThat(page.locator("#supervision-history tr[data-kind=CHECK_IN]"))
          .containsText("missed");

      // A violation with no type stays on the card, refused beside the field.
      open(page, "VIOLATION");
      page.click("#ev-violation-save");
      Locator violation = page.locator("#form-VIOLATION");
      assertThat(violation.locator("#error-violationType")).containsText("This field is required");
      assertThat(page).hasURL(card);
      assertThat(page.locator("#supervision-history tr[data-kind=VIOLATION]")).hasCount(0);
      noViolations(page, "card-refused");

      open(page, "WANTED_DECLARED");
      page.click("#ev-wanted_declared-save");
      assertThat(page.locator("#wanted-badge")).containsText("Wanted since");
      assertThat(page.locator("h1 .badge")).hasText("Wanted");
      shoot(page, "supervision-wanted-en");
      assertThat(state()).isEqualTo("WANTED");

    } finally {
      page.context().clearCookies();
      page.close();
    }

    // The inspector of the precinct where the person lives.
    page = browser.context().newPage();
    try {
      Browser.signIn(page, url(""), f.inspector.username(), "a-long-password", "en");
      page.navigate(url("/precincts/" + f.precinct + "?lang=en"));
      Locator row = page.locator("#probation-table tr.wanted");
      assertThat(row).hasCount(1);
      assertThat(row).containsText("Wanted");
      noViolations(page, "precinct");
      shoot(page, "precinct-wanted-en");

      row.locator("a").first().click();
      page.waitForURL(url("/cases/" + caseId));
      assertThat(page.locator("h1 .badge")).hasText("Wanted");
      open(page, "WANTED_ENDED");
      page.selectOption("#ev-wanted_ended-foundHow", "FOUND_BY_INSPECTOR");
      page.click("#ev-wanted_ended-save");
      assertThat(page.locator("h1 .badge")).hasText("Active");
      assertThat(page.locator("#supervision")).containsText("Not wanted");
      noViolations(page, "card-as-inspector");
      shoot(page, "found-by-inspector-en");
      assertThat(state()).isEqualTo("ACTIVE");
    } finally {
      page.context().clearCookies();
      page.close();
    }

    // The officer sees who found the person.
    page = browser.context().newPage();
    try {
      signIn(page);
      page.navigate(url("/cases/" + caseId + "?lang=en"));
      assertThat(page.locator("h1 .badge")).hasText("Active");
      assertThat(page.locator("#supervision-history tr[data-kind=WANTED_ENDED]"))
          .containsText("found by the district inspector");

      page.navigate(url("/cases/" + caseId + "?lang=kk"));
      assertThat(page.locator("#supervision-heading")).hasText("Бақылау");
      noViolations(page, "card-kk");
      shoot(page, "supervision-card-kk");

      page.navigate(url("/supervision/alerts?lang=ru"));
      assertThat(page.locator("h1")).hasText("Сигналы контроля");
      noViolations(page, "alerts");
    } finally {
      page.context().clearCookies();
      page.close();
    }
  }

  private static void open(Page page, String kind) {
    // After a save the card reloads; its forms work with htmx once the page has loaded.
    page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
    page.locator("details[data-kind=" + kind + "] summary").click();
  }

  private String state() {
    return jdbc.sql("select state from probation_case where id = :id").param("id", caseId)
        .query(String.class).single();
  }

  private static void noViolations(Page page, String what) {
    assertThat(Accessibility.violations(page)).as("axe on the %s", what).isEmpty();
  }

  private static void shoot(Page page, String name) {
    Browser.screenshot(page, "supervision/" + name);
  }

  private void signIn(Page page) {
    Browser.signIn(page, url(""), f.officer.username(), "a-long-password", "en");
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
