package kz.jol.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.UUID;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.support.Accessibility;
import kz.jol.support.Browser;
import kz.jol.support.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An analyst opens the indicator catalogue from the menu, in each language: every block is
 * there, the interaction registry's indicators say "no data yet", the formulas are in the
 * reader's words, the page passes axe-core and,
 * on a 390 px phone, does not scroll sideways.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorCatalogueBrowserIT {

  static final String PASSWORD = "catalogue-test-password";

  @LocalServerPort int port;
  @Autowired UserAdministration users;
  @Autowired JdbcClient jdbc;
  @Autowired IndicatorCatalogue catalogue;

  Browser browser;
  String analyst;

  @BeforeAll
  void anAnalyst() {
    analyst = "catalogue." + UUID.randomUUID().toString().substring(0, 8);
    users.create(new UserAdministration.UserForm(analyst, "Synthetic Analyst", Role.ANALYST,
        Fixtures.organisation(jdbc, "MINISTRY", "000000000"), "000000000", true, PASSWORD,
        null));
    browser = Browser.start();
    Accessibility.preload(browser.context());
  }

  @AfterAll
  void stopTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @ParameterizedTest
  @CsvSource({
      "kk, Көрсеткіштер каталогы, Әзірге деректер жоқ, Реинтеграцияның негізгі көрсеткіштері, "
          + "көмек сұрап жүгінген адамдар саны",
      "ru, Каталог показателей, Данных пока нет, Ключевые показатели реинтеграции, "
          + "'Число лиц, обратившихся за помощью в периоде'",
      "en, Indicator catalogue, No data yet, Reintegration KPIs, "
          + "Persons who asked for help in the period"})
  void theAnalystReadsTheCatalogueInTheirLanguage(String lang, String title, String noData,
      String kpis, String askedForHelp) {
    Page page = browser.context().newPage();
    try {
      Browser.signIn(page, "http://localhost:" + port, analyst, PASSWORD, lang);
      page.navigate("http://localhost:" + port + "/?lang=" + lang);
      page.locator("a[href='/indicators/catalogue']").first().click();
      assertThat(page.locator("h1").textContent()).isEqualTo(title);
      assertThat(page.locator("h2").allTextContents()).hasSize(5).contains(kpis);
      assertThat(page.locator("#indicator-PUBLIC_OPINION td").last().textContent())
          .isEqualTo(noData);
      assertThat(page.locator("#indicator-SUCCESS_DAY_180 td").last().textContent())
          .isNotEqualTo(noData);
      // The formula in the reader's words, not the technical notation over field names.
      assertThat(page.locator("#indicator-ASKED_FOR_HELP td.formula").textContent())
          .contains(askedForHelp).doesNotContain("HELP_REQUEST").doesNotContain("|");
      assertThat(page.locator("td.formula").allTextContents()).hasSize(catalogue.all().size())
          .noneMatch(f -> f.contains("|"));
      assertThat(Accessibility.violations(page)).isEmpty();
      Browser.screenshot(page, "indicators/catalogue-" + lang);
      page.setViewportSize(390, 844);
      int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth"))
          .intValue();
      assertThat(width).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
      Browser.screenshot(page, "indicators/catalogue-phone-" + lang);
    } finally {
      page.context().clearCookies();
      page.close();
    }
  }
}
