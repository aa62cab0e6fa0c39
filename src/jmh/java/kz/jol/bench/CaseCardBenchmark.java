package kz.jol.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case card on the generated national data against its floor (issue 9, point 3). Jol: the
 * card page {@code GET /cases/{id}} over HTTP on localhost, signed in as the officer of the
 * cases (security, the register's read and every section's, the audit row of the view,
 * Thymeleaf). Floor: one hand-written SQL statement on the same connection pool returning every
 * record the card shows, as JSON (the person and case, every assessment, the recorded risks,
 * the plan with its actions and history, the referrals with their history and escalations, the
 * supervision events, duties and the next check-ins, the case's transitions), plus the audit
 * row the card must write. The floor renders nothing: the ratio is what the page costs beyond
 * reading its records.
 *
 * <p>Both read the same {@code cases} cases of one officer with the most open cases, one per
 * call in turn; sampled, so JMH reports percentiles.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 20)
public class CaseCardBenchmark {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  @Param("ru")
  String lang;

  ConfigurableApplicationContext context;
  JdbcClient jdbc;
  TransactionTemplate transaction;
  HttpClient http;
  String base;
  UUID officer;
  String username;
  List<UUID> cases;
  int next;

  @Setup(Level.Trial)
  public void start() throws IOException, InterruptedException {
    context = GeneratedJol.start(10);
    try {
      prepare();
    } catch (IOException | InterruptedException | RuntimeException e) {
      context.close(); // JMH calls no tear-down after a failed set-up: stop PostgreSQL here
      throw e;
    }
  }

  private void prepare() throws IOException, InterruptedException {
    jdbc = context.getBean(JdbcClient.class);
    transaction = context.getBean(TransactionTemplate.class);
    base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    var busiest = jdbc.sql("""
            select c.officer_id, u.username from probation_case c
            join app_user u on u.id = c.officer_id
            where c.state = 'ACTIVE' and u.role = 'PROBATION_OFFICER'
            group by c.officer_id, u.username order by count(*) desc, u.username limit 1""")
        .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)}).single();
    officer = (UUID) busiest[0];
    username = (String) busiest[1];
    cases = jdbc.sql("""
            select id from probation_case where officer_id = :officer and state = 'ACTIVE'
            order by id""")
        .param("officer", officer).query(UUID.class).list();
    http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    signIn();
    System.out.printf("%nCase card: %d open cases of %s%n", cases.size(), username);
  }

  private void signIn() throws IOException, InterruptedException {
    String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Matcher m = CSRF.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token on the sign-in page");
    }
    String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
        + "&password=Jol-demo-2026&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    var answer = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.discarding());
    String location = answer.headers().firstValue("Location").orElse("");
    if (answer.statusCode() != 302 || location.contains("error")) {
      throw new IllegalStateException("sign-in as " + username + " failed: "
          + answer.statusCode() + " " + location);
    }
  }

  @TearDown(Level.Trial)
  public void stop() {
    context.close();
  }

  private UUID nextCase() {
    UUID id = cases.get(next);
    next = (next + 1) % cases.size();
    return id;
  }

  @Benchmark
  public int jol() throws IOException, InterruptedException {
    UUID id = nextCase();
    var response = http.send(HttpRequest.newBuilder(URI.create(base + "/cases/" + id
        + "?lang=" + lang)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("card " + id + ": " + response.statusCode());
    }
    return response.body().length();
  }

  @Benchmark
  public int floor() {
    UUID id = nextCase();
    return transaction.execute(status -> {
      String card = jdbc.sql(CARD).param("id", id).query(String.class).single();
      jdbc.sql("""
              insert into audit_event (occurred_at, user_id, username, role, record_type,
                  record_id, action)
              values (:at, :user, :username, 'PROBATION_OFFICER', 'CASE', :record, 'VIEW')""")
          .param("at", Timestamp.from(Instant.now()))
          .param("user", officer).param("username", username).param("record", id)
          .update();
      return card.length();
    });
  }

  /** Every record the card shows, in one statement. */
  static final String CARD = """
      select json_build_object(
        'case', (select row_to_json(x) from (
            select c.*, p.last_name, p.first_name, p.middle_name, p.iin, p.birth_date, p.phone,
                   p.residence_address, p.registration_address
            from probation_case c join person p on p.id = c.person_id where c.id = :id) x),
        'transitions', (select json_agg(t order by t.on_date) from probation_case_transition t
                        where t.case_id = :id),
        'assessments', (select json_agg(a order by a.assessed_on, a.recorded_at)
                        from domain_assessment a where a.case_id = :id),
        'risks', (select json_agg(r) from domain_risk r where r.case_id = :id),
        'plan', (select row_to_json(pl) from reintegration_plan pl where pl.case_id = :id),
        'actions', (select json_agg(pa order by pa.position) from plan_action pa
                    join reintegration_plan pl on pl.id = pa.plan_id where pl.case_id = :id),
        'plan_history', (select json_agg(pt order by pt.at) from plan_transition pt
                         join reintegration_plan pl on pl.id = pt.plan_id where pl.case_id = :id),
        'referrals', (select json_agg(r order by r.created_at) from referral r
                      where r.case_id = :id),
        'referral_history', (select json_agg(e order by e.at) from referral_event e
                             join referral r on r.id = e.referral_id where r.case_id = :id),
        'escalations', (select json_agg(x order by x.opened_at) from escalation x
                        join referral r on r.id = x.referral_id where r.case_id = :id),
        'supervision', (select json_agg(s order by s.day) from supervision_event s
                        where s.case_id = :id),
        'duties', (select json_agg(d) from supervision_duty d where d.case_id = :id),
        'schedule', (select row_to_json(cs) from check_in_schedule cs where cs.case_id = :id),
        'next_check_ins', (select json_agg(e order by e.due_on) from (
            select * from expected_check_in e where e.case_id = :id and e.due_on >= current_date
            order by e.due_on limit 5) e))::text""";
}
