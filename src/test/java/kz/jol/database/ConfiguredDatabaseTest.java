package kz.jol.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.jol.JolApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With {@code spring.datasource.url} Jol uses that server as it is: no embedded server of its
 * own, Flyway creates the schema, and no demo data ever, even when demo data is switched on.
 */
class ConfiguredDatabaseTest {

  @Test
  void usesTheConfiguredServerAndNeverLoadsDemoData() throws Exception {
    Path dir = Files.createTempDirectory("jol-configured-db");
    try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(dir)
        .setCleanDataDirectory(true).start()) {
      String url = server.getJdbcUrl("postgres", "postgres");
      try (ConfigurableApplicationContext context = new SpringApplicationBuilder(JolApplication.class)
          .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
              "--spring.datasource.password=", "--server.port=0", "--jol.demo-data.enabled=true")) {
        assertThat(context.getBeanProvider(EmbeddedDatabase.class).getIfAvailable()).isNull();
        JdbcClient jdbc = JdbcClient.create(server.getPostgresDatabase());
        assertThat(jdbc.sql("select count(*) from territory").query(Integer.class).single())
            .as("Flyway migrated the configured server").isGreaterThan(20);
        assertThat(jdbc.sql("select count(*) from app_user").query(Integer.class).single())
            .as("no demo users").isZero();
        assertThat(jdbc.sql("select count(*) from person").query(Integer.class).single())
            .as("no demo persons").isZero();
      }
    }
  }
}
