package kz.jol.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every column of the schema is classified (public, internal, personal, sensitive) in
 * {@code db/classification.csv}, so that nobody adds personal data without saying so.
 */
@SpringBootTest
class DataClassificationTest {

  static final Set<String> CLASSES = Set.of("PUBLIC", "INTERNAL", "PERSONAL", "SENSITIVE");

  @Autowired JdbcClient jdbc;

  @Test
  void everyColumnIsClassifiedAndEveryClassifiedColumnExists() throws IOException {
    Set<String> columns = new TreeSet<>(jdbc.sql("""
            select c.table_name || '.' || c.column_name
              from information_schema.columns c
              join information_schema.tables t
                on t.table_schema = c.table_schema and t.table_name = c.table_name
             where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
               and c.table_name <> 'flyway_schema_history'""")
        .query(String.class).list());
    var lines = new String(new ClassPathResource("db/classification.csv").getInputStream()
        .readAllBytes(), StandardCharsets.UTF_8).lines()
        .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("table,"))
        .toList();
    for (String line : lines) {
      assertThat(line.split(",")).as(line).hasSize(3);
      assertThat(CLASSES).as(line).contains(line.split(",")[2]);
    }
    Set<String> classified = lines.stream()
        .map(l -> l.split(",")[0] + "." + l.split(",")[1])
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(difference(columns, classified)).as("columns without a classification").isEmpty();
    assertThat(difference(classified, columns)).as("classified columns that do not exist").isEmpty();
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> result = new TreeSet<>(a);
    result.removeAll(b);
    return result;
  }
}
