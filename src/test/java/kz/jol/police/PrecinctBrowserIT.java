package kz.jol.police;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.UserAdministration;
import kz.jol.police.application.PrecinctService;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.support.Accessibility;
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
 * A district inspector signs in through Chromium, opens the precinct from the menu, sees the
 * person declared wanted with the wanted status, records a prevention measure concerning her,
 * and cannot open a case outside the precinct; the pages pass axe in three languages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrecinctBrowserIT {

  @LocalServerPort int port;
  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;
  @Autowired PrecinctService precincts;
  @Autowired JdbcClient jdbc;

  Browser browser;
  PoliceFixture police;
  UUID precinct;
  UUID wanted;
  UUID outside;

  @BeforeAll
  void aPrecinctWithAWantedPersonAndTheBrowser() {
    police = new PoliceFixture(jdbc, users, persons, cases);
    precinct = PoliceFixture.as(police.admin, () -> {
      var created = precincts.create(new PrecinctService.PrecinctForm(police.policeUnit,
          police.district, "5", "Синтетика"));
      precincts.addStreet(created.id(), new PrecinctService.StreetForm("ул. Абая", null, null));
      precincts.addStreet(created.id(), new PrecinctService.StreetForm("мкр. Восток-5", null,
          null));
      precincts.assignInspectors(created.id(), List.of(police.inspector.userId()));
      return created.id();
    });
    wanted = police.caseAt("г. Тест, ул. Абая, д. 7, кв. 1", "Іздеуова");
    UUID calm = police.caseAt("мкр. Восток-5, 3", "Тынышова");
    outside = police.caseAt("г. Тест, ул. Гоголя, д. 2", "Сыртқыева");
    await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
            "select count(*) from precinct_resident where person_id = any(:ids)")
        .param("ids", new UUID[] {police.personOf(wanted), police.personOf(calm),
            police.personOf(outside)})
        .query(Integer.class).single() == 3);
    police.declareWanted(wanted);
    browser = Browser.start();
  }

  @AfterAll
  void stopTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theInspectorSeesTheWantedPersonRecordsAMeasureAndReachesNoCaseOutside() {
    Page page = browser.context().newPage();
    try {
      signIn(page, police.inspector);
      page.navigate(url("/?lang=en"));
      page.locator("nav.main-nav a", new Page.LocatorOptions().setHasText("My precincts"))
          .click();
      assertThat(page.locator("h1")).hasText("My precincts");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Precinct 5 — Синтетика"))
          .click();
      assertThat(page.locator("h1")).hasText("Precinct 5 — Синтетика");
      Locator rows = page.locator("#probation-table tbody tr");
      assertThat(rows).hasCount(2);
      assertThat(rows.first()).containsText("Іздеуова Айгерім");
      assertThat(rows.first().locator(".badge")).hasText("Wanted");
      assertThat(rows.first()).containsText("wanted since");
      assertThat(rows.first()).containsText("ул. Абая, д. 7, кв. 1");
      assertThat(page.locator("#probation-table")).not().containsText("Сыртқыева");
      shot(page, "precinct-en");

      page.selectOption("#me-kind", "VISIT");
      page.fill("#me-on", LocalDate.now().toString());
      page.fill("#me-participants", "УИП Синтетов, инспектор пробации");
      page.getByLabel("Іздеуова Айгерім").check();
      page.fill("#me-findings", "Дома не застали, соседи видели неделю назад");
      page.fill("#me-found", "1");
      page.click("#measure-submit");
      assertThat(page.locator("#saved")).hasText("The prevention measure is recorded.");
      Locator measure = page.locator("#measures-table tbody tr").first();
      assertThat(measure).containsText("Home visit");
      assertThat(measure).containsText("Іздеуова Айгерім");
      assertThat(measure).containsText("1 violations found");

      page.navigate(url("/cases/" + outside));
      assertThat(page.locator("h1")).hasText("Not found");
      page.navigate(url("/cases/" + wanted));
      assertThat(page.locator("main")).containsText("Іздеуова");

      page.navigate(url("/precincts/" + precinct + "?lang=kk"));
      assertThat(page.locator("#probation-table tbody tr").first().locator(".badge"))
          .hasText(jdbcLabel("kk"));
      shot(page, "precinct-kk");
      page.setViewportSize(390, 844);
      page.navigate(url("/precincts/" + precinct + "?lang=ru"));
      shot(page, "precinct-phone-ru");
    } finally {
      page.context().clearCookies();
      page.close();
    }
  }

  @Test
  void aRefusedMeasureKeepsWhatWasTypedAndSaysWhyBesideTheField() {
    Page page = browser.context().newPage();
    try {
      signIn(page, police.inspector);
      page.navigate(url("/precincts/" + precinct + "?lang=ru"));
      page.selectOption("#me-kind", "TALK");
      page.fill("#me-on", LocalDate.now().plusDays(5).toString());
      page.fill("#me-participants", "УИП");
      page.fill("#me-findings", "Беседа");
      page.click("#measure-submit");
      assertThat(page.locator("#measure-heldOn-errors")).hasText("Дата ещё не наступила.");
      assertThat(page.locator("#me-participants")).hasValue("УИП");
      assertThat(jdbc.sql("select count(*) from prevention_measure where precinct_id = :p"
          + " and kind = 'TALK'").param("p", precinct).query(Integer.class).single()).isZero();
    } finally {
      page.context().clearCookies();
      page.close();
    }
  }

  @Test
  void thePolicePagesPassAxeInEveryLanguage() {
    List<String> problems = new ArrayList<>();
    check(police.inspector, List.of("/precincts", "/precincts/" + precinct,
        "/precincts/unmatched"), problems);
    check(police.admin, List.of("/admin/precincts", "/admin/precincts/" + precinct), problems);
    assertThat(problems).isEmpty();
  }

  private void check(Actor actor, List<String> paths, List<String> problems) {
    Page page = browser.context().newPage();
    try {
      signIn(page, actor);
      for (String language : List.of("kk", "ru", "en")) {
        for (String path : paths) {
          page.navigate(url(path + "?lang=" + language));
          for (Accessibility.Violation v : Accessibility.violations(page)) {
            problems.add(language + " " + path + ": " + v);
          }
        }
      }
    } finally {
      page.context().clearCookies();
      page.close();
    }
  }

  private static String jdbcLabel(String language) {
    return switch (language) {
      case "kk" -> "Іздестіруде";
      default -> "Wanted";
    };
  }

  private static void shot(Page page, String name) {
    Browser.screenshot(page, "police/" + name);
  }

  private void signIn(Page page, Actor actor) {
    Browser.signIn(page, url(""), actor.username(), "a-long-password", "en");
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
