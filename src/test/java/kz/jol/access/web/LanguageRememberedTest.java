package kz.jol.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.access.UserAdministration.UserForm;
import kz.jol.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The language a user picks follows them: kept in their account when they switch, applied when
 * they sign in on another device (a browser without the cookie), and nobody else's.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LanguageRememberedTest {

  static final String PASSWORD = "language-test-password";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAdministration users;

  String newUser() {
    String territory = Fixtures.territory(jdbc);
    UUID unit = Fixtures.organisation(jdbc, "PROBATION_UNIT", territory);
    String name = "lang." + UUID.randomUUID().toString().substring(0, 8);
    users.create(new UserForm(name, "Synthetic Officer", Role.PROBATION_OFFICER, unit,
        territory, true, PASSWORD, null));
    return name;
  }

  String language(String username) {
    return jdbc.sql("select language from app_user where username = :u").param("u", username)
        .query((rs, n) -> java.util.Optional.ofNullable(rs.getString("language"))).single()
        .orElse(null);
  }

  /** Signs in from a browser that has never been here: no cookie, a fresh session. */
  MvcResult signInOnANewDevice(String username) throws Exception {
    return mvc.perform(formLogin("/login").user(username).password(PASSWORD))
        .andExpect(status().is3xxRedirection()).andReturn();
  }

  @Test
  void aLanguageChosenAfterSignInIsUsedAtTheNextSignInOnAnyDeviceAndOnlyForThatUser()
      throws Exception {
    String a = newUser();
    String b = newUser();
    MvcResult first = signInOnANewDevice(a);
    assertThat(first.getResponse().getCookie("JOL_LANG")).isNull();
    MockHttpSession session = (MockHttpSession) first.getRequest().getSession();

    mvc.perform(get("/").param("lang", "ru").session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<html lang=\"ru\">")));
    assertThat(language(a)).isEqualTo("ru");

    MvcResult again = signInOnANewDevice(a);
    Cookie cookie = again.getResponse().getCookie("JOL_LANG");
    assertThat(cookie).isNotNull();
    assertThat(cookie.getValue()).isEqualTo("ru");
    mvc.perform(get("/").cookie(cookie)
            .session((MockHttpSession) again.getRequest().getSession()))
        .andExpect(content().string(containsString("<html lang=\"ru\">")));

    MvcResult other = signInOnANewDevice(b);
    assertThat(other.getResponse().getCookie("JOL_LANG")).isNull();
    assertThat(language(b)).isNull();
    mvc.perform(get("/").session((MockHttpSession) other.getRequest().getSession()))
        .andExpect(content().string(containsString("<html lang=\"kk\">")));
  }

  @Test
  void aLanguageChosenOnTheSignInPageIsKeptAndRemembered() throws Exception {
    String a = newUser();
    MvcResult loginPage = mvc.perform(get("/login").param("lang", "en"))
        .andExpect(status().isOk()).andReturn();
    MockHttpSession session = (MockHttpSession) loginPage.getRequest().getSession();
    Cookie chosen = loginPage.getResponse().getCookie("JOL_LANG");
    mvc.perform(post("/login").param("username", a).param("password", PASSWORD).with(csrf())
            .session(session).cookie(chosen))
        .andExpect(status().is3xxRedirection());
    assertThat(language(a)).isEqualTo("en");
    assertThat(signInOnANewDevice(a).getResponse().getCookie("JOL_LANG").getValue())
        .isEqualTo("en");
  }

  @Test
  void theApiFollowsAcceptLanguageAndNeverChangesTheAccount() throws Exception {
    String a = newUser();
    jdbc.sql("update app_user set language = 'ru' where username = :u").param("u", a).update();
    mvc.perform(get("/api/v1/calendar/working-days").param("lang", "kk")
            .header("Accept-Language", "en").with(httpBasic(a, PASSWORD)))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/calendar/working-days")
            .header("Accept-Language", "en").with(httpBasic(a, PASSWORD)))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Give the date.")));
    assertThat(language(a)).isEqualTo("ru");
  }
}
