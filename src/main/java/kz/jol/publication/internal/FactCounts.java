package kz.jol.publication.internal;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Adds up rows of a reporting view grouped by territory and a column value into a table: the
 * query answers {@code territory_code, column_key, n}; codes outside the table and column values
 * not among the columns count nowhere.
 */
final class FactCounts {

  private FactCounts() {}

  static long[][] of(JdbcClient.StatementSpec query, Map<String, Integer> rowOf, int rows,
      List<String> columns) {
    long[][] counts = new long[rows][columns.size()];
    query.query((rs, n) -> {
      Integer row = rowOf.get(rs.getString("territory_code"));
      int column = columns.indexOf(rs.getString("column_key"));
      if (row != null && column >= 0) {
        counts[row][column] += rs.getLong("n");
      }
      return null;
    }).list();
    return counts;
  }

  static String[] codes(Map<String, Integer> rowOf) {
    return rowOf.keySet().toArray(String[]::new);
  }
}
