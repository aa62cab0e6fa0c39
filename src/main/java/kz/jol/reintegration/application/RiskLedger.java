package kz.jol.reintegration.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.jol.reintegration.domain.Domain;
import kz.jol.reintegration.domain.RiskLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The risk level last recorded for each domain of a case, and its changes. Recording is one
 * upsert that only touches rows whose level changes; the rows it changes to R3 are the raises.
 * Two recorders of the same level (two sweeps on two nodes, a sweep and an assessment) are
 * serialised by the row lock, and only the first one sees the change.
 */
@Repository
class RiskLedger {

  private final JdbcClient jdbc;

  RiskLedger(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A domain's level to record. */
  record Level(UUID caseId, Domain domain, RiskLevel risk) {}

  /**
   * Records the levels as of {@code on}; answers those that changed to R3 by this call (a
   * domain recorded for the first time at R3 counts as raised).
   */
  List<Level> record(List<Level> levels, LocalDate on, Instant at) {
    if (levels.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
            with changed as (
                insert into domain_risk (case_id, domain, risk, since, updated_at)
                select l.case_id, l.domain, l.risk, :on, :at
                from unnest(:cases, :domains, :risks) as l(case_id, domain, risk)
                on conflict (case_id, domain) do update
                    set risk = excluded.risk, since = excluded.since,
                        updated_at = excluded.updated_at
                    where domain_risk.risk <> excluded.risk
                returning case_id, domain, risk),
            logged as (
                insert into domain_risk_change (case_id, domain, risk, on_day, recorded_at)
                select case_id, domain, risk, :on, :at from changed)
            select case_id, domain, risk from changed where risk = 'R3'""")
        .param("cases", levels.stream().map(Level::caseId).toArray(UUID[]::new))
        .param("domains", levels.stream().map(l -> l.domain().name()).toArray(String[]::new))
        .param("risks", levels.stream().map(l -> l.risk().name()).toArray(String[]::new))
        .param("on", on)
        .param("at", Timestamp.from(at))
        .query((rs, n) -> new Level(rs.getObject("case_id", UUID.class),
            Domain.valueOf(rs.getString("domain")), RiskLevel.valueOf(rs.getString("risk"))))
        .list();
  }
}
