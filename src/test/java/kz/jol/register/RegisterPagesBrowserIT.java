package kz.jol.register;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
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
 * A probation officer signs in through Chromium, finds their case in the caseload (and not the
 * case of the next district), narrows the list by name without a page load, opens the card and
 * records a change of state through the form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterPagesBrowserIT {

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
  CaseView.Full neighbours;
  CaseView.Full colleagues;
  String myPersonName;

  @BeforeAll
  void registerTwoDistrictsCasesAndStartTheBrowser() {
    RegisterFixture fixture = RegisterFixture.create(jdbc);
    officerUsername = "b" + UUID.randomUUID().toString().substring(0, 8) + ".officer";
    Actor officer = user(fixture, officerUsername, fixture.districtA);
    Actor colleague = user(fixture, "b" + UUID.randomUUID().toString().substring(0, 8)
        + ".colleague", fixture.districtA);
    Actor neighbour = user(fixture, "b" + UUID.randomUUID().toString().substring(0, 8)
        + ".neighbour", fixture.districtB);
    myPersonName = RegisterJson.syntheticName();
    mine = registerCase(officer, myPersonName, fixture.districtA);
    // Names no search for the synthetic "Synt…" name can match.
    colleagues = registerCase(colleague, "Kolegova", fixture.districtA);
    neighbours = registerCase(neighbour, "Sosedova", fixture.districtB);
    browser = Browser.start();
  }

  @AfterAll
  void stopTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void anOfficerFindsTheirCaseOpensTheCardAndRecordsAChangeOfState() {
    Page page = browser.context().newPage();
    try {
      signIn(page);
      page.navigate(url("/cases?lang=en"));
      Locator rows = page.locator("#caseload table.data tbody tr");
      assertThat(page.locator("h1")).hasText("Cases");
      assertThat(row(page, mine)).hasCount(1);
      assertThat(row(page, colleagues)).hasCount(1);
      assertThat(row(page, neighbours)).hasCount(0);
      assertThat(page.content()).doesNotContain(neighbours.caseNumber());

      // htmx swaps the list alone: the header's sign-out form stays the same element.
      page.locator("header").evaluate("h => h.dataset.kept = 'yes'");
      page.fill("#filter-q", myPersonName);
      assertThat(row(page, colleagues)).hasCount(0);
      assertThat(rows).hasCount(1);
      assertThat(page.locator("header")).hasAttribute("data-kept", "yes");
      assertThat(page).hasURL(Pattern.compile(".*[?&]q=" + myPersonName + ".*"));

      row(page, mine).locator("a").first().click();
      assertThat(page.locator("h1")).containsText(mine.caseNumber());
      assertThat(page.locator("#person-block")).containsText(myPersonName);
      assertThat(page.locator("#person-block")).containsText("Technical and vocational");

      page.selectOption("#target", "SUSPENDED");
      page.fill("#reason", "Synthetic hospital stay");
      page.click("#transition button[type=submit]");

      assertThat(page.locator("[role=status]")).hasText("Saved.");
      assertThat(page.locator("h1 .badge")).hasText("Suspended");
      assertThat(page.locator("#history tbody tr")).hasCount(1);
      assertThat(page.locator("#history tbody tr")).containsText("Synthetic hospital stay");
      assertThat(jdbc.sql("select state from probation_case where id = :id")
          .param("id", mine.id()).query(String.class).single()).isEqualTo("SUSPENDED");
    } finally {
      page.context().clearCookies();
      page.close();
    }
  }

  private Locator row(Page page, CaseView c) {
    return page.locator("#caseload tr[data-case='" + c.id() + "']");
  }

  private Actor user(RegisterFixture fixture, String username, String territory) {
    var created = users.create(new UserForm(username, "Synthetic officer " + username,
        Role.PROBATION_OFFICER, fixture.organisation, territory, true, PASSWORD, null));
    var u = created.user();
    return new Actor(u.id(), u.username(), u.fullName(), u.role(), u.organisationId(),
        u.territoryCode());
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
      return (CaseView.Full) cases.create(new CaseService.NewCase(person.id(), ProbationKind.SENTENCE,
          today.minusDays(10), new CaseTerms(LegalBasis.CONDITIONAL_SENTENCE, null, null, null,
              null), district, null));
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
