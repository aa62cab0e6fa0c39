package kz.jol.routing.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.jol.reintegration.domain.Domain;
import kz.jol.reintegration.domain.RiskLevel;
import kz.jol.routing.domain.Priority;
import kz.jol.routing.domain.Referral;
import kz.jol.routing.domain.ReferralState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Referrals, their history and the automatic-routing triggers. */
@Repository
class ReferralRepository {

  private final JdbcClient jdbc;

  ReferralRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The action's name in the three languages, copied onto the referral. */
  record ActionNames(String kk, String ru, String en) {}

  /**
   * Inserts a new referral in state SENT; false when the case already has an open referral for
   * the same domain and action (the partial unique index says so, whoever came first).
   */
  boolean insert(Referral r, ActionNames names, RiskLevel level) {
    return jdbc.sql("""
            insert into referral (id, case_id, domain, action_code, action_kk, action_ru,
                action_en, organisation_id, priority, matrix_version, risk_level, created_by,
                created_at, due_at, target_at, note, state, state_at)
            values (:id, :caseId, :domain, :code, :kk, :ru, :en, :org, :priority, :matrix,
                :level, :createdBy, :createdAt, :dueAt, :targetAt, :note, 'SENT', :createdAt)
            on conflict do nothing""")
        .param("id", r.id()).param("caseId", r.caseId()).param("domain", r.domain().name())
        .param("code", r.actionCode()).param("kk", names.kk()).param("ru", names.ru())
        .param("en", names.en()).param("org", r.organisationId())
        .param("priority", r.priority().name()).param("matrix", r.matrixVersion())
        .param("level", level == null ? null : level.name())
        .param("createdBy", r.createdBy()).param("createdAt", Timestamp.from(r.createdAt()))
        .param("dueAt", Timestamp.from(r.dueAt()))
        .param("targetAt", r.targetAt() == null ? null : Timestamp.from(r.targetAt()))
        .param("note", r.note())
        .update() == 1;
  }

  /** The open referral of a case for a domain and action, if there is one. */
  Optional<UUID> openReferral(UUID caseId, Domain domain, String actionCode) {
    return jdbc.sql("""
            select id from referral
            where case_id = :caseId and domain = :domain and action_code = :code
              and state in ('SENT', 'ACCEPTED', 'IN_PROGRESS')""")
        .param("caseId", caseId).param("domain", domain.name()).param("code", actionCode)
        .query(UUID.class).optional();
  }

  Optional<Referral> find(UUID id) {
    return jdbc.sql("select * from referral where id = :id").param("id", id)
        .query((rs, n) -> referral(rs)).optional();
  }

  /** Writes the referral's state if its version is still the one read; false when stale. */
  boolean update(Referral r, UUID confirmedBy) {
    return jdbc.sql("""
            update referral set state = :state, state_at = :stateAt, outcome = :outcome,
                evidence = :evidence, confirmed_at = :confirmedAt,
                confirmed_by = coalesce(:confirmedBy, confirmed_by), version = version + 1
            where id = :id and version = :version""")
        .param("state", r.state().name()).param("stateAt", Timestamp.from(r.stateAt()))
        .param("outcome", r.outcome()).param("evidence", r.evidence())
        .param("confirmedAt", r.confirmedAt() == null ? null : Timestamp.from(r.confirmedAt()))
        .param("confirmedBy", confirmedBy)
        .param("id", r.id()).param("version", r.version())
        .update() == 1;
  }

  void insertEvent(UUID referralId, ReferralState from, ReferralState to, Instant at, UUID by,
      String note) {
    jdbc.sql("""
            insert into referral_event (referral_id, from_state, to_state, at, by_user, note)
            values (:id, :from, :to, :at, :by, :note)""")
        .param("id", referralId).param("from", from == null ? null : from.name())
        .param("to", to.name()).param("at", Timestamp.from(at)).param("by", by)
        .param("note", note)
        .update();
  }

  /** A change of a referral's state as its history shows it. */
  record Event(ReferralState from, ReferralState to, Instant at, UUID by, String note) {}

  List<Event> events(UUID referralId) {
    return jdbc.sql("select * from referral_event where referral_id = :id order by id")
        .param("id", referralId)
        .query((rs, n) -> new Event(
            rs.getString("from_state") == null ? null
                : ReferralState.valueOf(rs.getString("from_state")),
            ReferralState.valueOf(rs.getString("to_state")), rs.getTimestamp("at").toInstant(),
            rs.getObject("by_user", UUID.class), rs.getString("note")))
        .list();
  }

  /** A referral with the action's names, as lists show it. */
  record Row(Referral referral, ActionNames names, RiskLevel level) {}

  Optional<Row> row(UUID id) {
    return jdbc.sql("select * from referral where id = :id").param("id", id)
        .query((rs, n) -> row(rs)).optional();
  }

  List<Row> ofCase(UUID caseId) {
    return jdbc.sql("select * from referral where case_id = :id order by created_at desc, id")
        .param("id", caseId).query((rs, n) -> row(rs)).list();
  }

  /**
   * An organisation's referrals in these states, the most urgent and the earliest due first.
   */
  List<Row> inbox(UUID organisationId, Collection<ReferralState> states, int offset, int limit,
      UUID[] caseIds) {
    return jdbc.sql("""
            select * from referral
            where organisation_id = :org and state = any(:states)
              and (cast(:cases as uuid[]) is null or case_id = any(:cases))
            order by case priority when 'URGENT' then 0 when 'HIGH' then 1 else 2 end,
                due_at, id
            offset :offset limit :limit""")
        .param("org", organisationId)
        .param("states", states.stream().map(Enum::name).toArray(String[]::new))
        .param("offset", offset).param("limit", limit)
        .param("cases", caseIds)
        .query((rs, n) -> row(rs)).list();
  }

