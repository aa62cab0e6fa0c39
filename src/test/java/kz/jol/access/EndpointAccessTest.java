package kz.jol.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint of Jol with every role and with nobody signed in, and checks the answer
 * against what the handler declares: 401 (API) or a redirect to the login page (web) for nobody,
 * 403 for a role not declared, and for a declared role an answer that passed the gate (the
 * handler ran: 2xx, 400, 404 or 409 for the made-up ids and empty bodies used here) — never a 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointAccessTest {

  @Autowired MockMvc mvc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mapping;

  record Endpoint(HttpMethod method, String pattern, HandlerMethod handler) {
    @Override
    public String toString() {
      return method + " " + pattern;
    }
  }

  List<Endpoint> endpoints() {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
      HandlerMethod handler = entry.getValue();
      if (!handler.getBeanType().getPackageName().startsWith("kz.jol")) {
        continue;
      }
      Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
      for (String pattern : entry.getKey().getPatternValues()) {
        for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
          endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), pattern, handler));
        }
      }
    }
    return endpoints;
  }

  Stream<Arguments> endpointsAndCallers() {
    List<Optional<Role>> callers = new ArrayList<>();
    callers.add(Optional.empty());
    Arrays.stream(Role.values()).map(Optional::of).forEach(callers::add);
    return endpoints().stream().flatMap(e -> callers.stream().map(c -> Arguments.of(e, c)));
  }

  @Test
  void everyEndpointDeclaresWhoMayCallIt() {
    List<String> undeclared = endpoints().stream()
        .filter(e -> declaration(e.handler()) == null)
        .map(e -> e + " (" + e.handler().getShortLogMessage() + ")")
        .toList();
    assertThat(undeclared).as("endpoints without @Allowed or @PublicEndpoint").isEmpty();
    assertThat(endpoints()).as("the walk covers Jol's endpoints").hasSizeGreaterThan(5);
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("endpointsAndCallers")
  void answersAsDeclared(Endpoint endpoint, Optional<Role> caller) throws Exception {
    Object declaration = declaration(endpoint.handler());
    boolean isPublic = declaration instanceof PublicEndpoint;
    boolean api = endpoint.pattern().startsWith("/api/");
    MockHttpServletRequestBuilder request = request(endpoint);
    caller.ifPresent(role -> request.with(user(JolPrincipal.of(actor(role)))));

    int status = mvc.perform(request).andReturn().getResponse().getStatus();

    assertThat(status).as("%s as %s must not fail", endpoint, caller).isLessThan(500);
    if (isPublic) {
      assertThat(status).as("%s is public", endpoint).isNotIn(401, 403);
    } else if (caller.isEmpty()) {
      if (api) {
        assertThat(status).as("%s without sign-in", endpoint).isEqualTo(401);
      } else {
        assertThat(status).as("%s without sign-in redirects to login", endpoint).isEqualTo(302);
      }
    } else if (allows((Allowed) declaration, caller.get())) {
      assertThat(status).as("%s as %s is allowed", endpoint, caller.get()).isNotIn(401, 403);
    } else {
      assertThat(status).as("%s as %s is refused", endpoint, caller.get()).isEqualTo(403);
    }
  }

  private static MockHttpServletRequestBuilder request(Endpoint endpoint) {
    String uri = endpoint.pattern().replaceAll("\\{code[^}]*}", "000000000")
        .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(), uri)
        .with(csrf());
    if (endpoint.method() == HttpMethod.POST || endpoint.method() == HttpMethod.PUT
        || endpoint.method() == HttpMethod.PATCH) {
      request.contentType(MediaType.APPLICATION_JSON).content("{}");
    }
    return request;
  }

  private static Object declaration(HandlerMethod handler) {
    var method = handler.getMethod();
    if (AnnotatedElementUtils.hasAnnotation(method, PublicEndpoint.class)) {
      return method.getAnnotation(PublicEndpoint.class);
    }
    Allowed onMethod = AnnotatedElementUtils.findMergedAnnotation(method, Allowed.class);
    if (onMethod != null) {
      return onMethod;
    }
    if (AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PublicEndpoint.class)) {
      return handler.getBeanType().getAnnotation(PublicEndpoint.class);
    }
    return AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), Allowed.class);
  }

  private static boolean allows(Allowed allowed, Role role) {
    return allowed.anyRole() || Arrays.asList(allowed.value()).contains(role);
  }

  private static Actor actor(Role role) {
    return new Actor(UUID.randomUUID(), "walker-" + role.name().toLowerCase(), "Endpoint Walker",
        role, UUID.randomUUID(), "000000000");
  }
}
