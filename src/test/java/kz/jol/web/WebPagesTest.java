package kz.jol.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class WebPagesTest {

  @Autowired MockMvc mvc;

  @Test
  void homeRedirectsToSignInWhenNobodyIsSignedIn() throws Exception {
    mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
  }

  @Test
  void signInPageSpeaksKazakhByDefaultAndRussianOrEnglishOnRequest() throws Exception {
    mvc.perform(get("/login")).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Жүйеге кіру")));
    mvc.perform(get("/login").param("lang", "ru")).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Вход")));
    mvc.perform(get("/login").header("Accept-Language", "en-GB,en;q=0.8")).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Sign in")));
  }

  @Test
  void styleAndScriptAreServedUnderAssetsToAnybodyAndPageLinksAreNotStaticFiles()
      throws Exception {
    mvc.perform(get("/login")).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("href=\"/assets/css/jol.css\"")))
        .andExpect(content().string(Matchers.containsString("src=\"/assets/js/jol.js\"")))
        .andExpect(content().string(Matchers.matchesPattern(
            "(?s).*src=\"/webjars/htmx.org/[0-9.]+/dist/htmx.min.js\".*")));
    mvc.perform(get("/assets/css/jol.css")).andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/css"));
    mvc.perform(get("/assets/js/jol.js")).andExpect(status().isOk());
    // the static files no longer answer at the root, where every page's link was looked up
    mvc.perform(get("/css/jol.css")).andExpect(status().is3xxRedirection());
  }

  @Test
  void homeTellsEachRoleWhatItSees() throws Exception {
    var analyst = new Actor(UUID.randomUUID(), "analyst-home", "Aigerim Testova", Role.ANALYST,
        null, "000000000");
    mvc.perform(get("/").param("lang", "en").with(user(JolPrincipal.of(analyst))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("never a person")))
        .andExpect(content().string(Matchers.containsString("/statistics")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("/cases"))));
  }
}
