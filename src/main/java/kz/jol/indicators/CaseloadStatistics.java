package kz.jol.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.jol.access.CurrentActor;
import kz.jol.shared.MarginSuppression;
import kz.jol.shared.NotFoundException;
import kz.jol.territory.Territories;
import kz.jol.territory.Territory;
import kz.jol.territory.TerritoryScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The caseload by territory and state, read only from the register's reporting view
 * {@code register_case_facts}, never from its tables and never a person's row.
 */
@Service
public class CaseloadStatistics {

  /** The case states as columns, in the order of a case's life. */
  public static final List<String> STATES =
      List.of("PRE_RELEASE", "ACTIVE", "WANTED", "SUSPENDED", "CLOSED");

  private final JdbcClient jdbc;
  private final Territories territories;
  private final TerritoryScope scope;
  private final CurrentActor currentActor;
  private final Clock clock;
  private final int minimumCell;

  CaseloadStatistics(JdbcClient jdbc, Territories territories, TerritoryScope scope,
      CurrentActor currentActor, Clock clock,
      @Value("${jol.indicators.minimum-cell:5}") int minimumCell) {
    this.jdbc = jdbc;
    this.territories = territories;
    this.scope = scope;
    this.currentActor = currentActor;
    this.clock = clock;
    this.minimumCell = minimumCell;
  }

  /**
   * The parts of a territory (the regions of the republic, the districts of a region) with the
   * number of cases in each state. The reader sees only territories within their own.
   *
   * @param parentCode the territory to break down; null for the reader's own territory
   * @throws NotFoundException when the territory is unknown or outside the reader's scope
   */
  public CaseloadTable byTerritory(String parentCode, Locale locale) {
    String own = currentActor.require().territoryCode();
    String parent = parentCode == null || parentCode.isBlank() ? own : parentCode;
    Territory territory = territories.find(parent)
        .filter(t -> scope.isWithin(t.code(), own))
        .orElseThrow(() -> new NotFoundException("territory", parent));
    List<Territory> parts = territories.children(parent);
    Map<String, Integer> rowOf = new HashMap<>();
    for (int i = 0; i < parts.size(); i++) {
      for (String code : scope.codesWithin(parts.get(i).code())) {
        rowOf.put(code, i);
      }
    }
    long[][] counts = new long[parts.size()][STATES.size()];
    jdbc.sql("""
            select territory_code, state, count(*) as n
              from register_case_facts
             where territory_code = any(:codes)
             group by territory_code, state""")
        .param("codes", scope.codesWithin(parent).toArray(String[]::new))
        .query((rs, n) -> {
          Integer row = rowOf.get(rs.getString("territory_code"));
          int column = STATES.indexOf(rs.getString("state"));
          if (row != null && column >= 0) {
            counts[row][column] += rs.getLong("n");
          }
          return null;
        })
        .list();
    var hidden = MarginSuppression.suppress(counts, minimumCell);
    List<CaseloadTable.Row> rows = new ArrayList<>();
    long[] columnSums = new long[STATES.size()];
    long grand = 0;
    for (int r = 0; r < parts.size(); r++) {
      List<Long> shown = new ArrayList<>();
      long rowSum = 0;
      for (int c = 0; c < STATES.size(); c++) {
        shown.add(hidden.cells()[r][c] ? null : counts[r][c]);
        rowSum += counts[r][c];
        columnSums[c] += counts[r][c];
      }
      grand += rowSum;
      Territory part = parts.get(r);
      rows.add(new CaseloadTable.Row(part.code(), part.name(locale),
          !territories.children(part.code()).isEmpty(), shown,
          hidden.rowTotals()[r] ? null : rowSum));
    }
    List<Long> columnTotals = new ArrayList<>();
    for (int c = 0; c < STATES.size(); c++) {
      // A territory without parts (a district) gives a table of no rows, hence no columns.
      boolean hide = c < hidden.columnTotals().length && hidden.columnTotals()[c];
      columnTotals.add(hide ? null : columnSums[c]);
    }
    return new CaseloadTable(territory.code(), territory.name(locale), LocalDate.now(clock),
        STATES, rows, columnTotals, hidden.grandTotal() ? null : grand, minimumCell);
  }
}
