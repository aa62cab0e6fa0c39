package kz.jol.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A realistic mixed workload over HTTP against a running Jol on generated data (issue 9, point
 * 2): officers open their caseload and case cards and record an assessment; agency workers
 * open their inbox and accept a referral; probation heads open their territory's caseload,
 * escalations, supervision alerts and the indicator dashboard; analysts open the statistics and
 * the republic's dashboard; citizens open the public portal and a published figure (half as
 * many sessions again as the staff's; {@code -Dportal=false} leaves them out). Every virtual user signs in on the
 * form with a generated user of its role (the CSV files GenerateData writes) and works through
 * one session. Gatling's report gives p50, p95, p99 and errors per request type.
 *
 * <p>System properties: {@code baseUrl} (default http://localhost:8097), {@code users} (the
 * folder of the users' CSV files, default target/generated-users), {@code password} (default
 * Jol-demo-2026), {@code sessions} (new sessions per second over all roles, default 10),
 * {@code minutes} (default 5), {@code portal}.
 */
public class MixedLoadSimulation extends Simulation {

  static final String BASE = System.getProperty("baseUrl", "http://localhost:8097");
  static final String USERS = System.getProperty("users", "target/generated-users");
  static final String PASSWORD = System.getProperty("password", "Jol-demo-2026");
  static final double SESSIONS = Double.parseDouble(System.getProperty("sessions", "10"));
  static final Duration DURATION = Duration.ofMinutes(Long.getLong("minutes", 5));
  static final boolean PORTAL = Boolean.parseBoolean(System.getProperty("portal", "true"));
  static final String UUID = "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})";

  final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptLanguageHeader("ru,kk;q=0.8")
      .acceptHeader("text/html").userAgentHeader("Jol load test");

  /** Signs in on the form: the login page's CSRF token, then the POST; lands on a 200. */
  static ChainBuilder signIn() {
    return exec(http("sign-in page").get("/login")
            .check(css("input[name=_csrf]", "value").saveAs("csrf")))
        .exec(http("sign in").post("/login")
            .formParam("username", "#{username}").formParam("password", PASSWORD)
            .formParam("_csrf", "#{csrf}")
            .check(status().is(200), substring("name=\"password\"").notExists()));
  }

  ScenarioBuilder officers() {
    String today = LocalDate.now(ZoneId.of("Asia/Almaty")).toString();
    return scenario("officer").feed(csv(USERS + "/PROBATION_OFFICER.csv").random())
        .exec(signIn())
        .exec(http("caseload").get("/caseload")
            .check(regex("href=\"/cases/" + UUID + "\"").findRandom().saveAs("caseId")))
        .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
        .repeat(3).on(exec(http("case card").get("/cases/#{caseId}")
                .check(css("input[name=_csrf]", "value").saveAs("csrf")))
            .pause(Duration.ofSeconds(1), Duration.ofSeconds(3)))
        .exec(http("record assessment").post("/cases/#{caseId}/assessments")
            .formParam("_csrf", "#{csrf}").formParam("domain", "LEGAL")
            .formParam("score", "1").formParam("assessedOn", today)
            .formParam("hasIdentityDocument", "true")
            .formParam("evidence", "Удостоверение личности предъявлено")
            .check(status().is(200)))
        .exec(http("caseload again").get("/caseload"));
  }

  ScenarioBuilder agencies() {
    return scenario("agency").feed(csv(USERS + "/AGENCY_WORKER.csv").random())
        .exec(signIn())
        .exec(http("inbox").get("/inbox")
            .check(regex("href=\"/inbox/referrals/" + UUID + "\"").findRandom().optional()
                .saveAs("referral")))
        .doIf(session -> session.contains("referral")).then(
            exec(http("referral").get("/inbox/referrals/#{referral}")
                .check(css("input[name=_csrf]", "value").saveAs("csrf"),
                    regex("name=\"state\" value=\"ACCEPTED\"><input type=\"hidden\" "
                        + "name=\"version\" value=\"(\\d+)\"").optional().saveAs("version")))
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
                .doIf(session -> session.contains("version")).then(
                    exec(http("accept referral").post("/inbox/referrals/#{referral}/answer")
                        .formParam("_csrf", "#{csrf}").formParam("state", "ACCEPTED")
                        .formParam("version", "#{version}")
                        // 409 when another virtual user of the same organisation was first
                        .check(status().in(200, 409)))));
  }

  ScenarioBuilder heads() {
    return scenario("head").feed(csv(USERS + "/PROBATION_HEAD.csv").random())
        .exec(signIn())
        .exec(http("territory caseload").get("/caseload"))
        .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
        .exec(http("escalations").get("/escalations"))
        .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
        .exec(http("supervision alerts").get("/supervision/alerts"))
        .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
        .exec(http("indicator dashboard (head)").get("/indicators"));
  }

  ScenarioBuilder analysts() {
    return scenario("analyst").feed(csv(USERS + "/ANALYST.csv").circular())
        .exec(signIn())
        .exec(http("statistics").get("/statistics"))
        .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
        .exec(http("statistics of a region").get("/statistics?parent=350000000"))
        .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
        .exec(http("indicator dashboard (republic)").get("/indicators"));
  }

  /** A citizen: the portal's list, then its first published figure when there is one. */
  ScenarioBuilder portal() {
    return scenario("public portal")
        .exec(http("public portal").get("/open")
            .check(regex("href=\"(/open/figures/[0-9a-f-]+)\"").optional().saveAs("figure")))
        .doIf(session -> session.contains("figure")).then(
            pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                .exec(http("published figure").get("#{figure}")));
  }

  {
    List<PopulationBuilder> mix = new ArrayList<>(List.of(
        officers().injectOpen(constantUsersPerSec(SESSIONS * 0.55).during(DURATION)),
        agencies().injectOpen(constantUsersPerSec(SESSIONS * 0.25).during(DURATION)),
        heads().injectOpen(constantUsersPerSec(SESSIONS * 0.15).during(DURATION)),
        analysts().injectOpen(constantUsersPerSec(SESSIONS * 0.05).during(DURATION))));
    if (PORTAL) {
      mix.add(portal().injectOpen(constantUsersPerSec(SESSIONS * 0.5).during(DURATION)));
    }
    setUp(mix).protocols(protocol);
  }
}
