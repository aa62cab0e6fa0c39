package kz.jol.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.indicators.web.IndicatorBulkhead.Permit;
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
 * An analyst submits the dashboard's (htmx-boosted) form while every permit of the indicator
 * bulkhead is taken: after the queue wait the page says, in Russian, that the figures are being
 * computed for others, passes axe-core, and its "Try again" link keeps the period and block
 * chosen; once a permit is free one click shows the dashboard for that period and block.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorGuardBrowserIT {

  static final String PASSWORD = "guard-browser-password";

  @LocalServerPort int port;
  @Autowired UserAdministration users;
  @Autowired JdbcClient jdbc;
  @Autowired IndicatorBulkhead bulkhead;

  Browser browser;
  String analyst;

  @BeforeAll
  void anAnalyst() {
    analyst = "guard.ui." + UUID.randomUUID().toString().substring(0, 8);
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

  @Test
  void aBusyDashboardSaysSoAndOneClickRetriesWithTheSameChoices() {
    Page page = browser.context().newPage();
    List<Permit> taken = new ArrayList<>();
    try {
      String base = "http://localhost:" + port;
      Browser.signIn(page, base, analyst, PASSWORD, "ru");
      page.navigate(base + "/indicators?lang=ru&period=2011-Q2");
      assertThat(page.locator("h1").textContent()).isEqualTo("Панель оценки эффективности");

      for (var p = bulkhead.tryAcquire(); p.isPresent(); p = bulkhead.tryAcquire()) {
        taken.add(p.get());
      }
      page.fill("#dashboard-period", "2011-Q3");
      page.selectOption("#dashboard-block", "FINAL_RESULTS");
      page.locator("#dashboard-form button[type=submit]").click();
      page.locator("#indicators-unavailable").waitFor();
      assertThat(page.locator("h1").textContent()).isEqualTo("Показатели рассчитываются");
      assertThat(page.locator("#indicators-unavailable").textContent())
          .contains("Повторите попытку через минуту");
      String retry = page.locator("#indicators-retry").getAttribute("href");
      assertThat(retry).startsWith("/indicators?").contains("period=2011-Q3")
          .contains("block=FINAL_RESULTS");
      assertThat(Accessibility.violations(page)).isEmpty();
      Browser.screenshot(page, "indicators/dashboard-busy");

      taken.forEach(Permit::close);
      taken.clear();
      page.locator("#indicators-retry").click();
      page.locator("#dashboard-form").waitFor();
      assertThat(page.locator("h1").textContent()).isEqualTo("Панель оценки эффективности");
      assertThat(page.inputValue("#dashboard-period")).isEqualTo("2011-Q3");
      assertThat(page.inputValue("#dashboard-block")).isEqualTo("FINAL_RESULTS");
    } finally {
      taken.forEach(Permit::close);
      page.close();
    }
  }
}
