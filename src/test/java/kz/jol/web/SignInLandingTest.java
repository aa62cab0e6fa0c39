package kz.jol.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.access.UserAdministration.UserForm;
import kz.jol.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Signing in lands on the page the role works on, unless the person had asked for a page before
 * signing in: then that page wins.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInLandingTest {

  static final String PASSWORD = "landing-test-password";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAdministration users;

  @ParameterizedTest(name = "{0} lands on {2}")
  @CsvSource({
      "PROBATION_OFFICER, PROBATION_UNIT,    /caseload",
      "PROBATION_HEAD,    PROBATION_UNIT,    /caseload",
      "AGENCY_WORKER,     CRISIS_CENTRE,     /inbox",
      "AGENCY_HEAD,       AKIMAT_DEPARTMENT, /inbox",
      "POLICE_INSPECTOR,  POLICE_UNIT,       /precincts",
      "PROSECUTOR,        PROSECUTOR_OFFICE, /cases",
      "ANALYST,           MINISTRY,          /statistics",
      "ADMIN,             MINISTRY,          /admin/users"})
  void eachRoleLandsOnItsWorkingPage(Role role, String organisationType, String page)
      throws Exception {
    String username = user(role, organisationType);
    MvcResult signedIn = mvc.perform(formLogin("/login").user(username).password(PASSWORD))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl(page))
        .andReturn();
    // The page is one the role may open.
    mvc.perform(get(page).session((MockHttpSession) signedIn.getRequest().getSession()))
        .andExpect(status().isOk());
  }

  @Test
  void aPageAskedForBeforeSigningInWinsOverTheWorkingPage() throws Exception {
    String officer = user(Role.PROBATION_OFFICER, "PROBATION_UNIT");
    MvcResult asked = mvc.perform(get("/notifications"))
        .andExpect(status().isFound()).andExpect(redirectedUrl("/login")).andReturn();
    MockHttpSession session = (MockHttpSession) asked.getRequest().getSession();
    MvcResult signedIn = mvc.perform(post("/login").param("username", officer)
            .param("password", PASSWORD).with(csrf()).session(session))
        .andExpect(status().isFound()).andReturn();
    assertThat(signedIn.getResponse().getRedirectedUrl())
        .startsWith("http://localhost/notifications");
  }

  @Test
  void theBareAddressAskedForBeforeSigningInStillLandsOnTheWorkingPage() throws Exception {
    String analyst = user(Role.ANALYST, "MINISTRY");
    MvcResult asked = mvc.perform(get("/"))
        .andExpect(status().isFound()).andExpect(redirectedUrl("/login")).andReturn();
    MockHttpSession session = (MockHttpSession) asked.getRequest().getSession();
    mvc.perform(post("/login").param("username", analyst).param("password", PASSWORD)
            .with(csrf()).session(session))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/statistics"));
  }

  @Test
  void aWrongPasswordStillGoesBackToTheSignInPage() throws Exception {
    String officer = user(Role.PROBATION_OFFICER, "PROBATION_UNIT");
    mvc.perform(formLogin("/login").user(officer).password("not-the-password"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/login?error"));
  }

  private String user(Role role, String organisationType) {
    String territory = Fixtures.territory(jdbc);
    UUID organisation = Fixtures.organisation(jdbc, organisationType, territory);
    String username = "land." + UUID.randomUUID().toString().substring(0, 8);
    users.create(new UserForm(username, "Synthetic " + role, role, organisation, territory, true,
        PASSWORD, null));
    return username;
  }
}
