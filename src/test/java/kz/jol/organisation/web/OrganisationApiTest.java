package kz.jol.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The organisation API on the real schema; every test makes organisations with unique names. */
@SpringBootTest
@AutoConfigureMockMvc
class OrganisationApiTest {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;

  static RequestPostProcessor as(Role role) {
    return user(JolPrincipal.of(new Actor(UUID.randomUUID(), "o-" + role.name().toLowerCase(),
        "Test " + role, role, null, "000000000")));
  }

  /** A valid organisation body with a name unique to this call; change entries to vary it. */
  static Map<String, Object> body(String territory) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "HEALTH_CLINIC");
    body.put("nameKk", "Сынақ емханасы " + tag);
    body.put("nameRu", "Тестовая поликлиника " + tag);
    body.put("nameEn", "Test Clinic " + tag);
    body.put("territoryCode", territory);
    body.put("address", "Test street 1");
    body.put("phone", "+7 (7212) 00-00-00");
    body.put("email", "clinic-" + tag + "@example.kz");
    body.put("headName", "Test Head");
    return body;
  }

  @Test
  void anAdminRegistersAnOrganisationThatEveryoneCanRead() throws Exception {
    Map<String, Object> body = body("353200000");

    JsonNode created = create(body);

    assertThat(created.get("version").asInt()).isZero();
    mvc.perform(get("/api/v1/organisations/" + created.get("id").asString())
            .with(as(Role.PROBATION_OFFICER)).header("Accept-Language", "ru"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.type").value("HEALTH_CLINIC"))
        .andExpect(jsonPath("$.typeName").value("Организация ПМСП (поликлиника)"))
        .andExpect(jsonPath("$.name").value(body.get("nameRu")))
        .andExpect(jsonPath("$.territoryCode").value("353200000"))
        .andExpect(jsonPath("$.territoryName").value("Абайский район"))
        .andExpect(jsonPath("$.email").value(body.get("email")))
        .andExpect(jsonPath("$.active").value(true));
  }

  @Test
  void theListFiltersByTypeTerritoryBelowAndNameAndPages() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> inAbai = body("353200000");
    inAbai.put("type", "PUBLIC_SERVICE_CENTRE");
    inAbai.put("nameRu", "ЦОН " + tag + " Абай");
    Map<String, Object> inTemirtau = body("352400000");
    inTemirtau.put("type", "PUBLIC_SERVICE_CENTRE");
    inTemirtau.put("nameRu", "ЦОН " + tag + " Темиртау");
    Map<String, Object> inAlmaty = body("751110000");
    inAlmaty.put("type", "PUBLIC_SERVICE_CENTRE");
    inAlmaty.put("nameRu", "ЦОН " + tag + " Алматы");
    Map<String, Object> clinicInAbai = body("353200000");
    clinicInAbai.put("nameRu", "Поликлиника " + tag);
    String abai = create(inAbai).get("id").asString();
    String temirtau = create(inTemirtau).get("id").asString();
    String almaty = create(inAlmaty).get("id").asString();
    create(clinicInAbai);

    // Karaganda region reaches into its districts and cities; Almaty stays out.
    mvc.perform(get("/api/v1/organisations").with(as(Role.AGENCY_HEAD))
            .header("Accept-Language", "ru")
            .param("type", "PUBLIC_SERVICE_CENTRE").param("territory", "350000000").param("q", tag))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(2))
        .andExpect(jsonPath("$.items[*].id").value(contains(abai, temirtau)));
    // The name search ignores letter case and looks at all three names.
    mvc.perform(get("/api/v1/organisations").with(as(Role.AGENCY_HEAD))
            .param("q", "цон " + tag.toUpperCase()))
        .andExpect(jsonPath("$.total").value(3));
    mvc.perform(get("/api/v1/organisations").with(as(Role.AGENCY_HEAD))
            .param("q", (String) inAlmaty.get("nameEn")))
        .andExpect(jsonPath("$.items[*].id").value(contains(almaty)));
    // Pages of one, ordered by the Russian name: Абай, Алматы, Темиртау.
    mvc.perform(get("/api/v1/organisations").with(as(Role.AGENCY_HEAD))
            .header("Accept-Language", "ru").param("q", "ЦОН " + tag)
            .param("page", "1").param("size", "1"))
        .andExpect(jsonPath("$.total").value(3))
        .andExpect(jsonPath("$.page").value(1))
        .andExpect(jsonPath("$.size").value(1))
        .andExpect(jsonPath("$.items[*].id").value(contains(almaty)));
    // A territory with nothing of the kind gives an empty page, not an error.
    mvc.perform(get("/api/v1/organisations").with(as(Role.AGENCY_HEAD))
            .param("territory", "790000000").param("q", tag))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void aSearchWithLikeWildcardsMatchesThemLiterally() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> body = body("351000000");
    body.put("nameEn", "Centre 100% " + tag);
    create(body);

    mvc.perform(get("/api/v1/organisations").with(as(Role.ANALYST)).param("q", "100% " + tag))
        .andExpect(jsonPath("$.total").value(1));
    mvc.perform(get("/api/v1/organisations").with(as(Role.ANALYST)).param("q", "1_0% " + tag))
        .andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void anAdminRevisesAnOrganisationAndAStaleVersionIsAConflict() throws Exception {
    JsonNode created = create(body("351000000"));
    String id = created.get("id").asString();
    Map<String, Object> revision = body("352200000");
    revision.put("type", "CRISIS_CENTRE");
    revision.put("version", 0);

    mvc.perform(put("/api/v1/organisations/" + id).with(as(Role.ADMIN))
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(revision)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.type").value("CRISIS_CENTRE"))
        .andExpect(jsonPath("$.territoryCode").value("352200000"))
        .andExpect(jsonPath("$.version").value(1));

    String revisedNameEn = revision.get("nameEn").toString();
    revision.put("nameEn", "Someone else's edit " + UUID.randomUUID());
    mvc.perform(put("/api/v1/organisations/" + id).with(as(Role.ADMIN))
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(revision)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("organisation.stale-version"));

    assertThat(jdbc.sql("select name_en from organisation where id = :id")
        .param("id", UUID.fromString(id)).query(String.class).single())
        .isEqualTo(revisedNameEn);
  }

  @Test
  void anUnknownTerritoryIsBadInputOnTheTerritoryField() throws Exception {
    Map<String, Object> body = body("359999999");

    mvc.perform(post("/api/v1/organisations").with(as(Role.ADMIN)).header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("territoryCode"))
        .andExpect(jsonPath("$.errors[0].code").value("organisation.territory-unknown"))
        .andExpect(jsonPath("$.errors[0].message").value("There is no territory with code 359999999."));

    assertThat(jdbc.sql("select count(*) from organisation where name_en = :name")
        .param("name", body.get("nameEn")).query(Integer.class).single()).isZero();
  }

  @Test
  void everyWrongFieldIsReportedAtOnce() throws Exception {
    Map<String, Object> body = body("abc");
    body.remove("type");
    body.put("nameKk", " ");
    body.put("email", "not-an-address");

    mvc.perform(post("/api/v1/organisations").with(as(Role.ADMIN))
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))
            .header("Accept-Language", "kk"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(contains("type", "nameKk", "territoryCode",
            "email")))
        .andExpect(jsonPath("$.errors[2].message")
            .value("«abc» — 9 цифрдан тұратын ӘАОЖ (КАТО) коды емес."));
  }

  @Test
  void anUnknownTypeOrFieldIsBadInputNotAFailure() throws Exception {
    Map<String, Object> body = body("351000000");
    body.put("type", "BAKERY");
    mvc.perform(post("/api/v1/organisations").with(as(Role.ADMIN))
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("type"));

    Map<String, Object> extra = body("351000000");
    extra.put("colour", "red");
    mvc.perform(post("/api/v1/organisations").with(as(Role.ADMIN))
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(extra)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("field.unknown"));
  }

  @Test
  void aRevisionWithoutVersionIsBadInput() throws Exception {
    String id = create(body("351000000")).get("id").asString();

    mvc.perform(put("/api/v1/organisations/" + id).with(as(Role.ADMIN))
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body("351000000"))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("version")));
  }

  @Test
  void aSecondOrganisationWithTheSameTypeTerritoryAndNameIsAConflict() throws Exception {
    Map<String, Object> body = body("352800000");
    String first = create(body).get("id").asString();
    Map<String, Object> twin = new LinkedHashMap<>(body);
    twin.put("nameKk", "Басқа атау " + UUID.randomUUID());
    twin.put("nameRu", body.get("nameRu").toString().toUpperCase());

    mvc.perform(post("/api/v1/organisations").with(as(Role.ADMIN))
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(twin)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("organisation.duplicate"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(first)));

    twin.put("territoryCode", "352400000");
    mvc.perform(post("/api/v1/organisations").with(as(Role.ADMIN))
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(twin)))
        .andExpect(status().isCreated());
  }

  @Test
  void anUnknownOrganisationIsNotFound() throws Exception {
    mvc.perform(get("/api/v1/organisations/" + UUID.randomUUID()).with(as(Role.ADMIN)))
        .andExpect(status().isNotFound());
    Map<String, Object> body = body("351000000");
    body.put("version", 0);
    mvc.perform(put("/api/v1/organisations/" + UUID.randomUUID()).with(as(Role.ADMIN))
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
        .andExpect(status().isNotFound());
  }

  @Test
  void aListFilterWithAnUnknownTerritoryOrBadPagingIsBadInput() throws Exception {
    mvc.perform(get("/api/v1/organisations").with(as(Role.ADMIN)).param("territory", "359999999"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("territory"))
        .andExpect(jsonPath("$.errors[0].code").value("organisation.territory-unknown"));
    mvc.perform(get("/api/v1/organisations").with(as(Role.ADMIN)).param("size", "1000"))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/organisations").with(as(Role.ADMIN)).param("type", "BAKERY"))
        .andExpect(status().isBadRequest());
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
  void onlyAnAdminRegistersOrRevises(Role role) throws Exception {
    Map<String, Object> body = body("351000000");
    mvc.perform(post("/api/v1/organisations").with(as(role))
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
        .andExpect(status().isForbidden());
    String id = create(body("351000000")).get("id").asString();
    body.put("version", 0);
    mvc.perform(put("/api/v1/organisations/" + id).with(as(role))
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
        .andExpect(status().isForbidden());

    assertThat(jdbc.sql("select count(*) from organisation where name_en = :name")
        .param("name", body.get("nameEn")).query(Integer.class).single()).isZero();
  }

  @Test
  void nobodyReadsOrganisationsWithoutSigningIn() throws Exception {
    mvc.perform(get("/api/v1/organisations")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/organisations/" + UUID.randomUUID()))
        .andExpect(status().isUnauthorized());
  }

  private JsonNode create(Map<String, Object> body) throws Exception {
    String response = mvc.perform(post("/api/v1/organisations").with(as(Role.ADMIN))
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith(
            "/api/v1/organisations/")))
        .andReturn().getResponse().getContentAsString();
    return json.readTree(response);
  }
}
