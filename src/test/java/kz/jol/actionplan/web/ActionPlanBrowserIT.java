package kz.jol.actionplan.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import kz.jol.access.Actor;
import kz.jol.access.UserAdministration;
import kz.jol.actionplan.ActionPlanFixture;
import kz.jol.actionplan.domain.Deadline;
import kz.jol.actionplan.domain.HalfYear;
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
 * A co-executor signs in through Chromium, opens its plan's measure, first sends the report form
 * without a state (the problem shows beside the field, the text is kept), then files its report
 * on a half-year whose due day (the 10th of the following month) has passed: the page says it is
 * late, and the lead's reporting-discipline dashboard flags it late with its days. Every page on
 * the way passes axe-core; screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionPlanBrowserIT {

  @LocalServerPort int port;
  @Autowired UserAdministration users;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  Browser browser;
  ActionPlanFixture f;
  HalfYear past;
  long daysLate;

  @BeforeAll
  void aPlanRunningSinceAYearAgoAndTheBrowser() {
    LocalDate today = LocalDate.now(clock);
    HalfYear current = HalfYear.of(today);
    // Two half-years back: its due day (10 January or 10 July) is months behind whatever today is.
    past = current.previous().previous();
    daysLate = java.time.temporal.ChronoUnit.DAYS.between(past.dueDate(), today);
    f = new ActionPlanFixture(jdbc, users, past.firstDay(), current.next().lastDay(),
        Deadline.halfYear(current.next().year(), current.next().half()));
    browser = Browser.start();
  }

  @AfterAll
  void stopTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void anExecutorFilesAHalfYearReportAfterTheTenthAndItIsMarkedLateOnTheDashboard() {
    List<String> problems = new ArrayList<>();
    Page page = browser.context().newPage();
    try {
      signIn(page, f.co);
      page.navigate(url("/action-plans?lang=en"));
      assertThat(page.locator("h1")).hasText("Action plans");
      axe(page, problems, "plans");
      page.locator("#plans a", new Page.LocatorOptions().setHasText("Test plan")).click();
      axe(page, problems, "plan");
      page.locator("#measures tr[data-measure='1'] a").click();
      assertThat(page.locator("h1")).hasText("Measure 1");
      axe(page, problems, "measure");

      page.selectOption("#report-period", past.key());
      page.fill("#report-text", "Two seminars held with the employment centre; 14 people came.");
      page.click("#report-form button[type=submit]");
      assertThat(page.locator("#error-report-state")).hasText("Say where the measure stands.");
      assertThat(page.locator("#report-text"))
          .hasValue("Two seminars held with the employment centre; 14 people came.");
      axe(page, problems, "measure with a refused form");
      shot(page, "actionplan-report-refused-en");

      page.selectOption("#report-period", past.key());
      page.check("#report-state-IN_PROGRESS");
      page.click("#report-form button[type=submit]");
      assertThat(page.locator("#report-saved")).containsText("marked late");
      Locator row = page.locator("table[data-period='" + past.key() + "'] tr[data-executor='CO']");
      assertThat(row.locator(".badge")).hasText("Late by " + daysLate + " d.");
      shot(page, "actionplan-report-late-en");
      page.context().clearCookies();

      signIn(page, f.lead);
      page.navigate(url("/action-plans/" + f.planId + "/discipline?lang=kk"));
      assertThat(page.locator("h1")).hasText("Есеп беру тәртібі");
      assertThat(page.locator("#discipline tr[data-executor='CO'] .late-count")).hasText("1");
      Locator flag = page.locator("ul.flags[data-executor='CO'] li[data-period='" + past.key()
          + "']");
      assertThat(flag).hasAttribute("data-status", "LATE");
      assertThat(flag.locator(".badge")).hasText(daysLate + " күнге кешіктірілген");
      assertThat(page.locator("ul.flags[data-executor='LEAD'] li[data-period='" + past.key()
          + "']")).hasAttribute("data-status", "MISSING");
      axe(page, problems, "discipline kk");
      shot(page, "actionplan-discipline-kk");
      page.navigate(url("/action-plans/" + f.planId + "/discipline?lang=ru"));
      assertThat(page.locator("h1")).hasText("Исполнительская дисциплина");
      axe(page, problems, "discipline ru");
      page.navigate(url("/action-plans/" + f.planId + "?lang=ru"));
      assertThat(page.locator("#measures tr[data-measure='1'] .badge"))
          .hasText(Pattern.compile("Исполняется|Просрочено"));
      axe(page, problems, "plan ru");
    } finally {
      page.context().clearCookies();
      page.close();
    }
    assertThat(problems).as("axe-core violations").isEmpty();
  }

  private void axe(Page page, List<String> problems, String where) {
    for (Accessibility.Violation v : Accessibility.violations(page)) {
      problems.add(where + ": " + v);
    }
  }

  private void signIn(Page page, Actor actor) {
    Browser.signIn(page, url(""), actor.username(), ActionPlanFixture.PASSWORD, "en");
  }

  private static void shot(Page page, String name) {
    Browser.screenshot(page, "actionplan/" + name);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
