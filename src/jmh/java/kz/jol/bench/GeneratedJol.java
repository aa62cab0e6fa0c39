package kz.jol.bench;

import java.util.ArrayList;
import java.util.List;
import kz.jol.JolApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application started on a database the national data generator filled
 * ({@code kz.jol.generator.GenerateData}), for benchmarks that compare Jol with a hand-written
 * SQL floor on the same rows: the embedded PostgreSQL in the folder of {@code -Djol.data}
 * (default {@code target/generated-postgres}), or {@code SPRING_DATASOURCE_URL} when set. No
 * demo data, no scheduled sweep (a benchmark runs what it measures itself), no web port.
 */
public final class GeneratedJol {

  /** Every scheduled job of the application, switched off with "-". */
  static final List<String> CRONS = List.of("jol.actionplan.sweep-cron",
      "jol.idempotency.cleanup-cron", "jol.indicators.facts-cron",
      "jol.interaction.decision-sweep-cron",
      "jol.notification.mail.send-cron", "jol.reintegration.sweep-cron",
      "jol.routing.sla-cron", "jol.routing.sweep-cron", "jol.supervision.sweep-cron");

  private GeneratedJol() {}

  /** The data folder the benchmarks read: {@code -Djol.data}, else the generator's default. */
  public static String dataFolder() {
    return System.getProperty("jol.data", "target/generated-postgres");
  }

  /**
   * Starts Jol on the generated data.
   *
   * @param poolSize the connection pool's size
   * @param more further {@code --name=value} arguments
   */
  public static ConfigurableApplicationContext start(int poolSize, String... more) {
    return start(new Class<?>[0], poolSize, more);
  }

  /**
   * Starts Jol on the generated data with further configuration classes (such as
   * {@link BenchClock}).
   */
  public static ConfigurableApplicationContext start(Class<?>[] sources, int poolSize,
      String... more) {
    List<String> args = new ArrayList<>();
    args.add("--jol.embedded-postgres.data-directory=" + dataFolder());
    args.add("--jol.embedded-postgres.clean-on-start=false");
    args.add("--jol.embedded-postgres.pool-size=" + poolSize);
    args.add("--jol.demo-data.enabled=false");
    args.add("--server.port=0");
    args.add("--logging.level.root=WARN");
    for (String cron : CRONS) {
      args.add("--" + cron + "=-");
    }
    args.addAll(List.of(more));
    return new SpringApplicationBuilder(JolApplication.class).sources(sources)
        .run(args.toArray(String[]::new));
  }
}
