package kz.jol.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
  private static final Map<Path, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

  @Bean
  DataSource dataSource(EmbeddedPostgresProperties properties) {
    EmbeddedPostgres server = SERVERS.computeIfAbsent(
        properties.dataDirectory().toAbsolutePath().normalize(),
        dir -> start(dir, properties.cleanOnStart()));
    var dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
    dataSource.setUsername("postgres");
    dataSource.setMaximumPoolSize(properties.poolSize());
    dataSource.setPoolName("jol-embedded");
    return dataSource;
  }

  private static EmbeddedPostgres start(Path dataDirectory, boolean clean) {
    try {
      Files.createDirectories(dataDirectory);
      boolean existing = Files.exists(dataDirectory.resolve("PG_VERSION"));
      EmbeddedPostgres server = EmbeddedPostgres.builder()
          .setDataDirectory(dataDirectory)
          .setCleanDataDirectory(clean)
          .setPGStartupWait(Duration.ofSeconds(60))
          .setServerConfig("max_connections", "200")
          .setLocaleConfig("encoding", "UTF8")
          .start();
      log.info("Embedded PostgreSQL is running on port {} with {} data in {}",
          server.getPort(), existing && !clean ? "existing" : "new", dataDirectory);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not start the embedded PostgreSQL in " + dataDirectory + ": " + e.getMessage(), e);
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
