package kz.jol.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A web session ends after 30 idle minutes; its cookie is HttpOnly and SameSite=Lax. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionCookieTest {

  @LocalServerPort int port;
  @Autowired ServerProperties server;

  @Test
  void theSessionCookieIsHttpOnlyAndLaxAndTheSessionExpires() throws Exception {
    HttpResponse<String> login = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.headers().allValues("Set-Cookie"))
        .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
            .contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
  }
}
