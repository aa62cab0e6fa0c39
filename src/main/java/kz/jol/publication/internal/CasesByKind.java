package kz.jol.publication.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.jol.publication.PublishableTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Persons on the register at any time in the period by the kind of their case: registered on or
 * before its last day and not closed before its first. From the register's reporting view
 * {@code register_case_facts}, by the case's territory now.
 */
@Component
class CasesByKind implements PublishableTable {

  private static final List<String> KINDS =
      List.of("PRE_TRIAL", "SENTENCE", "PENITENTIARY", "POST_PENITENTIARY");

  private final JdbcClient jdbc;

  CasesByKind(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String code() {
    return "CASES_BY_KIND";
  }

  @Override
  public List<String> columns() {
    return KINDS;
  }

  @Override
  public long[][] count(Map<String, Integer> rowOf, int rows, LocalDate from, LocalDate to) {
    return FactCounts.of(jdbc.sql("""
            select territory_code, kind as column_key, count(*) as n
              from register_case_facts
             where territory_code = any(:codes)
               and registration_date <= :to
               and not (state = 'CLOSED' and state_since < :from)
             group by territory_code, kind""")
        .param("codes", FactCounts.codes(rowOf)).param("from", from).param("to", to),
        rowOf, rows, KINDS);
  }
}
