package kz.jol.register;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.access.UserAdministration.UserForm;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.CaseView;
import kz.jol.register.application.PersonService;
import kz.jol.register.application.PersonView;
import kz.jol.register.domain.Address;
import kz.jol.register.domain.CaseTerms;
import kz.jol.register.domain.Education;
import kz.jol.register.domain.LegalBasis;
import kz.jol.register.domain.PersonDetails;
import kz.jol.support.Browser;
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
 * A probation officer opens a case card in Chromium, scores HOUSING 0 with the person homeless,
 * sees the preview say R3 before anything is stored, saves, and finds HOUSING at R3 with its
 * critical failure in words on the card. Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseCardBrowserIT {

  static final String PASSWORD = "browser-test-password";

  @LocalServerPort int port;
  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  Browser browser;
  String officerUsername;
  CaseView.Full mine;

  @BeforeAll
  void registerACaseAndStartTheBrowser() {
    RegisterFixture fixture = RegisterFixture.create(jdbc);
    officerUsername = "c" + UUID.randomUUID().toString().substring(0, 8) + ".officer";
    var created = users.create(new UserForm(officerUsername, "Synthetic officer Card",
        Role.PROBATION_OFFICER, fixture.organisation, fixture.districtA, true, PASSWORD, null));
    var u = created.user();
    Actor officer = new Actor(u.id(), u.username(), u.fullName(), u.role(), u.organisationId(),
        u.territoryCode());
    mine = registerCase(officer, RegisterJson.syntheticName(), fixture.districtA);
    browser = Browser.start();
  }

  @AfterAll
  void stopTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void anOfficerPreviewsHousingAtR3ThenSavesItAndTheCardShowsTheFailureInWords() {
    Page page = browser.context().newPage();
    try {
      signIn(page);
      page.navigate(url("/cases/" + mine.id() + "?lang=en"));
      assertThat(page.locator("h1")).containsText(mine.caseNumber());
      Locator housing = page.locator("#domains tr[data-domain=HOUSING]");
      assertThat(housing).containsText("R1 need");
      shoot(page, "card-before-en");

      page.locator("details.assess-box:has(#assess-HOUSING) summary").click();
      page.check("#a-HOUSING-score-0");
      page.check("#a-HOUSING-homeless");
      page.click("#assess-HOUSING .preview-button");

      Locator preview = page.locator("#assess-HOUSING .preview");
      assertThat(preview).isVisible();
      assertThat(preview.locator(".preview-domain-risk")).containsText("R3 critical");
      assertThat(preview).containsText("New critical failure: Homeless");
      // The swap kept the draft: the form still says 0 and homeless.
      assertThat(page.locator("#a-HOUSING-homeless")).isChecked();
      // A keyboard user stays where they were: htmx gives the focus back to the button.
      assertThat(page.locator("#a-HOUSING-preview")).isFocused();
      assertThat(housingAssessments()).isZero();
      shoot(page, "card-preview-en");

      page.click("#assess-HOUSING .save-button");
      // The card is fetched again in place: "Saved." beside the form, the focus where it was.
      Locator saved = page.locator("#saved-assess-HOUSING");
      assertThat(saved).hasText("Saved.");
      assertThat(saved).hasAttribute("role", "status");
      assertThat(page.locator("#a-HOUSING-save")).isFocused();
      assertThat(housing).containsText("R3 critical");
      assertThat(page.locator("#critical-failures")).containsText("Homeless (since ");
      assertThat(housingAssessments()).isEqualTo(1);
      shoot(page, "card-after-en");

      // The plan's forms answer the same way; a form gone after its save leaves the focus on
      // the notice that stands in its place.
      page.click("#plan-create-submit");
      assertThat(page.locator("#saved-plan-create")).hasText("Saved.");
      assertThat(page.locator("#saved-plan-create")).isFocused();
      addPlanAction(page, "HOUSING", "A place to live", "Apply for a room in the crisis centre");
      assertThat(page.locator("#saved-plan-add")).hasText("Saved.");
      assertThat(page.locator("#plan-add-submit")).isFocused();
      assertThat(page.locator("#plan-actions")).containsText("A place to live");
      page.navigate(url("/cases/" + mine.id() + "?lang=kk"));
      assertThat(page.locator("#saved-plan-add")).hasCount(0);
      addPlanAction(page, "ECONOMIC", "Жұмыс", "Жұмыспен қамту орталығына бару");
      assertThat(page.locator("#saved-plan-add")).hasText("Сақталды.");

      page.navigate(url("/cases/" + mine.id() + "?lang=kk"));
      assertThat(page.locator("#domains tr[data-domain=HOUSING]")).containsText("R3 сыни");
      assertThat(page.locator("#critical-failures")).containsText("Баспанасыз");
      shoot(page, "card-after-kk");
      page.setViewportSize(390, 844);
      page.navigate(url("/cases/" + mine.id() + "?lang=ru"));
      assertThat(page.locator("#critical-failures")).containsText("Без жилья");
      shoot(page, "card-phone-ru");
      page.locator("#reintegration").scrollIntoViewIfNeeded();
      page.locator("#reintegration-heading").evaluate("h => h.scrollIntoView()");
      page.screenshot(new Page.ScreenshotOptions()
          .setPath(Browser.SCREENSHOTS.resolve("card-phone-ru-reintegration.png")));
    } finally {
      page.context().clearCookies();
      page.close();
    }
  }

  /** Opens the plan's "add an action" form, fills it and presses "Add". */
  private void addPlanAction(Page page, String domain, String goal, String action) {
    page.locator("#plan details:has(#plan-add-submit) summary").click();
    page.selectOption("#plan-add-domain", domain);
    page.fill("#plan-add-goal", goal);
    page.fill("#plan-add-action", action);
    page.selectOption("#plan-add-org", new SelectOption().setIndex(1));
    page.fill("#plan-add-due", LocalDate.now(clock).plusDays(10).toString());
    page.click("#plan-add-submit");
  }

  private long housingAssessments() {
    return jdbc.sql("select count(*) from domain_assessment where case_id = :id"
            + " and domain = 'HOUSING'")
        .param("id", mine.id()).query(Long.class).single();
  }

  private static void shoot(Page page, String name) {
    Browser.screenshot(page, name);
  }

  /** A person and a sentence case, registered by the officer as the services require. */
  private CaseView.Full registerCase(Actor officer, String firstName, String district) {
    var principal = JolPrincipal.of(officer);
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null,
            principal.getAuthorities()));
    try {
      LocalDate today = LocalDate.now(clock);
      PersonView person = persons.create(new PersonService.PersonInput(new PersonDetails(
          Iin.parse(IinRule.random()), "Testova", firstName, null, "KZ",
          new Address(district, "Test street 3"), null, null, 1, null, Education.VOCATIONAL,
          null, district), null, null));
      return (CaseView.Full) cases.create(new CaseService.NewCase(person.id(),
          ProbationKind.SENTENCE, today.minusDays(10), new CaseTerms(
              LegalBasis.CONDITIONAL_SENTENCE, null, null, null, null), district, null));
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private void signIn(Page page) {
    Browser.signIn(page, url(""), officerUsername, PASSWORD, "en");
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
