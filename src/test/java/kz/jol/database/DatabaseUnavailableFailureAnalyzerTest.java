package kz.jol.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DatabaseUnavailableFailureAnalyzerTest {

  final MockEnvironment environment =
      new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/jol");
  final DatabaseUnavailableFailureAnalyzer analyzer = new DatabaseUnavailableFailureAnalyzer(environment);

  @Test
  void explainsAnUnreachableServerAndNamesTheSetting() {
    var refused = new SQLException("Connection to db:5432 refused.", "08001");
    var analysis = analyzer.analyze(new RuntimeException("flyway", refused));
    assertThat(analysis.getDescription()).contains("cannot reach", "jdbc:postgresql://db:5432/jol");
    assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
  }

  @Test
  void explainsRefusedCredentials() {
    var analysis = analyzer.analyze(new SQLException("password authentication failed", "28P01"));
    assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_PASSWORD");
  }

  @Test
  void leavesOtherDatabaseErrorsToTheDefaultReport() {
    assertThat(analyzer.analyze(new SQLException("syntax error", "42601"))).isNull();
  }
}
