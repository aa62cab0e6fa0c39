package kz.jol.register.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.jol.register.CaseState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Every open case of the republic, page by page, for system jobs that run with no signed-in
 * actor (the sweeps). It returns ids and dates only, and writes no audit row: nobody
 * reads a person here. Never expose it through the web.
 */
@Service
public class OpenCases {

  private final JdbcClient jdbc;

  OpenCases(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** An open case as a sweep needs it. */
  public record OpenCase(UUID id, LocalDate registrationDate, String territoryCode,
      UUID officerId, CaseState state) {}

  /**
   * Up to {@code limit} open cases with an id greater than {@code after} (null: from the
   * start), in id order; the next page starts after the last id returned.
   */
  public List<OpenCase> after(UUID after, int limit) {
    return jdbc.sql("""
            select id, registration_date, territory_code, officer_id, state from probation_case
            where state <> 'CLOSED' and (cast(:after as uuid) is null or id > :after)
            order by id
            limit :limit""")
        .param("after", after)
        .param("limit", limit)
        .query((rs, n) -> new OpenCase(rs.getObject("id", UUID.class),
            rs.getObject("registration_date", LocalDate.class), rs.getString("territory_code"),
            rs.getObject("officer_id", UUID.class), CaseState.valueOf(rs.getString("state"))))
        .list();
  }
}
