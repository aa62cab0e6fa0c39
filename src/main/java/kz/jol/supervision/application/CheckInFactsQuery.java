package kz.jol.supervision.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import kz.jol.supervision.CheckInFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts the expected check-ins: every check-in is one, an unscheduled one too (the service
 * files it as answered), so this is the whole set, with the ones nobody answered.
 */
@Service
class CheckInFactsQuery implements CheckInFacts {

  private final JdbcClient jdbc;

  CheckInFactsQuery(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Count> count(Collection<String> territoryCodes, LocalDate from, LocalDate to) {
    if (territoryCodes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
            select c.territory_code, x.state, count(*) as n
              from expected_check_in x
              join register_case_facts c on c.case_id = x.case_id
             where c.territory_code = any(:codes) and x.due_on between :from and :to
             group by c.territory_code, x.state""")
        .param("codes", territoryCodes.toArray(String[]::new))
        .param("from", from).param("to", to)
        .query((rs, n) -> new Count(rs.getString("territory_code"), rs.getString("state"),
            rs.getLong("n")))
        .list();
  }
}
