package kz.jol.publication.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.jol.publication.PublishableTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cases registered in the period by the state of the case on the day the table is published
 * (the register's reporting view keeps no history of states). From {@code register_case_facts}.
 */
@Component
class CasesByState implements PublishableTable {

  private static final List<String> STATES =
      List.of("PRE_RELEASE", "ACTIVE", "WANTED", "SUSPENDED", "CLOSED");

  private final JdbcClient jdbc;

  CasesByState(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String code() {
    return "CASES_BY_STATE";
  }

  @Override
  public List<String> columns() {
    return STATES;
  }

  @Override
  public long[][] count(Map<String, Integer> rowOf, int rows, LocalDate from, LocalDate to) {
    return FactCounts.of(jdbc.sql("""
            select territory_code, state as column_key, count(*) as n
              from register_case_facts
             where territory_code = any(:codes)
               and registration_date between :from and :to
             group by territory_code, state""")
        .param("codes", FactCounts.codes(rowOf)).param("from", from).param("to", to),
        rowOf, rows, STATES);
  }
}
