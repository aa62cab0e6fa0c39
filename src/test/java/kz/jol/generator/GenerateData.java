package kz.jol.generator;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import kz.jol.JolApplication;
import kz.jol.calendar.WorkingDays;
import kz.jol.reintegration.application.RiskRulesSettings;
import kz.jol.routing.application.RoutingMatrixService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The generator's command line (README, "Benchmarks"). Starts Jol (on a random port) without
 * its scheduled jobs or demo data against the database it would use (the one given by
 * {@code SPRING_DATASOURCE_URL} and friends, or the embedded PostgreSQL in
 * {@code -Djol.data=<folder>}, kept between runs), lets Flyway migrate it, then fills it.
 *
 * <p>System properties: {@code scale} (1 = national load, default 1), {@code seed} (default
 * 20261124), {@code today} (ISO date, default the application clock's today), {@code jol.data}
 * (default {@code target/generated-postgres}), {@code spool} (default
 * {@code target/generator-spool}), {@code indexes} ({@code rebuild}, the default: drop the
 * loaded tables' foreign keys and secondary indexes for the load and make them again in its
 * transaction; {@code keep}: load into them as they are). Every generated user's password is {@code Jol-demo-2026}.
 */
public final class GenerateData {

  private GenerateData() {}

  /** One CSV file per role (a header "username", then one generated user a line). */
  static void writeUsers(JdbcClient jdbc, String tag, Path folder) throws java.io.IOException {
    java.nio.file.Files.createDirectories(folder);
    Map<String, java.util.List<String>> byRole = new java.util.TreeMap<>();
    jdbc.sql("select role, username from app_user where username like :u order by username")
        .param("u", "%." + tag + ".%")
        .query((rs, n) -> byRole.computeIfAbsent(rs.getString(1), r -> new java.util.ArrayList<>())
            .add(rs.getString(2)))
        .list();
    for (Map.Entry<String, java.util.List<String>> e : byRole.entrySet()) {
      java.util.List<String> lines = new java.util.ArrayList<>();
      lines.add("username");
      lines.addAll(e.getValue());
      java.nio.file.Files.write(folder.resolve(e.getKey() + ".csv"), lines);
    }
  }

  public static void main(String[] args) throws Exception {
    double scale = Double.parseDouble(System.getProperty("scale", "1"));
    long seed = Long.parseLong(System.getProperty("seed", "20261124"));
    String data = System.getProperty("jol.data", "target/generated-postgres");
    Path spool = Path.of(System.getProperty("spool", "target/generator-spool"));
    if (scale <= 0) {
      throw new IllegalArgumentException("-Dscale must be positive, not " + scale);
    }
    long start = System.nanoTime();
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(
        JolApplication.class).run(
        // Jol's security configuration needs the web stack; a random port keeps clear of 8080
        "--server.port=0",
        "--jol.embedded-postgres.data-directory=" + data,
        "--jol.embedded-postgres.clean-on-start=false",
        "--jol.demo-data.enabled=false",
        "--jol.reintegration.sweep-cron=-", "--jol.routing.sweep-cron=-",
        "--jol.routing.sla-cron=-", "--jol.notification.mail.send-cron=-",
        "--jol.actionplan.sweep-cron=-", "--jol.supervision.sweep-cron=-",
        "--logging.level.root=WARN")) {
      Clock clock = context.getBean(Clock.class);
      String day = System.getProperty("today", "").strip();
      LocalDate today = day.isEmpty() ? LocalDate.now(clock)
          : LocalDate.parse(day);
      System.out.printf("Jol generator: scale %s, seed %d, history to %s, %s%n", scale, seed,
          today.minusDays(1), System.getenv("SPRING_DATASOURCE_URL") != null
              ? "database " + System.getenv("SPRING_DATASOURCE_URL")
              : "embedded PostgreSQL in " + data);
      NationalData generator = new NationalData(context.getBean(DataSource.class),
          context.getBean(WorkingDays.class),
          context.getBean(RoutingMatrixService.class).current(),
          context.getBean(RiskRulesSettings.class).current().rules(), clock.getZone(),
          System.out);
      NationalData.Summary summary = generator.generate(new NationalData.Settings(scale, seed,
          today, spool, context.getBean(PasswordEncoder.class).encode("Jol-demo-2026"), true,
          !"keep".equals(System.getProperty("indexes", "rebuild"))));
      JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
      long bytes = jdbc.sql("select pg_database_size(current_database())")
          .query(Long.class).single();
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.println();
      System.out.println("Summary (rows per table):");
      for (Map.Entry<String, Long> e : summary.rows().entrySet()) {
        System.out.printf("  %-26s %,12d%n", e.getKey(), e.getValue());
      }
      System.out.printf("  %-26s %,12d%n", "total", summary.totalRows());
      System.out.printf("generating %.1f s, loading %.1f s, %,.0f rows/s over both; "
              + "%.1f s with start-up; database %,d MB%n",
          summary.generating().toMillis() / 1000.0, summary.loading().toMillis() / 1000.0,
          summary.totalRows() / (summary.elapsed().toMillis() / 1000.0), seconds,
          bytes / (1024 * 1024));
      System.out.printf("users: <role>.%s.<territory>.<n> (officer, head, inspector, agency, "
          + "agencyhead, prosecutor, analyst), password Jol-demo-2026%n", summary.tag());
      Path users = Path.of(System.getProperty("users.out", "target/generated-users"));
      writeUsers(jdbc, summary.tag(), users);
      System.out.println("their user names by role, for the load test: " + users);
    }
  }
}
