package kz.jol.register;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class RegisterOpenApiTests {

  @Autowired MockMvc mvc;

  @Test
  void documentsTheRegistersEndpoints() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/persons'].post.summary").value("Register a person"))
        .andExpect(jsonPath("$.paths['/api/v1/persons/{id}'].get").exists())
        .andExpect(jsonPath("$.paths['/api/v1/persons/{id}/audit'].get").exists())
        .andExpect(jsonPath("$.paths['/api/v1/cases'].get.parameters[?(@.name == 'officer')]")
            .exists())
        .andExpect(jsonPath("$.paths['/api/v1/cases/{id}/transitions'].post").exists())
        .andExpect(jsonPath("$.components.schemas.PersonRequest.properties.iin.type")
            .value("string"));
  }
}
