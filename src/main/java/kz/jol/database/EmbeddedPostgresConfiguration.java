package kz.jol.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL inside the JVM's process tree when no database is configured.
 *
 * <p>The server is kept per data directory for the life of the JVM, so the many application
 * contexts a test run creates share one server instead of starting one each.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
@ConditionalOnProperty(name = "jol.embedded-postgres.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(EmbeddedPostgresConfiguration.EmbeddedPostgresProperties.class)
class EmbeddedPostgresConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

  /** Servers by data directory, with how many application contexts use each. */
  private static final Map<Path, Lease> SERVERS = new HashMap<>();

  /**
   * One application context's use of a shared embedded server. Spring closes the DataSource
   * (which depends on this bean) before releasing it, and the last release stops the server,
   * so no shutdown hook of the library races with the application's own shutdown.
   */
  static final class Lease {
    private final Path dataDirectory;
    private final EmbeddedPostgres server;
    private int users;

    private Lease(Path dataDirectory, EmbeddedPostgres server) {
      this.dataDirectory = dataDirectory;
      this.server = server;
    }

    EmbeddedPostgres server() {
      return server;
    }

    void release() throws IOException {
      synchronized (SERVERS) {
        if (--users == 0) {
          SERVERS.remove(dataDirectory);
          server.close();
          log.info("Embedded PostgreSQL in {} stopped", dataDirectory);
        }
      }
    }
  }

  @Bean(destroyMethod = "release")
  Lease embeddedPostgres(EmbeddedPostgresProperties properties) {
    Path dir = properties.dataDirectory().toAbsolutePath().normalize();
    synchronized (SERVERS) {
      Lease lease = SERVERS.computeIfAbsent(dir,
          d -> new Lease(d, start(d, properties.cleanOnStart())));
      lease.users++;
      return lease;
    }
  }

  @Bean
  EmbeddedDatabase embeddedDatabase(Lease embeddedPostgres, EmbeddedPostgresProperties properties) {
    return new EmbeddedDatabase(properties.dataDirectory().toAbsolutePath().normalize(),
        embeddedPostgres.server().getPort());
  }

  @Bean
  DataSource dataSource(Lease embeddedPostgres, EmbeddedPostgresProperties properties) {
    var dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(embeddedPostgres.server().getJdbcUrl("postgres", "postgres"));
    dataSource.setUsername("postgres");
    dataSource.setMaximumPoolSize(properties.poolSize());
    dataSource.setPoolName("jol-embedded");
    return dataSource;
  }

  private static EmbeddedPostgres start(Path dataDirectory, boolean clean) {
    try {
      boolean existing = Files.exists(dataDirectory.resolve("PG_VERSION"));
      if (clean) {
        // A run that was killed (not stopped) leaves its files, and initdb refuses a folder
        // that is not empty: a clean start begins from an empty one.
        deleteRecursively(dataDirectory);
      }
      Files.createDirectories(dataDirectory);
      EmbeddedPostgres server = EmbeddedPostgres.builder()
          .setDataDirectory(dataDirectory)
          .setCleanDataDirectory(clean)
          .setRegisterShutdownHook(false)
          .setPGStartupWait(Duration.ofSeconds(60))
          .setServerConfig("max_connections", "200")
          .setLocaleConfig("encoding", "UTF8")
          // Unicode case mapping whatever the shell's locale (a shell with no LANG gives libc's
          // C, where ilike does not fold Cyrillic): PostgreSQL's own C.UTF-8.
          .setLocaleConfig("locale-provider", "builtin")
          .setLocaleConfig("builtin-locale", "C.UTF-8")
          .start();
      log.info("Embedded PostgreSQL is running on port {} with {} data in {}",
          server.getPort(), existing && !clean ? "existing" : "new", dataDirectory);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not start the embedded PostgreSQL in " + dataDirectory + ": " + e.getMessage(), e);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * @param dataDirectory where the embedded server keeps its data between runs
   * @param cleanOnStart whether to wipe that data on start (tests)
   * @param poolSize connections in the pool
   */
  @ConfigurationProperties("jol.embedded-postgres")
  record EmbeddedPostgresProperties(Path dataDirectory, boolean cleanOnStart, int poolSize) {
    EmbeddedPostgresProperties {
      if (dataDirectory == null) {
        dataDirectory = Path.of(".jol-data", "postgres");
      }
      if (poolSize <= 0) {
        poolSize = 10;
      }
    }
  }
}
