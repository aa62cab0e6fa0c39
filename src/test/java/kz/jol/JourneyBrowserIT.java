package kz.jol;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.access.UserAdministration.UserForm;
import kz.jol.register.Iin;
import kz.jol.routing.application.EscalationService;
import kz.jol.routing.application.SlaSweep;
import kz.jol.routing.domain.Escalation;
import kz.jol.support.Accessibility;
import kz.jol.support.Browser;
import kz.jol.support.Fixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 5's journey in one go, in Chromium, through the pages: an officer registers a person
 * (a mistyped IIN first), opens a case and scores the domains so that HOUSING becomes R3; the
 * crisis centre finds the referral in its inbox, accepts and completes it with evidence; the
 * officer records the result, HOUSING scored 2, on the card and the domain closes; in Kazakh the officer downloads the
 * route sheet; the district akimat's head answers the escalation of the journey's other
 * referral, which ran late. Every page is screenshot under {@code target/screenshots/journey/}
 * and checked with axe-core.
 *
 * <p>Only what no page does is done here directly: the district, its offices and their staff are
 * created, and time is made to pass for one referral (its deadline moved into the past and the
 * SLA sweep run, as the five-minute schedule would).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneyBrowserIT {

  static final String PASSWORD = "journey-test-password";
  /** The value of an HTML datetime-local input. */
  static final DateTimeFormatter DATETIME_LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  static final Pattern KAZAKH_LETTERS = Pattern.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]");

  @LocalServerPort int port;
  @Autowired UserAdministration users;
  @Autowired SlaSweep sweep;
  @Autowired EscalationService escalations;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  Browser browser;
  UUID crisisCentre;
  UUID clinic;
  UUID akimat;
  String officer;
  String worker;
  String akimatHead;

  int steps;
  final List<String> accessibility = new ArrayList<>();

  @BeforeAll
  void aDistrictWithItsOfficesAndTheirStaff() {
    String district = Fixtures.territory(jdbc);
    UUID unit = Fixtures.organisation(jdbc, "PROBATION_UNIT", district,
        "Аудандық пробация қызметі (сынақ)", "Районная служба пробации (тест)",
        "District probation service (test)", "Бұқар жырау даңғылы, 1", "+7 7212 00 00 01");
    crisisCentre = Fixtures.organisation(jdbc, "CRISIS_CENTRE", district,
        "«Ақ ниет» дағдарыс орталығы", "Кризисный центр «Ак ниет»", "Ak Niet crisis centre",
        "Ерубаев көшесі, 12", "+7 7212 00 00 02");
    clinic = Fixtures.organisation(jdbc, "HEALTH_CLINIC", district,
        "№ 1 емхана (сынақ)", "Поликлиника № 1 (тест)", "Polyclinic No 1 (test)",
        "Гоголь көшесі, 5", "+7 7212 00 00 03");
    akimat = Fixtures.organisation(jdbc, "AKIMAT_DEPARTMENT", district,
        "Аудан әкімдігінің әлеуметтік бағдарламалар бөлімі",
        "Акимат района: отдел социальных программ",
        "District akimat: social programmes department",
        "Әлиханов көшесі, 7", "+7 7212 00 00 04");
    officer = user(Role.PROBATION_OFFICER, "Сынақова Гүлмира", unit, district);
    worker = user(Role.AGENCY_WORKER, "Сынақова Динара", crisisCentre, district);
    akimatHead = user(Role.AGENCY_HEAD, "Сынақов Ерлан", akimat, district);
    browser = Browser.start();
  }

  @AfterAll
  void stopTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aPersonIsRoutedThroughTheCrisisCentreAndAHeadAnswersTheLateReferral()
      throws IOException {
    Page page = browser.context().newPage();
    page.setViewportSize(1280, 900);
    try {
      // The officer signs in, in Russian, and lands on the caseload.
      assertThat(Browser.signIn(page, url(""), officer, PASSWORD, "ru")).isEqualTo("/caseload");
      assertThat(page.locator("html")).hasAttribute("lang", "ru");
      step(page, "officer-caseload-ru");

      // A person is registered; a mistyped IIN is refused beside the field, nothing is lost.
      page.locator("nav.main-nav a[href='/cases']").click();
      page.locator("main a[href='/persons/new']").click();
      Iin iin = Fixtures.unusedIin(jdbc);
      String mistyped = mistyped(iin.value());
      page.fill("#iin", mistyped);
      page.fill("#lastName", "Жолдасова");
      page.fill("#firstName", "Әйгерім");
      page.fill("#residenceLine", "ул. Ерубаева, 40, кв. 3");
      page.fill("#registrationLine", "ул. Ерубаева, 40, кв. 3");
      page.fill("#phone", "+7 700 000 00 11");
      step(page, "person-form-ru");
      submit(page);
      assertThat(page.locator("#error-iin")).containsText("Контрольная цифра должна быть");
      assertThat(page.locator("[role=alert]")).containsText("Ничего не сохранено");
      assertThat(page.locator("#iin")).hasValue(mistyped);
      assertThat(page.locator("#firstName")).hasValue("Әйгерім");
      step(page, "person-bad-iin-ru");
      page.fill("#iin", iin.value());
      submit(page);
      page.waitForURL(Pattern.compile(".*/persons/[0-9a-f-]{36}$"));
      assertThat(page.locator("h1")).hasText("Жолдасова Әйгерім");
      assertThat(page.locator("[role=status]")).hasText("Сохранено.");
      step(page, "person-registered-ru");

      // A case is opened from the person's card.
      page.locator("a[href^='/cases/new?person=']").click();
      page.selectOption("#legalBasis", "CONDITIONAL_SENTENCE");
      step(page, "case-form-ru");
      submit(page);
      page.waitForURL(Pattern.compile(".*/cases/[0-9a-f-]{36}$"));
      UUID caseId = UUID.fromString(lastSegment(page.url()));
      assertThat(page.locator("[role=status]")).hasText("Сохранено.");
      step(page, "case-card-new-ru");

      // HOUSING: homeless, 0; the preview says R3 before anything is stored.
      assess(page, "HOUSING", "0");
      page.check("#a-HOUSING-homeless");
      page.fill("#a-HOUSING-evidence", "Живёт на вокзале, со слов (синтетика)");
      page.click("#assess-HOUSING .preview-button");
      assertThat(page.locator("#assess-HOUSING .preview-domain-risk"))
          .containsText("R3 критический");
      step(page, "housing-preview-ru");
      page.click("#assess-HOUSING .save-button");
      assertThat(domain(page, "HOUSING")).containsText("R3 критический");
      assertThat(page.locator("#critical-failures")).containsText("Без жилья");
      // HEALTH: a high need and no help yet, also R3; its referral is the one that runs late.
      assess(page, "HEALTH", "0");
      page.selectOption("#a-HEALTH-healthNeed", "HIGH");
      page.click("#assess-HEALTH .save-button");
      assertThat(domain(page, "HEALTH")).containsText("R3 критический");
      step(page, "domains-scored-ru");

      // The matrix routes both after the commit; the card lists them.
      UUID housingReferral = referral(caseId, "HOUSING");
      UUID healthReferral = referral(caseId, "HEALTH");
      page.navigate(url("/cases/" + caseId));
      assertThat(page.locator("#referral-list tr[data-referral='" + housingReferral + "']"))
          .containsText("Кризисный центр «Ак ниет»");
      assertThat(page.locator("#referral-list tr[data-referral='" + healthReferral + "']"))
          .containsText("Поликлиника № 1 (тест)");

      // The plan: a long-term HOUSING action with the akimat, approved.
      page.locator("#plan form button[type=submit]").click();
      assertThat(page.locator("#plan .plan-state")).hasText("Проект");
      page.locator("#plan details summary").first().click();
      page.selectOption("#plan-add-domain", "HOUSING");
      page.fill("#plan-add-goal", "Тұрақты баспанаға кезекке тұру");
      page.fill("#plan-add-action", "Әлеуметтік тұрғын үй кезегіне өтініш беру");
      page.selectOption("#plan-add-org", akimat.toString());
      page.fill("#plan-add-due", LocalDate.now(clock).plusDays(30).toString());
      page.locator("#plan details form button[type=submit]").first().click();
      assertThat(page.locator("#plan-actions tbody tr")).hasCount(1);
      page.selectOption("#plan-transition-state", "APPROVED");
      page.locator("#plan-transition button[type=submit]").click();
      assertThat(page.locator("#plan .plan-state")).hasText("Утверждён");
      step(page, "plan-approved-ru");
      page.context().clearCookies();

      // The crisis centre's worker (the browser speaks Kazakh) lands on the inbox.
      assertThat(Browser.signIn(page, url(""), worker, PASSWORD, null)).isEqualTo("/inbox");
      assertThat(page.locator("h1")).hasText("Кіріс жолдамалар");
      assertThat(page.locator("tr[data-referral='" + housingReferral + "']")).hasCount(1);
      assertThat(page.locator("tr[data-referral='" + healthReferral + "']")).hasCount(0);
      step(page, "crisis-centre-inbox-kk");
      page.locator("tr[data-referral='" + housingReferral + "'] a").click();
      assertThat(page.locator("#person-block")).containsText("Жолдасова Әйгерім");
      step(page, "crisis-centre-referral-kk");
      page.locator("#form-accept button").click();
      assertThat(page.locator("[role=status]")).containsText("Қабылданды");
      page.locator("#form-start button").click();
      assertThat(page.locator("[role=status]")).containsText("Орындалуда");
      page.fill("#done-result", "Дағдарыс орталығына орналастырылды (синтетика)");
      page.fill("#done-evidence", "Орналастыру актісі № 17 (синтетика)");
      step(page, "crisis-centre-completing-kk");
      page.locator("#form-done button").click();
      assertThat(page.locator("[role=status]")).containsText("Орындалды");
      assertThat(page.locator("#evidence")).hasText("Орналастыру актісі № 17 (синтетика)");
      step(page, "crisis-centre-done-kk");
      page.context().clearCookies();

      // The officer again, on a browser that forgot everything: the account's Russian returns.
      assertThat(Browser.signIn(page, url(""), officer, PASSWORD, null)).isEqualTo("/caseload");
      assertThat(page.locator("html")).hasAttribute("lang", "ru");
      page.locator("#caseload tr[data-case='" + caseId + "'] a").first().click();
      assertThat(page.locator("#referral-list tr[data-referral='" + housingReferral + "']"))
          .containsText("Выполнено");
      step(page, "card-referral-done-ru");
      // The result on the card: the officer scores HOUSING 2 with the centre's evidence; the
      // assessment closes the domain and confirms the referral's result.
      assertThat(page.locator("#referrals")).containsText("оцените сферу, чтобы подтвердить");
      assess(page, "HOUSING", "2");
      page.uncheck("#a-HOUSING-homeless");
      page.fill("#a-HOUSING-evidence",
          "Кризисный центр «Ак ниет»: акт о размещении № 17 (синтетика)");
      page.click("#assess-HOUSING .save-button");
      assertThat(domain(page, "HOUSING")).containsText("R0 нет риска");
      assertThat(domain(page, "HOUSING")).containsText("закрыта");
      assertThat(page.locator("#critical-failures")).not().containsText("Без жилья");
      step(page, "housing-closed-ru");
      // Routing confirms the referral once the assessment is committed (an event): reload.
      for (int i = 0; i < 50 && !page.locator("#referrals").innerText()
          .contains("результат подтверждён"); i++) {
        page.waitForTimeout(200);
        page.reload();
      }
      assertThat(page.locator("#referrals")).containsText("результат подтверждён оценкой");

      // In Kazakh, the route sheet: Kazakh letters, and the housing step that remains.
      page.click("header .lang a[hreflang=kk]");
      assertThat(page.locator("html")).hasAttribute("lang", "kk");
      assertThat(domain(page, "HOUSING")).containsText("R0 тәуекел жоқ");
      step(page, "card-kk");
      Download download = page.waitForDownload(
          () -> page.click("a[href*='route-sheet.pdf'][hreflang=kk]"));
      assertThat(download.suggestedFilename()).endsWith("-kk.pdf");
      download.saveAs(Browser.SCREENSHOTS.resolve("journey/route-sheet-kk.pdf"));
      String sheet = text(Files.readAllBytes(download.path()));
      assertThat(sheet).contains("Бағыт парағы", "Жолдасова Әйгерім",
          "Тұрақты баспанаға кезекке тұру", "Аудан әкімдігінің әлеуметтік бағдарламалар бөлімі",
          "Әлиханов көшесі, 7");
      assertThat(KAZAKH_LETTERS.matcher(sheet).find()).isTrue();
      // The crisis centre's step is done, so the sheet no longer sends her there.
      assertThat(sheet).doesNotContain("«Ақ ниет» дағдарыс орталығы");
      page.context().clearCookies();

      // Time passes for the clinic's referral: no page moves a deadline, so the test does, and
      // runs the SLA sweep that production runs every five minutes.
      jdbc.sql("update referral set due_at = :due where id = :id")
          .param("due", Timestamp.from(Instant.now(clock).minus(Duration.ofHours(3))))
          .param("id", healthReferral).update();
      sweep.sweep();
      Escalation escalation = escalations.ofReferral(healthReferral).getFirst();

      // The district akimat's head answers it: reason, measures and a new deadline.
      assertThat(Browser.signIn(page, url(""), akimatHead, PASSWORD, "ru")).isEqualTo("/inbox");
      page.locator("nav.main-nav a[href='/escalations']").click();
      assertThat(page.locator("h1")).hasText("Эскалации");
      Locator row = page.locator("tr[data-escalation='" + escalation.id() + "']");
      assertThat(row).hasCount(1);
      step(page, "head-escalations-ru");
      row.locator("a").click();
      assertThat(page.locator("h1")).containsText("Эскалация, уровень 1");
      page.fill("#reason", "Синтетика: в поликлинике не было свободного терапевта");
      page.fill("#measures", "Синтетика: приём назначен, терапевт выделен");
      page.fill("#newDeadline", LocalDateTime.now(clock).plusDays(2).withHour(11)
          .truncatedTo(ChronoUnit.HOURS).format(DATETIME_LOCAL));
      step(page, "head-escalation-form-ru");
      page.locator("#answer button[type=submit]").click();
      assertThat(page.locator("[role=status]")).hasText("Ваш ответ записан.");
      assertThat(page.locator("h1 .badge").first()).hasText("Ответ дан");
      assertThat(page.locator("#answered-reason"))
          .hasText("Синтетика: в поликлинике не было свободного терапевта");
      step(page, "head-escalation-answered-ru");
      assertThat(escalations.ofReferral(healthReferral).getFirst().state())
          .isEqualTo(Escalation.State.ANSWERED);

      assertThat(accessibility).as("axe-core violations on the journey's pages").isEmpty();
    } catch (RuntimeException | AssertionError failed) {
      // Where the journey stopped, for whoever reads the failure.
      Browser.screenshot(page, "journey/failed-at-" + (steps + 1));
      throw failed;
    } finally {
      page.context().clearCookies();
      page.close();
    }
  }

  /** Opens a domain's assessment form on the card and picks the score. */
  private static void assess(Page page, String domain, String score) {
    page.locator("details.assess-box:has(#assess-" + domain + ") summary").click();
    page.check("#a-" + domain + "-score-" + score);
  }

  private static Locator domain(Page page, String domain) {
    return page.locator("#domains tr[data-domain=" + domain + "]");
  }

  private static void submit(Page page) {
    page.locator("main form button[type=submit]").click();
  }

  /** A screenshot of the page and axe-core's check of it. */
  private void step(Page page, String name) {
    // A click that navigates returns before the new page has loaded all of itself.
    page.waitForLoadState();
    String shot = String.format("%02d-%s", ++steps, name);
    Browser.screenshot(page, "journey/" + shot);
    for (Accessibility.Violation v : Accessibility.violations(page)) {
      accessibility.add(shot + " " + URI.create(page.url()).getPath() + ": " + v);
    }
  }

  /** The referral the matrix sent for the domain, once routing (after the commit) has run. */
  private UUID referral(UUID caseId, String domain) {
    await().atMost(Duration.ofSeconds(30)).until(() -> findReferral(caseId, domain).isPresent());
    return findReferral(caseId, domain).orElseThrow();
  }

  private Optional<UUID> findReferral(UUID caseId, String domain) {
    return jdbc.sql("select id from referral where case_id = :c and domain = :d")
        .param("c", caseId).param("d", domain).query(UUID.class).optional();
  }

  /** The IIN with its check digit changed: twelve digits that are not a valid IIN. */
  private static String mistyped(String iin) {
    String wrong = iin.substring(0, 11) + (char) ('0' + (iin.charAt(11) - '0' + 1) % 10);
    assertThat(Iin.isValid(wrong)).isFalse();
    return wrong;
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private static String lastSegment(String url) {
    String path = URI.create(url).getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private String user(Role role, String name, UUID organisation, String territory) {
    String username = "j." + UUID.randomUUID().toString().substring(0, 8);
    users.create(new UserForm(username, name, role, organisation, territory, true, PASSWORD,
        null));
    return username;
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
