package kz.jol.interaction;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.support.Accessibility;
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
 * A probation unit's head signs in through Chromium, records a joint event that the unit
 * organised with two other bodies taking part, and a contact with a partner NGO; both show in
 * their lists. A refused form keeps what was typed and says why beside the field, in Russian. The
 * registry's pages pass axe in three languages; screenshots in target/screenshots/interaction.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryBrowserIT {

  static final String PASSWORD = "a-long-password";

  @LocalServerPort int port;
  @Autowired UserAdministration users;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  Browser browser;
  String district;
  UUID probation;
  UUID akimat;
  UUID centre;
  UUID partner;
  String head;
  LocalDate today;

  @BeforeAll
  void aDistrictWithItsBodiesAPartnerAndTheBrowser() {
    today = LocalDate.now(clock);
    district = Fixtures.territory(jdbc);
    probation = Fixtures.organisation(jdbc, "PROBATION_UNIT", district,
        "Сынақ пробация қызметі", "Тестовая служба пробации", "Test probation unit", null, null);
    akimat = Fixtures.organisation(jdbc, "AKIMAT_DEPARTMENT", district,
        "Сынақ әлеуметтік бөлімі", "Тестовый отдел соцзащиты", "Test social department", null,
        null);
    centre = Fixtures.organisation(jdbc, "EMPLOYMENT_CENTRE", district,
        "Сынақ жұмыспен қамту орталығы", "Тестовый центр занятости", "Test employment centre",
        null, null);
    head = "reg.head." + UUID.randomUUID().toString().substring(0, 8);
    users.create(new UserAdministration.UserForm(head, "Синтетический Руководитель",
        Role.PROBATION_HEAD, probation, district, true, PASSWORD, null));
    partner = UUID.randomUUID();
    jdbc.sql("""
            insert into partner (id, kind, name, territory_code, offer, phone, registered_on,
                                 recorded_by, recorded_at)
            values (:id, 'NGO', 'ОФ «Синтетический приют»', :t, 'Временное жильё',
                    '+7 7212 00 00 09', :on, :by, now())""")
        .param("id", partner).param("t", district).param("on", today.minusDays(100))
        .param("by", UUID.randomUUID()).update();
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
  void aHeadRecordsAJointEventWithTwoParticipantsAndAPartnerContact() {
    Page page = browser.context().newPage();
    try {
      Browser.signIn(page, url(""), head, PASSWORD, "ru");
      page.navigate(url("/?lang=ru"));
      page.locator("nav.main-nav a", new Page.LocatorOptions().setHasText("Взаимодействие"))
          .click();
      assertThat(page.locator("h1")).hasText("Совместные мероприятия");
      page.click("#new-event");
      assertThat(page.locator("h1")).hasText("Записать совместное мероприятие");

      // first without a title and with a day to come: refused beside the fields
      page.selectOption("#ev-kind", "OPEN_DAY");
      page.fill("#ev-held", today.plusDays(3).toString());
      page.selectOption("#ev-territory", district);
      page.check("input[name=participantIds][value='" + akimat + "']");
      page.fill("#ev-reached", "40");
      page.click("#event-form button[type=submit]");
      assertThat(page.locator("#event-title-errors")).hasText("Это поле обязательно.");
      assertThat(page.locator("#event-heldOn-errors")).hasText("Эта дата ещё не наступила.");
      assertThat(page.locator("#ev-reached")).hasValue("40");
      assertThat(page.locator("input[name=participantIds][value='" + akimat + "']"))
          .isChecked();
      shot(page, "event-refused-ru");

      page.fill("#ev-title", "День открытых дверей службы пробации");
      page.fill("#ev-held", today.toString());
      page.check("input[name=participantIds][value='" + centre + "']");
      page.fill("#ev-guests", "ОФ «Синтетический приют»");
      page.fill("#ev-outcome", "Консультации по трудоустройству");
      page.click("#event-form button[type=submit]");
      assertThat(page.locator("h1")).hasText("День открытых дверей службы пробации");
      assertThat(page.locator("#event-facts")).containsText("Тестовый отдел соцзащиты");
      assertThat(page.locator("#event-facts")).containsText("Тестовый центр занятости");
      shot(page, "event-ru");

      page.navigate(url("/interaction/events?lang=ru&territory=" + district));
      Locator row = page.locator("#events-table tbody tr").first();
      assertThat(row).containsText("День открытых дверей службы пробации");
      assertThat(row).containsText("Тестовая служба пробации");
      assertThat(row).containsText("Тестовый отдел соцзащиты, Тестовый центр занятости");
      assertThat(row).containsText("40");
      shot(page, "events-ru");

      page.navigate(url("/interaction/partners?lang=ru"));
      page.locator("#partners-table a", new Page.LocatorOptions()
          .setHasText("ОФ «Синтетический приют»")).click();
      page.fill("#ct-on", today.toString());
      page.fill("#ct-purpose", "Подбор временного жилья");
      page.fill("#ct-outcome", "Место предоставлено");
      page.click("#contact-form button[type=submit]");
      assertThat(page.locator("#partner-contacts tbody tr").first())
          .containsText("Подбор временного жилья");

      page.navigate(url("/interaction/partners/contacts?lang=ru"));
      Locator contact = page.locator("#contacts-table tbody tr").first();
      assertThat(contact).containsText("ОФ «Синтетический приют»");
      assertThat(contact).containsText("Тестовая служба пробации");
      assertThat(contact).containsText("Подбор временного жилья");
      shot(page, "contacts-ru");

      page.setViewportSize(390, 844);
      page.navigate(url("/interaction/events?lang=kk"));
      shot(page, "events-phone-kk");
      assertThat((Boolean) page.evaluate(
          "document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
    } finally {
      page.context().clearCookies();
      page.close();
    }
  }

  @Test
  void theRegistryPagesPassAxeInEveryLanguage() {
    UUID event = UUID.randomUUID();
    jdbc.sql("""
            insert into joint_event (id, kind, title, held_on, territory_code, citizens_reached,
                                     recorded_by, recorded_at)
            values (:id, 'SEMINAR', 'Синтетический семинар', :on, :t, 12, :by, now())""")
        .param("id", event).param("on", today.minusDays(1)).param("t", district)
        .param("by", UUID.randomUUID()).update();
    jdbc.sql("""
            insert into joint_event_organisation (event_id, organisation_id, role)
            values (:e, :o, 'ORGANISER')""").param("e", event).param("o", probation).update();
    List<String> problems = new ArrayList<>();
    Page page = browser.context().newPage();
    try {
      Browser.signIn(page, url(""), head, PASSWORD, "en");
      for (String language : List.of("kk", "ru", "en")) {
        for (String path : List.of("/interaction/events", "/interaction/events/new",
            "/interaction/events/" + event, "/interaction/agreements",
            "/interaction/agreements/new", "/interaction/programmes",
            "/interaction/proposals", "/interaction/proposals/new", "/interaction/partners",
            "/interaction/partners/new", "/interaction/partners/" + partner,
            "/interaction/partners/contacts")) {
          page.navigate(url(path + "?lang=" + language));
          assertThat(page.locator("h1")).not().hasText("Not found");
          for (Accessibility.Violation v : Accessibility.violations(page)) {
            problems.add(language + " " + path + ": " + v);
          }
        }
      }
      page.navigate(url("/interaction/agreements/new?lang=kk"));
      shot(page, "agreement-form-kk");
      page.navigate(url("/interaction/partners/new?lang=en"));
      shot(page, "partner-form-en");
    } finally {
      page.context().clearCookies();
      page.close();
    }
    assertThat(problems).isEmpty();
  }

  private static void shot(Page page, String name) {
    Browser.screenshot(page, "interaction/" + name);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
