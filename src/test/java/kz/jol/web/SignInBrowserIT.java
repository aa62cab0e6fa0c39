package kz.jol.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.Map;
import java.util.UUID;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.access.UserAdministration.UserForm;
import kz.jol.support.Browser;
import kz.jol.support.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person signs in through a real browser, lands on the page their role works on, and finds
 * the home page of their role.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInBrowserIT {

  static final String PASSWORD = "browser-test-password";

  @LocalServerPort int port;
  @Autowired UserAdministration users;
  @Autowired JdbcClient jdbc;

  Browser browser;
  final Map<Role, String> usernames = new java.util.EnumMap<>(Role.class);

  @BeforeAll
  void createOneUserPerRoleAndStartTheBrowser() {
    String territory = Fixtures.territory(jdbc);
    for (Role role : Role.values()) {
      if (role == Role.PARTNER_SYSTEM) {
        continue; // an API client, refused on the sign-in form (PartnerApiTest)
      }
      UUID organisation = Fixtures.organisation(jdbc, switch (role) {
        case PROBATION_OFFICER, PROBATION_HEAD -> "PROBATION_UNIT";
        case POLICE_INSPECTOR -> "POLICE_UNIT";
        case AGENCY_WORKER, AGENCY_HEAD -> "EMPLOYMENT_CENTRE";
        case PROSECUTOR -> "PROSECUTOR_OFFICE";
        case ANALYST, ADMIN -> "MINISTRY";
        case PARTNER_SYSTEM -> throw new IllegalStateException("not a person");
      }, territory);
      String username = "b" + UUID.randomUUID().toString().substring(0, 8) + "." + role.name().toLowerCase().replace('_', '-');
      users.create(new UserForm(username, "Synthetic " + role, role, organisation, territory, true,
          PASSWORD, null));
      usernames.put(role, username);
    }
    browser = Browser.start();
  }

  @AfterAll
  void stopTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, mode = EnumSource.Mode.EXCLUDE, names = "PARTNER_SYSTEM")
  void eachRoleSignsInAndSeesItsOwnHome(Role role) {
    Page page = browser.context().newPage();
    try {
      String landed = signIn(page, usernames.get(role), "en");
      assertThat(landed).isEqualTo(switch (role) {
        case PROBATION_OFFICER, PROBATION_HEAD -> "/caseload";
        case AGENCY_WORKER, AGENCY_HEAD -> "/inbox";
        case POLICE_INSPECTOR -> "/precincts";
        case PROSECUTOR -> "/cases";
        case ANALYST -> "/statistics";
        case ADMIN -> "/admin/users";
        case PARTNER_SYSTEM -> throw new IllegalStateException("excluded above");
      });
      assertThat(page.locator("h1").textContent()).doesNotContain("Forbidden", "Error");
      page.navigate(url("/"));
      assertThat(page.locator("h1").textContent()).contains("Welcome");
      assertThat(page.locator("header").textContent()).contains("Synthetic " + role);
      String menu = page.locator("nav.main-nav").textContent();
      switch (role) {
        case ADMIN -> assertThat(menu).contains("Users", "Organisations").doesNotContain("Cases");
        case ANALYST -> assertThat(menu).contains("Statistics").doesNotContain("Cases", "Users");
        case PROBATION_OFFICER, PROBATION_HEAD, PROSECUTOR -> assertThat(menu).contains("Cases")
            .doesNotContain("Users", "Statistics");
        case POLICE_INSPECTOR -> assertThat(menu).contains("Persons on the register");
        case AGENCY_WORKER, AGENCY_HEAD -> assertThat(menu).contains("My organisation")
            .doesNotContain("Cases");
        case PARTNER_SYSTEM -> throw new IllegalStateException("excluded above");
      }
      page.navigate(url("/admin/users"));
      if (role == Role.ADMIN) {
        assertThat(page.locator("h1").textContent()).isEqualTo("Users");
        assertThat(page.content()).contains(usernames.get(Role.PROSECUTOR));
      } else {
        assertThat(page.locator("h1").textContent()).isEqualTo("Forbidden");
      }
    } finally {
      page.context().clearCookies();
      page.close();
    }
  }

  @Test
  void wrongPasswordIsRefusedInTheChosenLanguage() {
    Page page = browser.context().newPage();
    try {
      page.navigate(url("/login?lang=ru"));
      page.fill("#username", usernames.get(Role.PROBATION_OFFICER));
      page.fill("#password", "not-the-password");
      page.click("button[type=submit]");
      assertThat(page.locator("[role=alert]").textContent())
          .isEqualTo("Неверное имя пользователя или пароль.");
    } finally {
      page.context().clearCookies();
      page.close();
    }
  }

  @Test
  void signingOutEndsTheSession() {
    Page page = browser.context().newPage();
    try {
      signIn(page, usernames.get(Role.ANALYST), "kk");
      page.navigate(url("/"));
      assertThat(page.locator("h1").textContent()).contains("Қош келдіңіз");
      page.click("header form button");
      assertThat(page.url()).endsWith("/login?logout");
      page.navigate(url("/"));
      assertThat(page.url()).endsWith("/login");
    } finally {
      page.context().clearCookies();
      page.close();
    }
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, mode = EnumSource.Mode.EXCLUDE, names = "PARTNER_SYSTEM")
  void eachRoleReachesOnlyTheAdminAndOrganisationPagesItMay(Role role) {
    Page page = browser.context().newPage();
    try {
      signIn(page, usernames.get(role), "en");
      page.navigate(url("/admin/organisations"));
      assertThat(page.locator("h1").textContent())
          .isEqualTo(role == Role.ADMIN ? "Organisations" : "Forbidden");
      page.navigate(url("/admin/territories"));
      assertThat(page.locator("h1").textContent())
          .isEqualTo(role == Role.ADMIN ? "Territories" : "Forbidden");
      page.navigate(url("/my-organisation"));
      if (role == Role.AGENCY_WORKER || role == Role.AGENCY_HEAD) {
        assertThat(page.locator("h1").textContent()).startsWith("Test organisation ");
        assertThat(page.locator("#inbox-link a").getAttribute("href")).isEqualTo("/inbox");
      } else {
        assertThat(page.locator("h1").textContent()).isEqualTo("Forbidden");
      }
    } finally {
      page.context().clearCookies();
      page.close();
    }
  }

  @Test
  void theAdminUploadsABadTerritoryFileAndSeesItsProblemsByLine() {
    Page page = browser.context().newPage();
    try {
      signIn(page, usernames.get(Role.ADMIN), "kk");
      page.navigate(url("/admin/territories"));
      page.setInputFiles("#file", new com.microsoft.playwright.options.FilePayload(
          "bad.csv", "text/csv", ("code,parent_code,kind,name_kk,name_ru,name_en\n"
              + "4781,470000000,DISTRICT,Аудан,Район,District\n")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      page.click("form[enctype] button[type=submit]");
      assertThat(page.locator("#import-problems").textContent())
          .contains("Ештеңе импортталмады", "2-жол, code бағаны", "«4781»");
    } finally {
      page.context().clearCookies();
      page.close();
    }
  }

  @Test
  void aLinkOpenedBeforeSigningInIsWhereSigningInLands() {
    Page page = browser.context().newPage();
    try {
      page.navigate(url("/notifications?lang=en"));
      assertThat(page.url()).endsWith("/login");
      page.fill("#username", usernames.get(Role.PROBATION_OFFICER));
      page.fill("#password", PASSWORD);
      page.click("button[type=submit]");
      page.waitForURL(u -> !u.contains("/login"));
      assertThat(java.net.URI.create(page.url()).getPath()).isEqualTo("/notifications");
    } finally {
      page.context().clearCookies();
      page.close();
    }
  }

  private String signIn(Page page, String username, String language) {
    return Browser.signIn(page, url(""), username, PASSWORD, language);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
