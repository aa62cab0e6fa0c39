package kz.jol.publication;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.support.Accessibility;
import kz.jol.support.Browser;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.support.CaseloadFixture;
import kz.jol.support.Fixtures;
import kz.jol.support.IndicatorFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The publication end to end in Chromium: an administrator previews a table of a region where
 * some districts have few cases, sees the hidden cells marked, publishes it; an anonymous
 * visitor opens the portal in Kazakh, finds the figure with the small cells hidden, downloads
 * the CSV; the administrator withdraws it and the figure's page is 404. axe-core on every page;
 * screenshots under target/screenshots/publication/, phone width included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicationBrowserIT {

  static final String PASSWORD = "a-long-password-for-publishing";
  static final int PHONE_WIDTH = 390;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired UserAdministration users;
  @Autowired Clock clock;
  @Autowired PersonService persons;
  @Autowired CaseService cases;

  Browser browser;
  PublicationFixture region;
  String admin;
  LocalDate today;

  @BeforeAll
  void aRegionAnAdministratorAndTheBrowser() {
    today = LocalDate.now(clock);
    region = new PublicationFixture(jdbc);
    LocalDate day = today.minusDays(4);
    region.cases(0, "SENTENCE", 34, day);
    region.cases(0, "PRE_TRIAL", 4, day);
    region.cases(1, "SENTENCE", 21, day);
    region.cases(1, "PRE_TRIAL", 16, day);
    region.cases(2, "SENTENCE", 27, day);
    region.cases(2, "POST_PENITENTIARY", 11, day);
    UUID ministry = Fixtures.organisation(jdbc, "MINISTRY", "000000000");
    admin = "publisher-" + UUID.randomUUID().toString().substring(0, 8);
    users.create(new UserAdministration.UserForm(admin, "Жариялаушы Әкімші", Role.ADMIN,
        ministry, "000000000", true, PASSWORD, null));
    browser = Browser.start();
    Accessibility.preload(browser.context());
  }

  @AfterAll
  void stopTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void anAdministratorPublishesAndAnAnonymousVisitorReadsItInKazakhUntilItIsWithdrawn()
      throws IOException {
    List<String> problems = new ArrayList<>();
    Page page = browser.context().newPage();
    try {
      Browser.signIn(page, url(""), admin, PASSWORD, "en");
      page.navigate(url("/admin/publications?lang=en"));
      axe(page, problems);
      shot(page, "admin-list-en");
      page.selectOption("#kind", "CASES_BY_KIND");
      page.selectOption("#territory", region.region);
      page.fill("#from", today.minusDays(30).toString());
      page.fill("#to", today.toString());
      page.click("#new-publication button[type=submit]");
      assertThat(page.locator("h1")).hasText("Preview before publishing");
      var alphaPreTrial = page.locator("#preview tr[data-row='" + region.districts.get(0)
          + "'] td").first();
      assertThat(alphaPreTrial).hasText("<10");
      assertThat(alphaPreTrial).hasClass(java.util.regex.Pattern.compile(".*hidden-cell.*"));
      axe(page, problems);
      shot(page, "admin-preview-en");

      page.fill("#titleKk", "Пробация есебіндегі адамдар, сынақ облысы");
      page.fill("#titleRu", "Лица на учёте пробации, тестовая область");
      page.fill("#titleEn", "Persons on the probation register, test region");
      page.fill("#note", "Synthetic data of a browser test.");
      page.click("#publish-form button[type=submit]");
      assertThat(page.locator("#state")).hasText("Published");
      String id = page.url().replaceAll(".*/admin/publications/([0-9a-f-]{36}).*", "$1");
      axe(page, problems);
      shot(page, "admin-detail-en");

      // Signed out: a visitor of the portal.
      page.context().clearCookies();
      page.navigate(url("/open?lang=kk"));
      assertThat(page.locator("h1")).hasText("Жарияланған көрсеткіштер");
      axe(page, problems);
      shot(page, "open-home-kk");
      page.locator("#open-publications a",
          new Page.LocatorOptions().setHasText("сынақ облысы")).click();
      assertThat(page.locator("h1")).hasText("Пробация есебіндегі адамдар, сынақ облысы");
      var hidden = page.locator("tr[data-row='" + region.districts.get(0) + "'] td").first();
      assertThat(hidden).hasText("<10");
      assertThat(page.locator("#legend")).containsText("10 адамнан аз");
      // 4 pre-trial in the first district; 34, 16 and 21 hide with it; the third shows.
      assertThat(page.locator("tr[data-row='" + region.districts.get(1) + "'] td").first())
          .hasText("<10");
      assertThat(page.locator("tr[data-row='" + region.districts.get(2) + "'] td").nth(1))
          .hasText("27");
      axe(page, problems);
      shot(page, "open-figure-kk");
      page.setViewportSize(PHONE_WIDTH, 844);
      int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth"))
          .intValue();
      assertThat(width).as("the figure page does not scroll sideways on a phone")
          .isLessThanOrEqualTo(PHONE_WIDTH);
      shot(page, "open-figure-phone-kk");
      page.setViewportSize(1280, 800);

      Download download = page.waitForDownload(() -> page.click("#csv"));
      byte[] bytes = Files.readAllBytes(download.path());
      assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
      String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
      Files.createDirectories(Browser.SCREENSHOTS.resolve("publication"));
      Files.writeString(Browser.SCREENSHOTS.resolve("publication/figure-kk.csv"), csv);
      List<List<String>> lines = PublicationWebTest.parseCsv(csv);
      assertThat(lines).contains(List.of(region.districts.get(0),
          lines.get(1).get(1), "PRE_TRIAL", "Сотқа дейінгі пробация", "", "hidden", "10"));

      page.navigate(url("/open/resocialisation?lang=kk"));
      assertThat(page.locator("h1")).hasText("Ресоциализация");
      axe(page, problems);
      shot(page, "open-resocialisation-kk");
      page.setViewportSize(PHONE_WIDTH, 844);
      shot(page, "open-resocialisation-phone-kk");
      page.setViewportSize(1280, 800);

      // The administrator withdraws it: the visitor's page is gone.
      Browser.signIn(page, url(""), admin, PASSWORD, "en");
      page.navigate(url("/admin/publications/" + id + "?lang=en"));
      page.click("#withdraw-form button[type=submit]");
      assertThat(page.locator("#state")).hasText("Withdrawn");
      page.context().clearCookies();
      Response gone = page.navigate(url("/open/figures/" + id + "?lang=kk"));
      assertThat(gone.status()).isEqualTo(404);
      shot(page, "open-figure-withdrawn-kk");
      page.navigate(url("/open?lang=kk"));
      assertThat(page.locator("[data-publication='" + id + "']")).hasCount(0);
    } finally {
      page.close();
    }
    assertThat(problems).as("axe-core violations").isEmpty();
  }

  /**
   * An indicator of the catalogue, published for a past quarter (2017-Q3, a quarter of this
   * test's own) of a fresh region of two districts: day-180 readings, 12 of 15 successful in the
   * first district, 1 of 3 in the second. The visitor reads its name, definition and formula (in
   * words) from the catalogue in Kazakh, Russian and English, the small district hidden.
   */
  @Test
  void anIndicatorOfTheCatalogueIsPublishedAndReadInEveryLanguage() {
    String fresh = IndicatorFixture.freshRegion(jdbc, '6', "Көрсеткіш облысы",
        "Область показателя", "Indicator region");
    List<String> districts = new ArrayList<>();
    int[][] readings = {{15, 12}, {3, 1}};
    for (int[] r : readings) {
      var d = new CaseloadFixture(jdbc, users, persons, cases);
      jdbc.sql("update territory set parent_code = :r where code = :d").param("r", fresh)
          .param("d", d.officer.territoryCode()).update();
      IndicatorFixture.readings(jdbc, d, LocalDate.of(2017, 2, 1), r[0], r[1],
          LocalDate.of(2017, 12, 31));
      districts.add(d.officer.territoryCode());
    }
    String small = districts.get(1);
    List<String> problems = new ArrayList<>();
    Page page = browser.context().newPage();
    try {
      Browser.signIn(page, url(""), admin, PASSWORD, "en");
      page.navigate(url("/admin/publications?lang=en"));
      page.selectOption("#kind", "INDICATOR_SUCCESS_DAY_180");
      page.selectOption("#territory", fresh);
      page.fill("#from", "2017-07-01");
      page.fill("#to", "2017-09-30");
      page.click("#new-publication button[type=submit]");
      assertThat(page.locator("h1")).hasText("Preview before publishing");
      assertThat(page.locator("#preview tr[data-row='" + small + "'] td").first())
          .hasText("<10");
      axe(page, problems);
      shot(page, "indicator-preview-en");
      page.fill("#titleKk", "180-күндегі сәтті реинтеграция, 2017-Q3");
      page.fill("#titleRu", "Успешная реинтеграция на 180-й день, 2017-Q3");
      page.fill("#titleEn", "Successful reintegration at day 180, 2017-Q3");
      page.click("#publish-form button[type=submit]");
      assertThat(page.locator("#state")).hasText("Published");
      String id = page.url().replaceAll(".*/admin/publications/([0-9a-f-]{36}).*", "$1");

      page.context().clearCookies();
      String[][] languages = {
          {"kk", "180-күндегі сәтті реинтеграция, 2017-Q3", "180-күн", "180-күніне жеткен"},
          {"ru", "Успешная реинтеграция на 180-й день, 2017-Q3", "180", "180-го дня на учёте"},
          {"en", "Successful reintegration at day 180, 2017-Q3", "day 180",
              "reached day 180 on the register"}};
      for (String[] language : languages) {
        page.navigate(url("/open/figures/" + id + "?lang=" + language[0]));
        assertThat(page.locator("h1")).hasText(language[1]);
        assertThat(page.locator("caption")).containsText(language[2]);
        assertThat(page.locator("#definition")).not().isEmpty();
        // The formula in the reader's words, never the technical notation.
        assertThat(page.locator("#formula .formula-text")).containsText(language[3]);
        assertThat(page.locator("#formula")).not().containsText("|");
        assertThat(page.locator("#formula code")).hasCount(0);
        assertThat(page.locator("tr[data-row='" + small + "'] td").first()).hasText("<10");
        assertThat(page.locator("#legend")).isVisible();
        axe(page, problems);
        shot(page, "indicator-figure-" + language[0]);
      }
      page.setViewportSize(PHONE_WIDTH, 844);
      int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth"))
          .intValue();
      assertThat(width).as("no sideways scrolling on a phone").isLessThanOrEqualTo(PHONE_WIDTH);
      shot(page, "indicator-figure-phone-en");
      page.setViewportSize(1280, 800);
    } finally {
      page.close();
    }
    assertThat(problems).as("axe-core violations").isEmpty();
  }

  private static void axe(Page page, List<String> problems) {
    for (Accessibility.Violation v : Accessibility.violations(page)) {
      problems.add(page.url() + ": " + v);
    }
  }

  private static void shot(Page page, String name) {
    Browser.screenshot(page, "publication/" + name);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
