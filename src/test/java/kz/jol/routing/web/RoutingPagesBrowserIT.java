package kz.jol.routing.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Supplier;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.reintegration.domain.Domain;
import kz.jol.routing.application.EscalationService;
import kz.jol.routing.application.ReferralService;
import kz.jol.routing.application.SlaSweep;
import kz.jol.routing.domain.Escalation;
import kz.jol.support.Browser;
import kz.jol.support.CaseloadFixture;
import kz.jol.support.Fixtures;
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
 * The referral loop in Chromium: a public service centre's worker signs in (in Kazakh, the
 * browser's language), opens a referral from the inbox, accepts it, starts and completes it with
 * the result and its evidence; then the district akimat's head signs in and answers the
 * escalation of another, late referral. Screenshots of each page go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutingPagesBrowserIT {

  static final String PASSWORD = "browser-test-password";

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
  Actor worker;
  Actor akimatHead;
  UUID referral;
  Escalation escalation;

  @BeforeAll
  void aCentreWithTwoReferralsOneOfThemLateAndEscalated() {
    CaseloadFixture caseload = new CaseloadFixture(jdbc, users, persons, cases);
    String district = caseload.officer.territoryCode();
    UUID centre = Fixtures.organisation(jdbc, "PUBLIC_SERVICE_CENTRE", district);
    UUID akimat = Fixtures.organisation(jdbc, "AKIMAT_DEPARTMENT", district);
    worker = user(Role.AGENCY_WORKER, "Сынақ Қызметкер", centre, district);
    akimatHead = user(Role.AGENCY_HEAD, "Сынақ Әкімдік Басшысы", akimat, district);
    LocalDate today = LocalDate.now(clock);
    UUID first = caseload.caseRegistered(today.minusDays(10));
    UUID second = caseload.caseRegistered(today.minusDays(12));
    referral = as(caseload.officer, () -> referrals.refer(first,
        new ReferralService.ManualReferral(Domain.LEGAL, null,
            "Жеке куәлікті қалпына келтіру (синтетикалық)", centre, today.plusDays(2), null,
            "Синтетикалық ескертпе: адам сәрсенбіде келеді"))).id();
    UUID late = as(caseload.officer, () -> referrals.refer(second,
        new ReferralService.ManualReferral(Domain.LEGAL, null,
            "Тіркеуді қалпына келтіру (синтетикалық)", centre, today.plusDays(1), null,
            null))).id();
    jdbc.sql("update referral set due_at = :due where id = :id")
        .param("due", Timestamp.from(Instant.now().minus(Duration.ofHours(3))))
        .param("id", late).update();
    sweep.sweep();
    escalation = escalations.ofReferral(late).getFirst();
    browser = Browser.start();
  }

  @AfterAll
  void stopTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aWorkerCompletesAReferralAndTheAkimatHeadAnswersAnEscalation() {
    Page page = browser.context().newPage();
    try {
      signIn(page, worker);
      page.locator("nav.main-nav a[href='/inbox']").click();
      assertThat(page.locator("h1")).hasText("Кіріс жолдамалар");
      assertThat(page.locator("tr[data-referral] .badge.overdue")).hasCount(1);
      shot(page, "01-inbox-kk");

      page.locator("tr[data-referral='" + referral + "'] a").click();
      assertThat(page.locator("h1")).containsText("Жеке куәлікті қалпына келтіру");
      assertThat(page.locator("#person-block")).containsText("Сынақова Айгерім");
      shot(page, "02-referral-new-kk");

      page.locator("#form-accept button").click();
      assertThat(page.locator("[role=status]")).containsText("Қабылданды");
      page.locator("#form-start button").click();
      assertThat(page.locator("[role=status]")).containsText("Орындалуда");

      // The browser itself asks for the evidence before sending the form.
      page.fill("#done-result", "Жеке куәлік берілді (синтетикалық)");
      page.locator("#form-done button").click();
      assertThat(page.locator("#done-evidence:invalid")).hasCount(1);
      page.fill("#done-evidence", "Анықтама № 0001 (синтетикалық)");
      shot(page, "03-referral-complete-form-kk");
      page.locator("#form-done button").click();
      assertThat(page.locator("[role=status]")).containsText("Орындалды");
      assertThat(page.locator("#evidence")).hasText("Анықтама № 0001 (синтетикалық)");
      assertThat(page.locator("#history tbody tr")).hasCount(4);
      assertThat(page.locator("#answer")).hasCount(0);
      page.setViewportSize(390, 844);
      shot(page, "04-referral-done-phone-kk");
      page.setViewportSize(1280, 800);
      assertThat(jdbc.sql("select state from referral where id = :id").param("id", referral)
          .query(String.class).single()).isEqualTo("DONE");
      page.context().clearCookies();

      signIn(page, akimatHead);
      page.navigate(url("/escalations?lang=ru"));
      assertThat(page.locator("h1")).hasText("Эскалации");
      shot(page, "05-escalations-ru");
      page.locator("tr[data-escalation='" + escalation.id() + "'] a").click();
      assertThat(page.locator("h1")).containsText("Эскалация, уровень 1");
      shot(page, "06-escalation-open-ru");
      page.fill("#reason", "Синтетика: в центре не было сотрудника по прописке");
      page.fill("#measures", "Синтетика: приём перенесён, сотрудник выделен");
      String newDeadline = LocalDateTime.now(clock).plusDays(2).withHour(11)
          .truncatedTo(ChronoUnit.HOURS).format(RoutingDates.INPUT);
      page.fill("#newDeadline", newDeadline);
      page.locator("#answer button[type=submit]").click();
      assertThat(page.locator("[role=status]")).hasText("Ваш ответ записан.");
      assertThat(page.locator("h1 .badge").first()).hasText("Ответ дан");
      assertThat(page.locator("#answered-reason"))
          .hasText("Синтетика: в центре не было сотрудника по прописке");
      shot(page, "07-escalation-answered-ru");
      assertThat(escalations.ofReferral(escalation.referralId()).getFirst().state())
          .isEqualTo(Escalation.State.ANSWERED);
    } finally {
      page.context().clearCookies();
      page.close();
    }
  }

  private void shot(Page page, String name) {
    Browser.screenshot(page, "routing-" + name);
  }

  private Actor user(Role role, String name, UUID organisation, String territory) {
    var u = users.create(new UserAdministration.UserForm(
        "br." + UUID.randomUUID().toString().substring(0, 8), name, role, organisation,
        territory, true, PASSWORD, null)).user();
    return new Actor(u.id(), u.username(), u.fullName(), u.role(), u.organisationId(),
        u.territoryCode());
  }

  private static <T> T as(Actor actor, Supplier<T> action) {
    var principal = JolPrincipal.of(actor);
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null,
            principal.getAuthorities()));
    try {
      return action.get();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private void signIn(Page page, Actor actor) {
    Browser.signIn(page, url(""), actor.username(), PASSWORD, null);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