  /** A referral with the position of its latest change in the partner feed. */
  record Change(long position, Row row) {}

  /**
   * An organisation's referrals whose latest history entry up to {@code settled} lies after
   * {@code after}, in the order of that entry.
   */
  List<Change> changes(UUID organisationId, long after, Instant settled, int limit) {
    return jdbc.sql("""
            select r.*, f.position
              from (select e.referral_id, max(e.id) as position
                      from referral_event e
                      join referral x on x.id = e.referral_id
                     where x.organisation_id = :org and e.id > :after and e.at <= :settled
                     group by e.referral_id) f
              join referral r on r.id = f.referral_id
             order by f.position
             limit :limit""")
        .param("org", organisationId).param("after", after)
        .param("settled", Timestamp.from(settled)).param("limit", limit)
        .query((rs, n) -> new Change(rs.getLong("position"), row(rs))).list();
  }

  long countInbox(UUID organisationId, Collection<ReferralState> states, UUID[] caseIds) {
    return jdbc.sql("""
            select count(*) from referral
            where organisation_id = :org and state = any(:states)
              and (cast(:cases as uuid[]) is null or case_id = any(:cases))""")
        .param("org", organisationId)
        .param("cases", caseIds)
        .param("states", states.stream().map(Enum::name).toArray(String[]::new))
        .query(Long.class).single();
  }

  /**
   * Claims the automatic routing of one action for a domain's episode; true for the one caller
   * that inserted the trigger, which then routes it.
   */
  boolean claimTrigger(UUID caseId, Domain domain, String actionCode, LocalDate since,
      RiskLevel level, String targetType, Instant at) {
    return jdbc.sql("""
            insert into routing_trigger (case_id, domain, action_code, since, level,
                target_type, found_at)
            values (:caseId, :domain, :code, :since, :level, :type, :at)
            on conflict do nothing""")
        .param("caseId", caseId).param("domain", domain.name()).param("code", actionCode)
        .param("since", since).param("level", level.name()).param("type", targetType)
        .param("at", Timestamp.from(at))
        .update() == 1;
  }

  /** The triggers of these cases, routed or not, as "caseId/domain/action/since" keys. */
  Set<String> existingTriggers(Collection<UUID> caseIds) {
    if (caseIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(jdbc.sql("""
            select case_id || '/' || domain || '/' || action_code || '/' || since
            from routing_trigger where case_id = any(:ids)""")
        .param("ids", caseIds.toArray(UUID[]::new)).query(String.class).list());
  }

  void linkTrigger(UUID caseId, Domain domain, String actionCode, LocalDate since,
      UUID referralId) {
    jdbc.sql("""
            update routing_trigger set referral_id = :ref
            where case_id = :caseId and domain = :domain and action_code = :code
              and since = :since""")
        .param("ref", referralId).param("caseId", caseId).param("domain", domain.name())
        .param("code", actionCode).param("since", since)
        .update();
  }

  /** A trigger that found no organisation to route to. */
  record Gap(UUID caseId, Domain domain, String actionCode, LocalDate since, RiskLevel level,
      String targetType, Instant foundAt) {}

  /** Gaps of these cases, or of all cases when {@code caseIds} is null, oldest first. */
  List<Gap> gaps(Collection<UUID> caseIds, int limit) {
    return jdbc.sql("""
            select * from routing_trigger
            where referral_id is null and (cast(:all as boolean) or case_id = any(:ids))
            order by found_at limit :limit""")
        .param("all", caseIds == null)
        .param("ids", caseIds == null ? new UUID[0] : caseIds.toArray(UUID[]::new))
        .param("limit", limit)
        .query((rs, n) -> new Gap(rs.getObject("case_id", UUID.class),
            Domain.valueOf(rs.getString("domain")), rs.getString("action_code"),
            rs.getObject("since", LocalDate.class), RiskLevel.valueOf(rs.getString("level")),
            rs.getString("target_type"), rs.getTimestamp("found_at").toInstant()))
        .list();
  }

  private static Row row(ResultSet rs) throws SQLException {
    String level = rs.getString("risk_level");
    return new Row(referral(rs), new ActionNames(rs.getString("action_kk"),
        rs.getString("action_ru"), rs.getString("action_en")),
        level == null ? null : RiskLevel.valueOf(level));
  }

  private static Referral referral(ResultSet rs) throws SQLException {
    Timestamp target = rs.getTimestamp("target_at");
    Timestamp confirmed = rs.getTimestamp("confirmed_at");
    int matrix = rs.getInt("matrix_version");
    Integer matrixVersion = rs.wasNull() ? null : matrix;
    return new Referral(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
        Domain.valueOf(rs.getString("domain")), rs.getString("action_code"),
        rs.getObject("organisation_id", UUID.class), Priority.valueOf(rs.getString("priority")),
        matrixVersion, rs.getObject("created_by", UUID.class),
        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("due_at").toInstant(),
        target == null ? null : target.toInstant(), rs.getString("note"),
        ReferralState.valueOf(rs.getString("state")), rs.getTimestamp("state_at").toInstant(),
        rs.getString("outcome"), rs.getString("evidence"),
        confirmed == null ? null : confirmed.toInstant(), rs.getLong("version"));
  }
}
