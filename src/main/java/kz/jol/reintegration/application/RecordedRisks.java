package kz.jol.reintegration.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.jol.reintegration.domain.Domain;
import kz.jol.reintegration.domain.RiskLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The risk level of each domain as last recorded by an assessment or the sweep, and since
 * when: what other modules act on (routing brings in organisations for a domain at a level).
 * System reads with no actor; callers decide who may see what.
 */
@Service
public class RecordedRisks {

  private final JdbcClient jdbc;

  RecordedRisks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A domain's recorded level, held since the day it was recorded at that level. */
  public record RecordedRisk(UUID caseId, Domain domain, RiskLevel level, LocalDate since) {}

  public Optional<RecordedRisk> of(UUID caseId, Domain domain) {
    return jdbc.sql("select * from domain_risk where case_id = :id and domain = :domain")
        .param("id", caseId).param("domain", domain.name())
        .query((rs, n) -> risk(rs))
        .optional();
  }

  /** The recorded levels of these cases' domains, by case and domain. */
  public List<RecordedRisk> ofCases(Collection<UUID> caseIds) {
    if (caseIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select * from domain_risk where case_id = any(:ids) order by case_id, domain")
        .param("ids", caseIds.toArray(UUID[]::new))
        .query((rs, n) -> risk(rs))
        .list();
  }

  private static RecordedRisk risk(ResultSet rs) throws SQLException {
    return new RecordedRisk(rs.getObject("case_id", UUID.class),
        Domain.valueOf(rs.getString("domain")), RiskLevel.valueOf(rs.getString("risk")),
        rs.getObject("since", LocalDate.class));
  }
}
