package kz.jol.database;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns "PostgreSQL cannot be reached or refuses us" at startup into a short message that says
 * what to check, instead of a wall of stack trace. The process still exits with a non-zero code.
 */
class DatabaseUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

  private final Environment environment;

  DatabaseUnavailableFailureAnalyzer(Environment environment) {
    this.environment = environment;
  }

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
    String state = cause.getSQLState() == null ? "" : cause.getSQLState();
    String url = environment.getProperty("spring.datasource.url", "the embedded PostgreSQL");
    if (state.startsWith("08")) {
      return new FailureAnalysis(
          "Jol cannot reach its PostgreSQL database at " + url + ": " + cause.getMessage(),
          "Start the database server or correct SPRING_DATASOURCE_URL. Without "
              + "SPRING_DATASOURCE_URL, Jol starts its own embedded PostgreSQL.",
          cause);
    }
    if (state.startsWith("28")) {
      return new FailureAnalysis(
          "PostgreSQL at " + url + " refused the credentials: " + cause.getMessage(),
          "Check SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.", cause);
    }
    if (state.equals("3D000")) {
      return new FailureAnalysis(
          "The database named in " + url + " does not exist: " + cause.getMessage(),
          "Create it (createdb) or point SPRING_DATASOURCE_URL at an existing database.", cause);
    }
    return null;
  }
}
