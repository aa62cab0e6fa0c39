package kz.jol.register;

import static kz.jol.register.RegisterFixture.as;
import static kz.jol.register.RegisterJson.json;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.jol.access.Actor;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The register's API as tests call it, in English. */
record RegisterApi(MockMvc mvc) {

  ResultActions post(Actor actor, String path, Object body) throws Exception {
    return mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
            .with(as(actor)).header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_JSON).content(json(body)));
  }

  ResultActions put(Actor actor, String path, Object body) throws Exception {
    return mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path)
            .with(as(actor)).header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_JSON).content(json(body)));
  }

  ResultActions get(Actor actor, String path, String... params) throws Exception {
    var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
        .with(as(actor)).header("Accept-Language", "en");
    for (int i = 0; i + 1 < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return mvc.perform(request);
  }

  /** Registers a person in the territory and returns the id. */
  String person(Actor actor, String homeTerritory) throws Exception {
    return id(post(actor, "/api/v1/persons", RegisterJson.person(homeTerritory))
        .andExpect(status().isCreated()));
  }

  /** Registers a SENTENCE case of a new person and returns the case id. */
  String sentenceCase(Actor actor, String territory) throws Exception {
    String person = person(actor, territory);
    return id(post(actor, "/api/v1/cases", RegisterJson.sentenceCase(person, territory))
        .andExpect(status().isCreated()));
  }

  /** Moves a case, over its current version. */
  ResultActions transition(Actor actor, String caseId, String target, String outcome)
      throws Exception {
    Number version = JsonPath.read(body(get(actor, "/api/v1/cases/" + caseId)), "$.version");
    Map<String, Object> move = new LinkedHashMap<>();
    move.put("version", version);
    move.put("target", target);
    move.put("on", RegisterJson.today().toString());
    move.put("reason", "Synthetic test order");
    move.put("outcome", outcome);
    return post(actor, "/api/v1/cases/" + caseId + "/transitions", move);
  }

  static String id(ResultActions result) throws Exception {
    return JsonPath.read(body(result), "$.id");
  }

  static String body(ResultActions result) throws Exception {
    return result.andReturn().getResponse().getContentAsString();
  }
}
