package kz.jol.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.access.UserAdministration.UserForm;
import kz.jol.routing.application.RoutingMatrixService;
import kz.jol.routing.domain.RoutingMatrix;
import kz.jol.support.Browser;
import kz.jol.support.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator edits a deadline of the routing matrix through Chromium, sees the new version
 * in the history and restores the deadline (other tests count on the default rules); then picks
 * Russian, signs out, and on a fresh browser is greeted in Russian again. Screenshots of every
 * admin page go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminPagesBrowserIT {

  static final String PASSWORD = "browser-test-password";

  @LocalServerPort int port;
  @Autowired UserAdministration users;
  @Autowired RoutingMatrixService matrix;
  @Autowired JdbcClient jdbc;

  Browser browser;
  String admin;

  @BeforeAll
  void createAnAdminAndStartTheBrowser() {
    String territory = Fixtures.territory(jdbc);
    UUID ministry = Fixtures.organisation(jdbc, "MINISTRY", territory);
    admin = "b" + UUID.randomUUID().toString().substring(0, 8) + ".admin";
    users.create(new UserForm(admin, "Synthetic Administrator", Role.ADMIN, ministry, territory,
        true, PASSWORD, null));
    browser = Browser.start();
  }

  @AfterAll
  void stopTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theAdminChangesADeadlineSeesTheNewVersionAndRestoresIt() {
    RoutingMatrix before = matrix.current();
    Page page = browser.context().newPage();
    try {
      signIn(page, "en");
      page.navigate(url("/admin/routing-matrix"));
      assertThat(page.locator("h1")).hasText("Routing matrix");
      shot(page, "admin-routing-matrix-en");

      Locator housing = housingRow(page);
      // The browser itself refuses an amount below 1; a target later than the deadline only the
      // server can see.
      housing.locator("input[name$='.targetAmount']").fill("60");
      page.click("#save-matrix");
      assertThat(page.locator("#matrix-errors-summary")).isVisible();
      assertThat(housingRow(page).locator("td").nth(8))
          .containsText("not later than the deadline");
      assertThat(housingRow(page).locator("input[name$='.targetAmount']")).hasValue("60");
      shot(page, "admin-routing-matrix-errors-en");
      assertThat(matrix.current().version()).isEqualTo(before.version());

      housingRow(page).locator("input[name$='.targetAmount']").fill("24");
      housingRow(page).locator("input[name$='.deadlineAmount']").fill("36");
      page.fill("#note", "Browser test: crisis centres within 36 hours");
      page.click("#save-matrix");
      assertThat(page.locator("#saved"))
          .hasText("Saved as version " + (before.version() + 1) + ".");
      Locator newest = page.locator("#versions tbody tr").first();
      assertThat(newest).containsText(admin);
      assertThat(newest).containsText("Browser test: crisis centres within 36 hours");
      shot(page, "admin-routing-matrix-saved-en");

      newest.locator("a").click();
      assertThat(page.locator("h1"))
          .hasText("Routing matrix, version " + (before.version() + 1));
      assertThat(page.locator("#rules")).containsText("36 hours");
      shot(page, "admin-routing-matrix-version-en");

      page.navigate(url("/admin/routing-matrix"));
      housingRow(page).locator("input[name$='.deadlineAmount']").fill(
          String.valueOf(before.rules().stream()
              .filter(r -> r.actionCode().equals("SAFE_PLACEMENT")).findFirst().orElseThrow()
              .deadline().amount()));
      page.fill("#note", "Browser test: restored");
      page.click("#save-matrix");
      assertThat(page.locator("#saved")).isVisible();
      assertThat(matrix.current().rules()).containsExactlyInAnyOrderElementsOf(before.rules());

      for (String admin : new String[] {"calendar", "escalation-ladder", "risk-rules"}) {
        page.navigate(url("/admin/" + admin + "?lang=kk"));
        assertThat(page.locator("h1")).isVisible();
        shot(page, "admin-" + admin + "-kk");
      }
      page.setViewportSize(390, 844);
      page.navigate(url("/admin/routing-matrix?lang=ru"));
      shot(page, "admin-routing-matrix-phone-ru");
      page.navigate(url("/admin/calendar"));
      shot(page, "admin-calendar-phone-ru");
    } finally {
      page.context().clearCookies();
      page.close();
    }
  }

  @Test
  void theLanguageChosenIsTheLanguageOfTheNextSignIn() {
    Page page = browser.context().newPage();
    try {
      signIn(page, "kk");
      assertThat(page.locator("html")).hasAttribute("lang", "kk");
      page.click("header .lang a[hreflang=ru]");
      assertThat(page.locator("html")).hasAttribute("lang", "ru");
      page.click("header form button");
      page.waitForURL(url("/login?logout"));
      // Another device: no cookie, no session.
      page.context().clearCookies();
      signIn(page, null);
      assertThat(page.locator("html")).hasAttribute("lang", "ru");
      assertThat(page.locator("nav.main-nav")).containsText("Матрица маршрутизации");
      shot(page, "admin-home-after-sign-in-ru");
    } finally {
      page.context().clearCookies();
      page.close();
    }
  }

  private static Locator housingRow(Page page) {
    return page.locator("#rules tbody tr")
        .filter(new Locator.FilterOptions().setHas(
            page.locator("input[value='SAFE_PLACEMENT']")));
  }

  private void signIn(Page page, String language) {
    Browser.signIn(page, url(""), admin, PASSWORD, language);
  }

  private static void shot(Page page, String name) {
    Browser.screenshot(page, name);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
