package kz.jol.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import kz.jol.access.Actor;
import kz.jol.access.Allowed;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.indicators.web.IndicatorBulkhead.Permit;
import kz.jol.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The guard of indicator work against the real bean, a real server and the real embedded
 * PostgreSQL: the bulkhead admits its permits' worth, queues the next request and serves it when
 * a permit comes free, turns it away after the queue wait with 503, {@code Retry-After} and a
 * problem or a page in the reader's language; a stream holds its permit to the end and gives it
 * back when the client goes away; a query past the statement timeout is a 503 in the reader's
 * language, and the connection goes back to the pool with the pool's own timeout.
 *
 * <p>The permits are taken from the real bulkhead with {@link IndicatorBulkhead#tryAcquire()}.
 * The probes ({@link Probes}) are indicator addresses that only this test's context has: a
 * {@code pg_sleep} for the statement timeout (as a JSON call and as a page) and an endless
 * stream for a client that goes away mid-file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "jol.indicators.concurrent-computations=2", "jol.indicators.queue-wait=3s",
    "jol.indicators.statement-timeout=2s", "jol.indicators.retry-after=60s"})
@AutoConfigureMockMvc
@Import({IndicatorGuardTest.Probes.class, IndicatorGuardTest.ProbePage.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorGuardTest {

  static final String PASSWORD = "guard-test-password";

  @Autowired IndicatorBulkhead bulkhead;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired UserAdministration users;
  @LocalServerPort int port;

  String analyst;
  Actor analystActor;
  final List<Permit> taken = new ArrayList<>();

  @BeforeAll
  void anAnalyst() {
    analyst = "guard." + UUID.randomUUID().toString().substring(0, 8);
    var created = users.create(new UserAdministration.UserForm(analyst, "Synthetic Analyst",
        Role.ANALYST, Fixtures.organisation(jdbc, "MINISTRY", "000000000"), "000000000", true,
        PASSWORD, null)).user();
    analystActor = new Actor(created.id(), created.username(), created.fullName(),
        created.role(), created.organisationId(), created.territoryCode());
  }

  @AfterEach
  void giveBackThePermits() {
    taken.forEach(Permit::close);
    taken.clear();
  }

  @ParameterizedTest
  @CsvSource({
      "kk, басқа пайдаланушылар үшін есептелуде, Қызмет уақытша қолжетімсіз",
      "ru, рассчитываются для других пользователей, Сервис временно недоступен",
      "en, being computed for other readers, Service unavailable"})
  void theApiIsTurnedAwayWhileEveryPermitIsTakenAndServedOnceOneIsFree(String lang,
      String detail, String title) throws Exception {
    takeEveryPermit();
    MockHttpServletResponse busy = mvc.perform(figures().header("Accept-Language", lang))
        .andReturn().getResponse();
    assertThat(busy.getStatus()).isEqualTo(503);
    assertThat(busy.getHeader("Retry-After")).isEqualTo("60");
    assertThat(busy.getContentType()).startsWith("application/problem+json");
    String body = busy.getContentAsString(StandardCharsets.UTF_8);
    assertThat((String) JsonPath.read(body, "$.code")).isEqualTo("indicators.busy");
    assertThat((String) JsonPath.read(body, "$.detail")).contains(detail);
    assertThat((String) JsonPath.read(body, "$.title")).isEqualTo(title);
    assertThat((Integer) JsonPath.read(body, "$.status")).isEqualTo(503);
    assertThat(body).doesNotContain("Exception", "at kz.");

    giveBackThePermits();
    assertThat(mvc.perform(figures().header("Accept-Language", lang)).andReturn()
        .getResponse().getStatus()).isEqualTo(200);
    assertThat(bulkhead.available()).isEqualTo(bulkhead.size());
  }

  @Test
  void theDashboardIsAPageInTheReadersLanguageThatRetriesWithTheSameChoices() throws Exception {
    takeEveryPermit();
    MockHttpServletRequestBuilder dashboard = get("/indicators")
        .param("territory", "000000000").param("type", "QUARTER").param("period", "2013-Q3")
        .param("block", "REINTEGRATION_KPI").header("Accept-Language", "ru")
        .with(user(JolPrincipal.of(analystActor)));
    MockHttpServletResponse busy = mvc.perform(dashboard).andReturn().getResponse();
    assertThat(busy.getStatus()).isEqualTo(503);
    assertThat(busy.getHeader("Retry-After")).isEqualTo("60");
    assertThat(busy.getContentType()).startsWith("text/html");
    String page = busy.getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("<h1>Показатели рассчитываются</h1>",
        "Повторите попытку через минуту", "Повторить");
    assertThat(page).contains("href=\"/indicators?territory=000000000&amp;type=QUARTER"
        + "&amp;period=2013-Q3&amp;block=REINTEGRATION_KPI\"");
    assertThat(page).doesNotContain("Exception");

    // the dashboard's form is boosted by htmx: the same page comes back for it
    MockHttpServletResponse boosted = mvc.perform(get("/indicators")
            .param("period", "2013-Q3").header("HX-Request", "true")
            .header("HX-Boosted", "true").header("Accept-Language", "kk")
            .with(user(JolPrincipal.of(analystActor))))
        .andReturn().getResponse();
    assertThat(boosted.getStatus()).isEqualTo(503);
    assertThat(boosted.getContentAsString(StandardCharsets.UTF_8))
        .contains("Көрсеткіштер есептелуде", "Қайталау");

    // a download from the dashboard is a file, so its refusal is a problem, not a page
    MockHttpServletResponse download = mvc.perform(get("/indicators/export/figures.xlsx")
            .param("territory", "000000000").param("period", "2013-Q3").param("lang", "en")
            .header("Accept-Language", "en").with(user(JolPrincipal.of(analystActor))))
        .andReturn().getResponse();
    assertThat(download.getStatus()).isEqualTo(503);
    assertThat(download.getHeader("Retry-After")).isEqualTo("60");
    assertThat(download.getHeader("Content-Disposition")).isNull();
    assertThat((String) JsonPath.read(download.getContentAsString(StandardCharsets.UTF_8),
        "$.code")).isEqualTo("indicators.busy");

    // the statistics page and its JSON twin are indicator work too
    MockHttpServletResponse statistics = mvc.perform(get("/statistics")
            .param("parent", "350000000").header("Accept-Language", "en")
            .with(user(JolPrincipal.of(analystActor))))
        .andReturn().getResponse();
    assertThat(statistics.getStatus()).isEqualTo(503);
    assertThat(statistics.getContentAsString(StandardCharsets.UTF_8))
        .contains("The figures are being computed", "href=\"/statistics?parent=350000000\"");
    MockHttpServletResponse caseload = mvc.perform(get("/api/v1/indicators/caseload")
            .header("Accept-Language", "en").with(user(JolPrincipal.of(analystActor))))
        .andReturn().getResponse();
    assertThat(caseload.getStatus()).isEqualTo(503);
    assertThat((String) JsonPath.read(caseload.getContentAsString(StandardCharsets.UTF_8),
        "$.code")).isEqualTo("indicators.busy");

    giveBackThePermits();
    assertThat(mvc.perform(dashboard).andReturn().getResponse().getStatus()).isEqualTo(200);
  }

  @Test
  void nothingOutsideTheIndicatorsIsLimited() throws Exception {
    takeEveryPermit();
    for (String address : List.of("/indicators/catalogue", "/api/v1/indicators/catalogue",
        "/")) {
      int status = mvc.perform(get(address).with(user(JolPrincipal.of(analystActor))))
          .andReturn().getResponse().getStatus();
      assertThat(status).as(address).isLessThan(400);
    }
  }

  @Test
  void aRequestBeyondThePermitsWaitsAndIsServedWhenOneComesFree() throws Exception {
    takeEveryPermit();
    CompletableFuture<HttpResponse<String>> waiting = http()
        .sendAsync(api("/api/v1/indicators/figures?territory=000000000&period=2013-Q3", "en"),
            HttpResponse.BodyHandlers.ofString());
    awaitTrue(() -> bulkhead.waiting() == 1, "the request waits for a permit");
    assertThat(waiting).isNotDone();
    taken.removeFirst().close();
    HttpResponse<String> served = waiting.get(60, TimeUnit.SECONDS);
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.body()).contains("\"figures\"");
  }

  @Test
  void aStreamHoldsItsPermitToTheEndAndGivesItBackWhenTheClientGoesAway() throws Exception {
    assertThat(bulkhead.available()).isEqualTo(bulkhead.size());
    try (Socket socket = new Socket("localhost", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET /api/v1/indicators/probe/stream HTTP/1.1\r\nHost: localhost\r\n"
          + "Authorization: " + basic() + "\r\nAccept-Language: en\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[64 * 1024];
      long read = 0;
      while (read < 4L * 1024 * 1024) {
        int n = in.read(buffer);
        assertThat(n).as("the stream goes on").isPositive();
        read += n;
      }
      assertThat(new String(buffer, 0, 12, StandardCharsets.US_ASCII)).isNotEmpty();
      // mid-stream, the permit is held
      assertThat(bulkhead.available()).isEqualTo(bulkhead.size() - 1);
      // the client goes away without reading the rest: a reset, not a polite close
      socket.setSoLinger(true, 0);
    }
    awaitTrue(() -> bulkhead.available() == bulkhead.size(),
        "the permit comes back after the client went away");
  }

  @Test
  void aFinishedExportGivesItsPermitBack() throws Exception {
    HttpResponse<byte[]> csv = http().send(api(
            "/api/v1/indicators/figures/by-territory.csv?parent=000000000&period=2013-Q3"
                + "&block=REINTEGRATION_KPI&lang=ru", "ru"),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("SUCCESS_DAY_180");
    awaitTrue(() -> bulkhead.available() == bulkhead.size(), "the permit comes back");
    HttpResponse<byte[]> xlsx = http().send(api(
            "/api/v1/indicators/figures.xlsx?territory=000000000&period=2013-Q3&lang=kk", "kk"),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.body()).startsWith('P', 'K');
    awaitTrue(() -> bulkhead.available() == bulkhead.size(), "the permit comes back");
  }

  @ParameterizedTest
  @CsvSource({
      "kk, Кезеңді немесе аумақты тарылтып",
      "ru, Сузьте период или территорию",
      "en, Narrow the period or the territory"})
  void aQueryPastTheStatementTimeoutIsA503InTheReadersLanguage(String lang, String detail)
      throws Exception {
    MockHttpServletResponse api = mvc.perform(get("/api/v1/indicators/probe/sleep")
            .param("seconds", "30").header("Accept-Language", lang)
            .with(user(JolPrincipal.of(analystActor))))
        .andReturn().getResponse();
    assertThat(api.getStatus()).isEqualTo(503);
    assertThat(api.getHeader("Retry-After")).isEqualTo("60");
    String body = api.getContentAsString(StandardCharsets.UTF_8);
    assertThat((String) JsonPath.read(body, "$.code")).isEqualTo("indicators.too-slow");
    assertThat((String) JsonPath.read(body, "$.detail")).contains(detail);
    assertThat(body).doesNotContain("canceling statement", "Exception");

    MockHttpServletResponse page = mvc.perform(get("/indicators/probe/sleep")
            .param("seconds", "30").param("period", "2013-Q3").header("Accept-Language", lang)
            .with(user(JolPrincipal.of(analystActor))))
        .andReturn().getResponse();
    assertThat(page.getStatus()).isEqualTo(503);
    assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains(detail)
        .contains("href=\"/indicators/probe/sleep?seconds=30&amp;period=2013-Q3\"")
        .doesNotContain("canceling statement");
    assertThat(bulkhead.available()).isEqualTo(bulkhead.size());
  }

  @Test
  void theConnectionGoesBackToThePoolWithThePoolsOwnTimeout() throws Exception {
    String inside = mvc.perform(get("/api/v1/indicators/probe/sleep").param("seconds", "0")
            .with(user(JolPrincipal.of(analystActor))))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    // inside the guard: the timeout is set, the transaction is read-only
    assertThat((String) JsonPath.read(inside, "$.timeout")).isEqualTo("2s");
    assertThat((String) JsonPath.read(inside, "$.readOnly")).isEqualTo("on");
    int pid = JsonPath.read(inside, "$.pid");
    // (pg_settings in milliseconds: "2000" inside the guard)
    assertThat(setting(pid, "statement_timeout")).isEqualTo(poolDefault("statement_timeout"))
        .isNotEqualTo("2000");
    assertThat(setting(pid, "transaction_read_only")).isEqualTo("off");

    // and after a query the timeout cancelled
    int cancelled = mvc.perform(get("/api/v1/indicators/probe/sleep").param("seconds", "30")
            .with(user(JolPrincipal.of(analystActor))))
        .andReturn().getResponse().getStatus();
    assertThat(cancelled).isEqualTo(503);
    String after = mvc.perform(get("/api/v1/indicators/probe/sleep").param("seconds", "0")
            .with(user(JolPrincipal.of(analystActor))))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    int again = JsonPath.read(after, "$.pid");
    assertThat(setting(again, "statement_timeout")).isEqualTo(poolDefault("statement_timeout"));
  }

  @Test
  void theLanguageSwitchOnTheDashboardStillRemembersTheChoice() throws Exception {
    // ?lang= writes the reader's language before the guard's read-only transaction begins
    int status = mvc.perform(get("/indicators").param("period", "2013-Q3").param("lang", "ru")
            .with(user(JolPrincipal.of(analystActor))))
        .andReturn().getResponse().getStatus();
    assertThat(status).isEqualTo(200);
  }

  @Test
  void theApiDocumentSays503OnTheGuardedAddressesOnly() throws Exception {
    String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    Map<String, Object> paths = JsonPath.read(docs, "$.paths");
    assertThat(paths).containsKeys("/api/v1/indicators/figures",
        "/api/v1/indicators/figures/by-territory.csv", "/api/v1/indicators/catalogue");
    paths.forEach((path, item) -> {
      boolean has503 = !((List<?>) JsonPath.read(docs,
          "$.paths['" + path + "'].*.responses['503']")).isEmpty();
      boolean guarded = path.startsWith("/api/v1/indicators/")
          && !path.equals("/api/v1/indicators/catalogue");
      assertThat(has503).as(path).isEqualTo(guarded);
    });
  }

  // --- helpers

  private void takeEveryPermit() {
    for (var permit = bulkhead.tryAcquire(); permit.isPresent();
        permit = bulkhead.tryAcquire()) {
      taken.add(permit.get());
    }
    assertThat(taken).hasSize(bulkhead.size());
    assertThat(bulkhead.available()).isZero();
  }

  private MockHttpServletRequestBuilder figures() {
    return get("/api/v1/indicators/figures").param("territory", "000000000")
        .param("period", "2013-Q3").with(user(JolPrincipal.of(analystActor)));
  }

  /**
   * A setting of the pooled connection of this PostgreSQL backend, seen from the pool: every
   * connection of the pool is borrowed at once until that backend's comes up.
   */
  private String setting(int pid, String name) throws Exception {
    List<Connection> borrowed = new ArrayList<>();
    try {
      for (int i = 0; i < 16; i++) {
        Connection c = dataSource.getConnection();
        borrowed.add(c);
        if (pid == single(c, "select pg_backend_pid()").transform(Integer::parseInt)) {
          return single(c, "select setting from pg_settings where name = '" + name + "'");
        }
      }
      throw new AssertionError("the connection of backend " + pid + " is not in the pool");
    } finally {
      for (Connection c : borrowed) {
        c.close();
      }
    }
  }

  private String poolDefault(String name) {
    return jdbc.sql("select reset_val from pg_settings where name = :n").param("n", name)
        .query(String.class).single();
  }

  private static String single(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private HttpClient http() {
    return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
  }

  private HttpRequest api(String pathAndQuery, String lang) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
        .header("Authorization", basic()).header("Accept-Language", lang)
        .timeout(Duration.ofSeconds(120)).GET().build();
  }

  private String basic() {
    return "Basic " + Base64.getEncoder().encodeToString((analyst + ":" + PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
  }

  /** Waits for a condition the server reaches on its own threads; fails after a minute. */
  private static void awaitTrue(BooleanSupplier condition, String what) {
    await(what).atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(5))
        .until(condition::getAsBoolean);
  }

  /** Indicator addresses of this test only: a sleeping query and an endless stream. */
  @RestController
  static class Probes {

    private final JdbcClient jdbc;

    Probes(JdbcClient jdbc) {
      this.jdbc = jdbc;
    }

    @GetMapping("/api/v1/indicators/probe/sleep")
    @Allowed(Role.ANALYST)
    Map<String, Object> sleep(@RequestParam double seconds) {
      jdbc.sql("select count(*) from pg_sleep(:s)").param("s", seconds).query(Long.class)
          .single();
      return Map.of(
          "pid", jdbc.sql("select pg_backend_pid()").query(Integer.class).single(),
          "timeout", jdbc.sql("show statement_timeout").query(String.class).single(),
          "readOnly", jdbc.sql("show transaction_read_only").query(String.class).single());
    }

    /** 64 KiB at a time, up to 1 GiB: far more than a socket buffers. */
    @GetMapping("/api/v1/indicators/probe/stream")
    @Allowed(Role.ANALYST)
    void stream(HttpServletResponse response) throws IOException {
      response.setContentType("text/csv;charset=UTF-8");
      byte[] chunk = new byte[64 * 1024];
      Arrays.fill(chunk, (byte) 'x');
      OutputStream out = response.getOutputStream();
      for (int i = 0; i < 16 * 1024; i++) {
        out.write(chunk);
        out.flush();
      }
    }
  }

  /** The same sleeping query behind a page. */
  @Controller
  static class ProbePage {

    private final JdbcClient jdbc;

    ProbePage(JdbcClient jdbc) {
      this.jdbc = jdbc;
    }

    @GetMapping("/indicators/probe/sleep")
    @Allowed(Role.ANALYST)
    String sleep(@RequestParam double seconds) {
      jdbc.sql("select count(*) from pg_sleep(:s)").param("s", seconds).query(Long.class)
          .single();
      return "indicators/catalogue";
    }
  }
}
