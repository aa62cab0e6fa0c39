package kz.jol.routing.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.jol.organisation.OrganisationType;
import kz.jol.reintegration.domain.Domain;
import kz.jol.reintegration.domain.RiskLevel;
import kz.jol.routing.domain.Deadline;
import kz.jol.routing.domain.DeadlineUnit;
import kz.jol.routing.domain.Priority;
import kz.jol.routing.domain.RoutingMatrix;
import kz.jol.routing.domain.RoutingRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The versions of the routing matrix: each one whole, never changed once written. */
@Repository
class RoutingMatrixRepository {

  private final JdbcClient jdbc;

  RoutingMatrixRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Who wrote a version, when and why. */
  record VersionInfo(int version, String createdBy, Instant createdAt, String note) {}

  int currentVersion() {
    return jdbc.sql("select max(version) from routing_matrix_version").query(Integer.class)
        .single();
  }

  Optional<RoutingMatrix> find(int version) {
    if (jdbc.sql("select count(*) from routing_matrix_version where version = :v")
        .param("v", version).query(Integer.class).single() == 0) {
      return Optional.empty();
    }
    return Optional.of(new RoutingMatrix(version, jdbc.sql("""
            select * from routing_rule where version = :v
            order by domain, level, priority, action_code""")
        .param("v", version).query((rs, n) -> rule(rs)).list()));
  }

  List<VersionInfo> versions() {
    return jdbc.sql("select * from routing_matrix_version order by version desc")
        .query((rs, n) -> new VersionInfo(rs.getInt("version"), rs.getString("created_by"),
            rs.getTimestamp("created_at").toInstant(), rs.getString("note")))
        .list();
  }

  /** Writes a new version; false when {@code version} exists already (someone was first). */
  boolean insert(int version, List<RoutingRule> rules, String by, String note, Instant at) {
    if (jdbc.sql("""
            insert into routing_matrix_version (version, created_by, created_at, note)
            values (:v, :by, :at, :note) on conflict (version) do nothing""")
        .param("v", version).param("by", by).param("at", Timestamp.from(at))
        .param("note", note).update() == 0) {
      return false;
    }
    for (RoutingRule r : rules) {
      jdbc.sql("""
              insert into routing_rule (version, domain, level, action_code, action_kk,
                  action_ru, action_en, target_type, deadline_amount, deadline_unit,
                  target_amount, target_unit, priority)
              values (:v, :domain, :level, :code, :kk, :ru, :en, :type, :amount, :unit,
                  :targetAmount, :targetUnit, :priority)""")
          .param("v", version).param("domain", r.domain().name())
          .param("level", r.level().name()).param("code", r.actionCode())
          .param("kk", r.actionKk().strip()).param("ru", r.actionRu().strip())
          .param("en", r.actionEn().strip()).param("type", r.targetType().name())
          .param("amount", r.deadline().amount()).param("unit", r.deadline().unit().name())
          .param("targetAmount", r.target() == null ? null : r.target().amount())
          .param("targetUnit", r.target() == null ? null : r.target().unit().name())
          .param("priority", r.priority().name())
          .update();
    }
    return true;
  }

  private static RoutingRule rule(ResultSet rs) throws SQLException {
    int targetAmount = rs.getInt("target_amount");
    Deadline target = rs.wasNull() ? null
        : new Deadline(targetAmount, DeadlineUnit.valueOf(rs.getString("target_unit")));
    return new RoutingRule(Domain.valueOf(rs.getString("domain")),
        RiskLevel.valueOf(rs.getString("level")), rs.getString("action_code"),
        rs.getString("action_kk"), rs.getString("action_ru"), rs.getString("action_en"),
        OrganisationType.valueOf(rs.getString("target_type")),
        new Deadline(rs.getInt("deadline_amount"),
            DeadlineUnit.valueOf(rs.getString("deadline_unit"))),
        target, Priority.valueOf(rs.getString("priority")));
  }
}
