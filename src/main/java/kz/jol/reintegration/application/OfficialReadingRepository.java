package kz.jol.reintegration.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.jol.reintegration.domain.Domain;
import kz.jol.reintegration.domain.OfficialReading;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored day-180 readings: inserted once, never updated. */
@Repository
class OfficialReadingRepository {

  private final JdbcClient jdbc;

  OfficialReadingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<StoredReading> find(UUID caseId) {
    return jdbc.sql("select * from official_reading where case_id = :id").param("id", caseId)
        .query((rs, n) -> new StoredReading(rs.getObject("taken_on", java.time.LocalDate.class),
            rs.getInt("legal_score"), rs.getInt("housing_score"), rs.getInt("economic_score"),
            rs.getInt("health_score"), rs.getInt("institutional_score"),
            rs.getInt("integral_index"), rs.getBoolean("successful"),
            rs.getString("critical_failures")))
        .optional();
  }

  /** Which of these cases have a stored reading. */
  Set<UUID> readAmong(Collection<UUID> caseIds) {
    if (caseIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(jdbc.sql(
            "select case_id from official_reading where case_id = any(:ids)")
        .param("ids", caseIds.toArray(UUID[]::new)).query(UUID.class).list());
  }

  /** Stores the reading unless one is stored already; true when this call stored it. */
  boolean insertOnce(UUID caseId, OfficialReading reading, Instant recordedAt) {
    return jdbc.sql("""
            insert into official_reading (case_id, taken_on, legal_score, housing_score,
                economic_score, health_score, institutional_score, integral_index, successful,
                critical_failures, recorded_at)
            values (:id, :on, :legal, :housing, :economic, :health, :institutional, :index,
                :successful, :failures, :at)
            on conflict (case_id) do nothing""")
        .param("id", caseId)
        .param("on", reading.takenOn())
        .param("legal", reading.scores().get(Domain.LEGAL).value())
        .param("housing", reading.scores().get(Domain.HOUSING).value())
        .param("economic", reading.scores().get(Domain.ECONOMIC).value())
        .param("health", reading.scores().get(Domain.HEALTH).value())
        .param("institutional", reading.scores().get(Domain.INSTITUTIONAL).value())
        .param("index", reading.index())
        .param("successful", reading.successful())
        .param("failures", reading.criticalFailures().stream()
            .map(f -> f.reason().name()).distinct().collect(Collectors.joining(",")))
        .param("at", Timestamp.from(recordedAt))
        .update() == 1;
  }
}
