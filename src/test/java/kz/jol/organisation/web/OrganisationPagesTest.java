package kz.jol.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The administrator's organisation pages and a partner's own organisation page. */
@SpringBootTest
@AutoConfigureMockMvc
class OrganisationPagesTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  static RequestPostProcessor as(Role role, UUID organisationId) {
    return user(JolPrincipal.of(new Actor(UUID.randomUUID(), "p-" + role.name().toLowerCase(),
        "Test " + role, role, organisationId, "000000000")));
  }

  static RequestPostProcessor admin() {
    return as(Role.ADMIN, null);
  }

  static String tag() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  MockHttpServletRequestBuilder createForm(String territory, String tag) {
    return post("/admin/organisations").with(admin()).with(csrf())
        .param("type", "EMPLOYMENT_CENTRE")
        .param("nameKk", "Сынақ жұмыспен қамту орталығы " + tag)
        .param("nameRu", "Тестовый центр занятости " + tag)
        .param("nameEn", "Test Employment Centre " + tag)
        .param("territoryCode", territory)
        .param("address", "Test street 5")
        .param("phone", "+7 7212 00 00 01")
        .param("email", "centre-" + tag + "@example.kz")
        .param("headName", "Test Head")
        .param("active", "true");
  }

  UUID idOf(String nameEn) {
    return jdbc.sql("select id from organisation where name_en = :n").param("n", nameEn)
        .query(UUID.class).single();
  }

  @Test
  void anAdminRegistersAnOrganisationAndFindsItByTypeTerritoryAndName() throws Exception {
    String territory = Fixtures.territory(jdbc);
    String tag = tag();

    mvc.perform(createForm(territory, tag))
        .andExpect(status().isFound())
        .andExpect(redirectedUrlPattern("/admin/organisations/*"));
    UUID id = idOf("Test Employment Centre " + tag);

    mvc.perform(get("/admin/organisations").param("lang", "ru").with(admin())
            .param("type", "EMPLOYMENT_CENTRE").param("territory", territory).param("q", tag))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Тестовый центр занятости " + tag)))
        .andExpect(content().string(containsString("Центр занятости населения")))
        .andExpect(content().string(containsString("/admin/organisations/" + id)))
        .andExpect(content().string(not(containsString("Test Employment Centre " + tag))));
    mvc.perform(get("/admin/organisations").param("lang", "en").with(admin())
            .param("type", "NGO").param("territory", territory))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Organisations found: 0")))
        .andExpect(content().string(not(containsString(tag))));
  }

  @Test
  void theListPagesThroughMoreThanOnePage() throws Exception {
    String territory = Fixtures.territory(jdbc);
    for (int i = 0; i < OrganisationPages.PAGE_SIZE + 1; i++) {
      Fixtures.organisation(jdbc, "NGO", territory);
    }
    mvc.perform(get("/admin/organisations").param("lang", "en").with(admin())
            .param("territory", territory))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Page 1 of 2")))
        .andExpect(content().string(containsString("page=1")));
    mvc.perform(get("/admin/organisations").param("lang", "en").with(admin())
            .param("territory", territory).param("page", "1"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Page 2 of 2")));
  }

  @Test
  void aWrongFormIsShownAgainWithItsProblemsInTheUsersLanguageAndNothingIsSaved()
      throws Exception {
    String tag = tag();
    mvc.perform(createForm("999999999", tag).param("lang", "ru").param("phone", "abc"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Территории с кодом 999999999 нет.")))
        .andExpect(content().string(containsString("Телефон: Используйте цифры")))
        .andExpect(content().string(containsString("value=\"Тестовый центр занятости " + tag)));
    assertThat(jdbc.sql("select count(*) from organisation where name_en like :n")
        .param("n", "%" + tag).query(Integer.class).single()).isZero();
  }

  @Test
  void anAdminEditsAnOrganisationAndAStaleVersionIsRefused() throws Exception {
    String territory = Fixtures.territory(jdbc);
    String tag = tag();
    mvc.perform(createForm(territory, tag)).andExpect(status().isFound());
    UUID id = idOf("Test Employment Centre " + tag);

    mvc.perform(get("/admin/organisations/" + id).param("lang", "en").with(admin()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("name=\"version\" value=\"0\"")))
        .andExpect(content().string(containsString("Test Employment Centre " + tag)));

    mvc.perform(createFormFor(id, territory, tag, "Renamed Centre " + tag).param("version", "0"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/admin/organisations/" + id));
    assertThat(jdbc.sql("select name_en from organisation where id = :id").param("id", id)
        .query(String.class).single()).isEqualTo("Renamed Centre " + tag);

    mvc.perform(createFormFor(id, territory, tag, "Lost Update " + tag).param("version", "0")
            .param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("changed by someone else")));
    assertThat(jdbc.sql("select name_en from organisation where id = :id").param("id", id)
        .query(String.class).single()).isEqualTo("Renamed Centre " + tag);
  }

  MockHttpServletRequestBuilder createFormFor(UUID id, String territory, String tag,
      String nameEn) {
    return post("/admin/organisations/" + id).with(admin()).with(csrf())
        .param("type", "EMPLOYMENT_CENTRE")
        .param("nameKk", "Сынақ жұмыспен қамту орталығы " + tag)
        .param("nameRu", "Тестовый центр занятости " + tag)
        .param("nameEn", nameEn)
        .param("territoryCode", territory)
        .param("active", "false");
  }

  @Test
  void anUnknownOrganisationIsNotFound() throws Exception {
    mvc.perform(get("/admin/organisations/" + UUID.randomUUID()).with(admin()))
        .andExpect(status().isNotFound());
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
  void otherRolesMayNotSeeOrChangeOrganisations(Role role) throws Exception {
    mvc.perform(get("/admin/organisations").with(as(role, null))).andExpect(status().isForbidden());
    mvc.perform(createForm(Fixtures.territory(jdbc), tag()).with(as(role, null)))
        .andExpect(status().isForbidden());
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"AGENCY_WORKER", "AGENCY_HEAD"})
  void aPartnerSeesItsOwnOrganisationAndThatNoReferralsAreAddressedToIt(Role role)
      throws Exception {
    String territory = Fixtures.territory(jdbc);
    UUID own = Fixtures.organisation(jdbc, "CRISIS_CENTRE", territory);
    jdbc.sql("update organisation set address = 'Test avenue 7', phone = '+7 7212 11 22 33' "
        + "where id = :id").param("id", own).update();

    mvc.perform(get("/my-organisation").param("lang", "en").with(as(role, own)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Test organisation")))
        .andExpect(content().string(containsString("Сынақ ұйымы")))
        .andExpect(content().string(containsString("Crisis centre")))
        .andExpect(content().string(containsString("Test avenue 7")))
        .andExpect(content().string(containsString("+7 7212 11 22 33")))
        .andExpect(content().string(containsString("Test district")))
        .andExpect(content().string(containsString(
            "href=\"/inbox\"")));
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"AGENCY_WORKER", "AGENCY_HEAD"},
      mode = EnumSource.Mode.EXCLUDE)
  void onlyPartnersHaveAnOwnOrganisationPage(Role role) throws Exception {
    UUID organisation = Fixtures.organisation(jdbc, "PROBATION_UNIT", Fixtures.territory(jdbc));
    mvc.perform(get("/my-organisation").with(as(role, organisation)))
        .andExpect(status().isForbidden());
  }

  @ParameterizedTest
  @ValueSource(strings = {"kk", "ru", "en"})
  void thePagesRenderInEveryLanguage(String language) throws Exception {
    String territory = Fixtures.territory(jdbc);
    UUID organisation = Fixtures.organisation(jdbc, "NGO", territory);
    String[][] expected = {
        {"kk", "Ұйымдар", "Менің ұйымым", "Үкіметтік емес ұйым"},
        {"ru", "Организации", "Моя организация", "Неправительственная организация"},
        {"en", "Organisations", "My organisation", "Non-governmental organisation"}};
    String[] words = java.util.Arrays.stream(expected).filter(e -> e[0].equals(language))
        .findFirst().orElseThrow();

    mvc.perform(get("/admin/organisations").param("lang", language).with(admin()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("lang=\"" + language + "\"")))
        .andExpect(content().string(containsString(words[1])));
    mvc.perform(get("/admin/organisations/" + organisation).param("lang", language).with(admin()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(words[3])));
    mvc.perform(get("/my-organisation").param("lang", language)
            .with(as(Role.AGENCY_WORKER, organisation)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(words[2])));
  }
}
