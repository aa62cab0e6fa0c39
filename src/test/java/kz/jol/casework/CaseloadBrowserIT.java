package kz.jol.casework;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.UserAdministration;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.reintegration.application.AssessmentInput;
import kz.jol.reintegration.application.ReintegrationService;
import kz.jol.reintegration.application.ReintegrationSweep;
import kz.jol.reintegration.domain.Domain;
import kz.jol.support.Browser;
import kz.jol.support.CaseloadFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An officer signs in through Chromium, opens the caseload from the menu, sees the overdue
 * cases first, narrows it to what falls due this week and then to one person by IIN, without a
 * page load; screenshots in three languages and on a phone go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseloadBrowserIT {

  @LocalServerPort int port;
  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;
  @Autowired ReintegrationService reintegration;
  @Autowired ReintegrationSweep sweep;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  Browser browser;
  Actor officer;
  UUID fresh;
  UUID soon;
  UUID late;

  @BeforeAll
  void threeCasesAndTheBrowser() {
    CaseloadFixture caseload = new CaseloadFixture(jdbc, users, persons, cases);
    officer = caseload.officer;
    LocalDate today = LocalDate.now(clock);
    fresh = caseload.caseRegistered(today, "Жаңабаева", "Әсем");
    soon = caseload.caseRegistered(today.minusDays(28), "Жақынова", "Ұлжан");
    late = caseload.caseRegistered(today.minusDays(40), "Кешікова", "Гүлнар");
    var principal = JolPrincipal.of(officer);
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null,
            principal.getAuthorities()));
    try {
      reintegration.assess(fresh, new AssessmentInput(Domain.LEGAL, 2, "Жеке куәлік алынды",
          null, true, true, null, null, null, null, null, null, null, null, null, null, null,
          null));
    } finally {
      SecurityContextHolder.clearContext();
    }
    sweep.sweep();
    browser = Browser.start();
  }

  @AfterAll
  void stopTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void anOfficerFiltersWhatFallsDueThisWeekAndFindsAPersonByIin() {
    Page page = browser.context().newPage();
    try {
      signIn(page);
      page.navigate(url("/?lang=en"));
      page.locator("nav.main-nav a", new Page.LocatorOptions().setHasText("Caseload")).click();
      assertThat(page.locator("h1")).hasText("Caseload");
      Locator rows = page.locator("#caseload tbody tr");
      assertThat(rows).hasCount(3);
      assertThat(rows.first()).hasAttribute("data-case", soon.toString());
      assertThat(row(page, late)).hasClass(Pattern.compile(".*overdue.*"));
      assertThat(row(page, late).locator(".risk")).hasText("R3 · critical");
      shot(page, "caseload-en");

      page.locator("header").evaluate("h => h.dataset.kept = 'yes'");
      page.check("input[name=due][value=week]");
      assertThat(row(page, late)).hasCount(0);
      assertThat(row(page, soon)).hasCount(1);
      assertThat(page).hasURL(Pattern.compile(".*[?&]due=week.*"));
      shot(page, "caseload-due-this-week-en");

      // The download takes the list's filters along, as a plain form (no script needed).
      Download download = page.waitForDownload(() -> page.locator("form.export button",
          new Page.LocatorOptions().setHasText("CSV")).click());
      String file = readDownload(download);
      org.assertj.core.api.Assertions.assertThat(file)
          .startsWith("\uFEFFCase number,Kind of probation,State,Person,")
          .contains(caseNumber(soon)).doesNotContain(caseNumber(late));

      page.fill("#filter-q", iin(soon));
      assertThat(rows).hasCount(1);
      assertThat(row(page, soon)).containsText("Жақынова Ұлжан");
      assertThat(page.locator("header")).hasAttribute("data-kept", "yes");
      shot(page, "caseload-by-iin-en");

      page.navigate(url("/caseload?lang=kk"));
      assertThat(page.locator("h1")).hasText("Жұмыс тізімі");
      assertThat(row(page, late).locator(".risk")).hasText("R3 · сыни");
      shot(page, "caseload-kk");
      page.navigate(url("/caseload?lang=ru"));
      assertThat(page.locator("h1")).hasText("Рабочий список");
      shot(page, "caseload-ru");

      page.setViewportSize(390, 844);
      page.navigate(url("/caseload?lang=kk"));
      assertThat(page.locator("h1")).hasText("Жұмыс тізімі");
      shot(page, "caseload-phone-kk");
    } finally {
      page.context().clearCookies();
      page.close();
    }
  }

  private static String readDownload(Download download) {
    try {
      return java.nio.file.Files.readString(download.path(),
          java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String caseNumber(UUID caseId) {
    return jdbc.sql("select case_number from probation_case where id = :id")
        .param("id", caseId).query(String.class).single();
  }

  private Locator row(Page page, UUID caseId) {
    return page.locator("#caseload tr[data-case='" + caseId + "']");
  }

  private String iin(UUID caseId) {
    return jdbc.sql("""
            select p.iin from person p join probation_case c on c.person_id = p.id
            where c.id = :id""").param("id", caseId).query(String.class).single();
  }

  private static void shot(Page page, String name) {
    Browser.screenshot(page, name);
  }

  private void signIn(Page page) {
    Browser.signIn(page, url(""), officer.username(), CaseloadFixture.PASSWORD, "en");
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
