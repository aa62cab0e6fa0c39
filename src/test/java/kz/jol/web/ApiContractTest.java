package kz.jol.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The API's shared contract: OpenAPI, authentication and RFC 9457 errors for bad input. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiContractTest {

  @Autowired MockMvc mvc;

  final Actor admin = new Actor(UUID.randomUUID(), "contract-admin", "Contract Admin", Role.ADMIN,
      UUID.randomUUID(), "000000000");

  @Test
  void openApiDescribesBasicAuthenticationAndTheRolesOfEachOperation() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"))
        .andExpect(jsonPath("$.paths['/api/v1/admin/users'].post.description",
            containsString("**Allowed:** ADMIN")));
  }

  @Test
  void apiWithoutCredentialsAnswers401ProblemAndAsksForBasic() throws Exception {
    mvc.perform(get("/api/v1/me").header("Accept-Language", "ru"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.code").value("access.unauthenticated"))
        .andExpect(jsonPath("$.detail").value("Сначала войдите в систему."));
  }

  @Test
  void unknownFieldsWrongTypesAndMalformedJsonAre400WithTheField() throws Exception {
    mvc.perform(post("/api/v1/admin/users").with(user(JolPrincipal.of(admin)))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"x1x\",\"colour\":\"red\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("colour"))
        .andExpect(jsonPath("$.errors[0].code").value("field.unknown"));
    mvc.perform(post("/api/v1/admin/users").with(user(JolPrincipal.of(admin)))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"role\":\"KING\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("role"))
        .andExpect(jsonPath("$.errors[0].code").value("field.type"));
    mvc.perform(post("/api/v1/admin/users").with(user(JolPrincipal.of(admin)))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\": "))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("body.malformed"));
  }

  @Test
  void aWrongTypeInTheAddressIs400() throws Exception {
    mvc.perform(get("/api/v1/admin/users/not-a-uuid").with(user(JolPrincipal.of(admin))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("id"))
        .andExpect(jsonPath("$.errors[0].code").value("field.type"));
  }

  @Test
  void anOversizedBodyIs400BeforeAnythingReadsIt() throws Exception {
    byte[] big = new byte[1024 * 1024 + 1];
    java.util.Arrays.fill(big, (byte) ' ');
    mvc.perform(post("/api/v1/admin/users").with(user(JolPrincipal.of(admin)))
            .contentType(MediaType.APPLICATION_JSON).content(big))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("body.too-large"));
  }

  @Test
  void validationProblemsListEveryFieldInTheCallersLanguage() throws Exception {
    mvc.perform(post("/api/v1/admin/users").with(user(JolPrincipal.of(admin)))
            .header("Accept-Language", "kk")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"A\",\"password\":\"short\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("username")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("password")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("territoryCode")))
        .andExpect(jsonPath("$.errors[*].message", hasItem("Кемінде 10 таңба қолданыңыз.")));
  }

  @Test
  void aMissingRecordIsNamedInTheCallersLanguage() throws Exception {
    UUID id = UUID.randomUUID();
    mvc.perform(get("/api/v1/organisations/{id}", id).with(user(JolPrincipal.of(admin)))
            .header("Accept-Language", "ru"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("not-found"))
        .andExpect(jsonPath("$.detail").value("Не найдено: организация " + id + "."));
    mvc.perform(get("/api/v1/organisations/{id}", id).with(user(JolPrincipal.of(admin)))
            .header("Accept-Language", "kk"))
        .andExpect(jsonPath("$.detail").value("Ұйым " + id + " табылмады."));
  }
}
