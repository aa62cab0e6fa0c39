package kz.jol.publication.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.jol.publication.PublishableTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Control together with the police (seed 000, block 2): events of supervision in the period by
 * kind — violations, written warnings, persons declared wanted, searches ended, submissions to
 * court, requests for help. Events of persons, hidden like persons. From the supervision
 * module's reporting view {@code supervision_event_facts}, by the case's territory now.
 */
@Component
class SupervisionEvents implements PublishableTable {

  private static final List<String> KINDS = List.of("VIOLATION", "WARNING", "WANTED_DECLARED",
      "WANTED_ENDED", "COURT_SUBMISSION", "HELP_REQUEST");

  private final JdbcClient jdbc;

  SupervisionEvents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String code() {
    return "SUPERVISION_EVENTS";
  }

  @Override
  public List<String> columns() {
    return KINDS;
  }

  @Override
  public long[][] count(Map<String, Integer> rowOf, int rows, LocalDate from, LocalDate to) {
    return FactCounts.of(jdbc.sql("""
            select territory_code, event_kind as column_key, count(*) as n
              from supervision_event_facts
             where territory_code = any(:codes)
               and day between :from and :to
             group by territory_code, event_kind""")
        .param("codes", FactCounts.codes(rowOf)).param("from", from).param("to", to),
        rowOf, rows, KINDS);
  }
}
