package kz.jol.reintegration.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.jol.reintegration.domain.Assessment;
import kz.jol.reintegration.domain.DomainFacts;
import kz.jol.reintegration.domain.HealthNeed;
import kz.jol.reintegration.domain.Score;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The assessments of a case, as rows that are only ever added. */
@Repository
class AssessmentRepository {

  private final JdbcClient jdbc;

  AssessmentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(UUID caseId, Assessment a, Instant recordedAt) {
    var facts = a.facts();
    var legal = facts instanceof DomainFacts.Legal l ? l : null;
    var housing = facts instanceof DomainFacts.Housing h ? h : null;
    var economic = facts instanceof DomainFacts.Economic e ? e : null;
    var health = facts instanceof DomainFacts.Health h ? h : null;
    var institutional = facts instanceof DomainFacts.Institutional i ? i : null;
    jdbc.sql("""
            insert into domain_assessment (case_id, domain, score, evidence, assessed_by,
                assessed_on, recorded_at, has_identity_document, has_registration, homeless,
                lives_with_aggressor, threat_of_violence, has_legal_income, has_employment_track,
                risk_of_exploitation, health_need, help_received, attached_to_clinic,
                screening_done, real_referral_exists, supervision_only)
            values (:caseId, :domain, :score, :evidence, :assessedBy, :assessedOn, :recordedAt,
                :idDoc, :registration, :homeless, :aggressor, :violence, :income, :track,
                :exploitation, :need, :help, :clinic, :screening, :referral, :supervisionOnly)""")
        .param("caseId", caseId)
        .param("domain", a.domain().name())
        .param("score", a.score().value())
        .param("evidence", a.evidence())
        .param("assessedBy", UUID.fromString(a.assessedBy()))
        .param("assessedOn", a.assessedOn())
        .param("recordedAt", Timestamp.from(recordedAt))
        .param("idDoc", legal == null ? null : legal.hasIdentityDocument())
        .param("registration", legal == null ? null : legal.hasRegistration())
        .param("homeless", housing == null ? null : housing.homeless())
        .param("aggressor", housing == null ? null : housing.livesWithAggressor())
        .param("violence", housing == null ? null : housing.threatOfViolence())
        .param("income", economic == null ? null : economic.hasLegalIncome())
        .param("track", economic == null ? null : economic.hasEmploymentTrack())
        .param("exploitation", economic == null ? null : economic.riskOfExploitation())
        .param("need", health == null ? null : health.need().name())
        .param("help", health == null ? null : health.helpReceived())
        .param("clinic", health == null ? null : health.attachedToClinic())
        .param("screening", health == null ? null : health.screeningDone())
        .param("referral", institutional == null ? null : institutional.realReferralExists())
        .param("supervisionOnly", institutional == null ? null : institutional.supervisionOnly())
        .update();
  }

  /** Every assessment of the case, in the order they were recorded. */
  List<Assessment> history(UUID caseId) {
    return jdbc.sql("select * from domain_assessment where case_id = :caseId order by id")
        .param("caseId", caseId)
        .query((rs, n) -> assessment(rs))
        .list();
  }

  /** The assessments of each of these cases, in the order they were recorded. */
  Map<UUID, List<Assessment>> histories(Collection<UUID> caseIds) {
    Map<UUID, List<Assessment>> histories = new HashMap<>();
    if (caseIds.isEmpty()) {
      return histories;
    }
    jdbc.sql("select * from domain_assessment where case_id = any(:ids) order by id")
        .param("ids", caseIds.toArray(UUID[]::new))
        .query((rs, n) -> histories.computeIfAbsent(rs.getObject("case_id", UUID.class),
            id -> new ArrayList<>()).add(assessment(rs)))
        .list();
    return histories;
  }

  private static Assessment assessment(ResultSet rs) throws SQLException {
    return new Assessment(Score.of(rs.getInt("score")), rs.getString("evidence"),
        rs.getObject("assessed_by", UUID.class).toString(),
        rs.getObject("assessed_on", java.time.LocalDate.class), facts(rs));
  }

  private static DomainFacts facts(ResultSet rs) throws SQLException {
    return switch (rs.getString("domain")) {
      case "LEGAL" -> new DomainFacts.Legal(rs.getBoolean("has_identity_document"),
          rs.getBoolean("has_registration"));
      case "HOUSING" -> new DomainFacts.Housing(rs.getBoolean("homeless"),
          rs.getBoolean("lives_with_aggressor"), rs.getBoolean("threat_of_violence"));
      case "ECONOMIC" -> new DomainFacts.Economic(rs.getBoolean("has_legal_income"),
          rs.getBoolean("has_employment_track"), rs.getBoolean("risk_of_exploitation"));
      case "HEALTH" -> new DomainFacts.Health(HealthNeed.valueOf(rs.getString("health_need")),
          rs.getBoolean("help_received"), rs.getBoolean("attached_to_clinic"),
          rs.getBoolean("screening_done"));
      case "INSTITUTIONAL" -> new DomainFacts.Institutional(
          rs.getBoolean("real_referral_exists"), rs.getBoolean("supervision_only"));
      default -> throw new IllegalStateException("unknown domain " + rs.getString("domain"));
    };
  }
}
