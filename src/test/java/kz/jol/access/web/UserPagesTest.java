package kz.jol.access.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.support.Fixtures;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class UserPagesTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  final Actor admin = new Actor(UUID.randomUUID(), "page-admin", "Page Admin", Role.ADMIN, null,
      "000000000");

  @Test
  void theAdministratorChoosesOrganisationAndTerritoryByName() throws Exception {
    mvc.perform(get("/admin/users").param("lang", "ru").with(user(JolPrincipal.of(admin))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Карагандинская область")))
        .andExpect(content().string(Matchers.containsString("Новый пользователь")));
  }

  @Test
  void aUserCreatedThroughTheFormCanBeFoundAndABadFormKeepsItsInput() throws Exception {
    String territory = Fixtures.territory(jdbc);
    UUID unit = Fixtures.organisation(jdbc, "PROBATION_UNIT", territory);
    String name = "form." + UUID.randomUUID().toString().substring(0, 8);
    mvc.perform(post("/admin/users").with(user(JolPrincipal.of(admin))).with(csrf())
            .param("username", name).param("fullName", "Synthetic Officer")
            .param("role", "PROBATION_OFFICER").param("organisationId", unit.toString())
            .param("territoryCode", territory).param("password", "a-long-password"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("created", name));
    mvc.perform(post("/admin/users").param("lang", "en").with(user(JolPrincipal.of(admin))).with(csrf())
            .param("username", "kept.name").param("fullName", "Kept Name")
            .param("role", "POLICE_INSPECTOR").param("organisationId", unit.toString())
            .param("territoryCode", territory).param("password", "short"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Use at least 10 characters.")))
        .andExpect(content().string(Matchers.containsString("must belong to an organisation")))
        .andExpect(content().string(Matchers.containsString("value=\"kept.name\"")));
  }
}
