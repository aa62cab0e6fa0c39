package kz.jol.register;

import static kz.jol.register.RegisterFixture.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import kz.jol.access.Actor;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The register's web pages as tests use them: signed in, in a chosen language. */
record RegisterPages(MockMvc mvc, String language) {

  RegisterPages(MockMvc mvc) {
    this(mvc, "en");
  }

  RegisterPages in(String otherLanguage) {
    return new RegisterPages(mvc, otherLanguage);
  }

  ResultActions get(Actor actor, String path, String... params) throws Exception {
    var request = MockMvcRequestBuilders.get(path).with(as(actor))
        .header("Accept-Language", language);
    for (int i = 0; i + 1 < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return mvc.perform(request);
  }

  /** Submits a form as a browser does: url-encoded fields with the CSRF token. */
  ResultActions post(Actor actor, String path, String... fields) throws Exception {
    var request = MockMvcRequestBuilders.post(path).with(as(actor)).with(csrf())
        .header("Accept-Language", language)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED);
    for (int i = 0; i + 1 < fields.length; i += 2) {
      request.param(fields[i], fields[i + 1]);
    }
    return mvc.perform(request);
  }

  static String html(ResultActions result) throws Exception {
    MockHttpServletResponse response = result.andReturn().getResponse();
    response.setCharacterEncoding("UTF-8");
    return response.getContentAsString();
  }

  /** The id at the end of a redirect to a card. */
  static String redirectedId(ResultActions result) {
    String location = result.andReturn().getResponse().getRedirectedUrl();
    return location.substring(location.lastIndexOf('/') + 1);
  }
}
