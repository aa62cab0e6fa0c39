package kz.jol.routing.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.jol.organisation.OrganisationType;
import kz.jol.reintegration.domain.Domain;
import kz.jol.routing.domain.Escalation;
import kz.jol.routing.domain.EscalationLadder;
import kz.jol.routing.domain.LadderStep;
import kz.jol.routing.domain.Reach;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Escalations, their history, and the versions of the escalation ladder. */
@Repository
class EscalationRepository {

  private final JdbcClient jdbc;

  EscalationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // ---- The ladder

  int currentLadderVersion() {
    return jdbc.sql("select max(version) from escalation_ladder_version")
        .query(Integer.class).single();
  }

  record LadderInfo(int version, String createdBy, Instant createdAt, String note) {}

  Optional<LadderInfo> ladderInfo(int version) {
    return jdbc.sql("select * from escalation_ladder_version where version = :v")
        .param("v", version)
        .query(EscalationRepository::ladderInfo)
        .optional();
  }

  /** Every version of the ladder, newest first. */
  List<LadderInfo> ladderVersions() {
    return jdbc.sql("select * from escalation_ladder_version order by version desc")
        .query(EscalationRepository::ladderInfo)
        .list();
  }

  private static LadderInfo ladderInfo(java.sql.ResultSet rs, int row)
      throws java.sql.SQLException {
    return new LadderInfo(rs.getInt("version"), rs.getString("created_by"),
        rs.getTimestamp("created_at").toInstant(), rs.getString("note"));
  }

  EscalationLadder ladder(int version) {
    return new EscalationLadder(version, jdbc.sql("""
            select * from escalation_ladder_step where version = :v order by level""")
        .param("v", version)
        .query((rs, n) -> new LadderStep(rs.getInt("level"), Reach.valueOf(rs.getString("reach")),
            OrganisationType.valueOf(rs.getString("organisation_type")),
            rs.getInt("answer_hours")))
        .list());
  }

  /** Writes the next version; false when another admin wrote it first. */
  boolean insertLadder(int version, String by, Instant at, String note, List<LadderStep> steps) {
    int inserted = jdbc.sql("""
            insert into escalation_ladder_version (version, created_by, created_at, note)
            values (:v, :by, :at, :note) on conflict do nothing""")
        .param("v", version).param("by", by).param("at", Timestamp.from(at))
        .param("note", note).update();
    if (inserted == 0) {
      return false;
    }
    for (LadderStep s : steps) {
      jdbc.sql("""
              insert into escalation_ladder_step (version, level, reach, organisation_type,
                  answer_hours)
              values (:v, :level, :reach, :type, :hours)""")
          .param("v", version).param("level", s.level()).param("reach", s.reach().name())
          .param("type", s.organisationType().name()).param("hours", s.answerHours())
          .update();
    }
    return true;
  }

  // ---- The sweep

  /**
   * An open referral past its deadline, with its highest escalation if it has one.
   *
   * @param lastLevel 0 when it has no escalation yet
   */
  record Candidate(UUID referralId, UUID caseId, UUID organisationId, Instant dueAt,
      int lastLevel, UUID lastId, Escalation.State lastState, Instant lastDeadline) {

    EscalationLadder.Last last() {
      return lastLevel == 0 ? null
          : new EscalationLadder.Last(lastLevel, lastState, lastDeadline);
    }
  }

  /** Where a page of the sweep ended: referrals are read in (due_at, id) order. */
  record Cursor(Instant dueAt, UUID id) {}

  /**
   * The next page of open referrals due before {@code now} that have no escalation, or whose
   * highest escalation is live, below {@code topLevel} and past its own deadline: the breaches
   * the ladder's rule then decides on. One query on the partial index of open referrals' due
   * moments.
   */
  List<Candidate> breaches(Instant now, int topLevel, Cursor after, int limit) {
    return jdbc.sql("""
            select r.id, r.case_id, r.organisation_id, r.due_at,
                   coalesce(e.level, 0) as last_level, e.id as last_id, e.state as last_state,
                   coalesce(e.new_deadline, e.answer_by) as last_deadline
            from referral r
            left join lateral (
                select x.id, x.level, x.state, x.new_deadline, x.answer_by from escalation x
                where x.referral_id = r.id order by x.level desc limit 1) e on true
            where r.state in ('SENT', 'ACCEPTED', 'IN_PROGRESS') and r.due_at < :now
              and (cast(:afterDue as timestamptz) is null
                   or (r.due_at, r.id) > (cast(:afterDue as timestamptz), cast(:afterId as uuid)))
              and (e.id is null
                   or (e.state in ('OPEN', 'ANSWERED') and e.level < :top
                       and coalesce(e.new_deadline, e.answer_by) < :now))
            order by r.due_at, r.id
            limit :limit""")
        .param("now", Timestamp.from(now)).param("top", topLevel)
        .param("afterDue", after == null ? null : Timestamp.from(after.dueAt()))
        .param("afterId", after == null ? null : after.id())
        .param("limit", limit)
        .query((rs, n) -> new Candidate(rs.getObject("id", UUID.class),
            rs.getObject("case_id", UUID.class), rs.getObject("organisation_id", UUID.class),
            rs.getTimestamp("due_at").toInstant(), rs.getInt("last_level"),
            rs.getObject("last_id", UUID.class),
            rs.getString("last_state") == null ? null
                : Escalation.State.valueOf(rs.getString("last_state")),
            rs.getTimestamp("last_deadline") == null ? null
                : rs.getTimestamp("last_deadline").toInstant()))
        .list();
  }

  /**
   * Inserts a page of new escalations in one statement; returns the ids of those inserted. One
   * whose referral has an escalation at its level already (another sweep opened it first) is
   * left out.
   */
  Set<UUID> insertAll(List<Escalation> page) {
    if (page.isEmpty()) {
      return Set.of();
    }
    int n = page.size();
    UUID[] ids = new UUID[n];
    UUID[] referrals = new UUID[n];
    UUID[] cases = new UUID[n];
    Integer[] levels = new Integer[n];
    Integer[] ladders = new Integer[n];
    UUID[] breached = new UUID[n];
    UUID[] addressees = new UUID[n];
    UUID[] officers = new UUID[n];
    String[] territories = new String[n];
    String[] missed = new String[n];
    String[] opened = new String[n];
    String[] answerBy = new String[n];
    for (int i = 0; i < n; i++) {
      Escalation e = page.get(i);
      ids[i] = e.id();
      referrals[i] = e.referralId();
      cases[i] = e.caseId();
      levels[i] = e.level();
      ladders[i] = e.ladderVersion();
      breached[i] = e.breachedOrganisationId();
      addressees[i] = e.addresseeOrganisationId();
      officers[i] = e.officerId();
      territories[i] = e.caseTerritoryCode();
      missed[i] = e.missedDeadline().toString();
      opened[i] = e.openedAt().toString();
      answerBy[i] = e.answerBy().toString();
    }
    return Set.copyOf(jdbc.sql("""
            insert into escalation (id, referral_id, case_id, level, ladder_version,
                breached_organisation_id, addressee_organisation_id, officer_id,
                case_territory_code, missed_deadline, opened_at, answer_by, state, state_at)
            select id, referral_id, case_id, level, ladder_version, breached, addressee,
                   officer, territory, missed, opened, answer_by, 'OPEN', opened
            from unnest(cast(:ids as uuid[]), cast(:referrals as uuid[]),
                        cast(:cases as uuid[]), cast(:levels as int[]),
                        cast(:ladders as int[]), cast(:breached as uuid[]),
                        cast(:addressees as uuid[]), cast(:officers as uuid[]),
                        cast(:territories as varchar[]), cast(:missed as timestamptz[]),
                        cast(:opened as timestamptz[]), cast(:answerBy as timestamptz[]))
                 as t(id, referral_id, case_id, level, ladder_version, breached, addressee,
                      officer, territory, missed, opened, answer_by)
            on conflict (referral_id, level) do nothing
            returning id""")
        .param("ids", ids).param("referrals", referrals).param("cases", cases)
        .param("levels", levels).param("ladders", ladders).param("breached", breached)
        .param("addressees", addressees).param("officers", officers)
        .param("territories", territories).param("missed", missed).param("opened", opened)
        .param("answerBy", answerBy)
        .query(UUID.class).list());
  }

  /**
   * Moves the live ones of these escalations to a final state in one statement; returns the ids
   * moved, each with the state it left.
   */
  Map<UUID, Escalation.State> finishAll(Collection<UUID> ids, Escalation.State to, Instant at) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<UUID, Escalation.State> left = new HashMap<>();
    jdbc.sql("""
            update escalation e set state = :to, state_at = :at, version = e.version + 1
            from escalation before
            where e.id = any(:ids) and before.id = e.id and e.state in ('OPEN', 'ANSWERED')
            returning e.id, before.state""")
        .param("to", to.name()).param("at", Timestamp.from(at))
        .param("ids", ids.toArray(UUID[]::new))
        .query((rs, n) -> left.put(rs.getObject(1, UUID.class),
            Escalation.State.valueOf(rs.getString(2))))
        .list();
    return left;
  }

  /** Writes a page of history rows in one statement. */
  void insertEvents(List<UUID> escalationIds, List<Escalation.State> from, Escalation.State to,
      Instant at, List<String> notes) {
    if (escalationIds.isEmpty()) {
      return;
    }
    jdbc.sql("""
            insert into escalation_event (escalation_id, from_state, to_state, at, note)
            select id, from_state, :to, :at, note
            from unnest(cast(:ids as uuid[]), cast(:from as text[]), cast(:notes as text[]))
                 as t(id, from_state, note)""")
        .param("ids", escalationIds.toArray(UUID[]::new))
        .param("from", from.stream().map(f -> f == null ? null : f.name())
            .toArray(String[]::new))
        .param("to", to.name()).param("at", Timestamp.from(at))
        .param("notes", notes.toArray(String[]::new))
        .update();
  }

  /** Moves a live escalation to a final state; false when it was no longer live. */
  boolean finish(UUID id, Escalation.State to, Instant at) {
    return jdbc.sql("""
            update escalation set state = :to, state_at = :at, version = version + 1
            where id = :id and state in ('OPEN', 'ANSWERED')""")
        .param("to", to.name()).param("at", Timestamp.from(at)).param("id", id)
        .update() == 1;
  }

  /** The live escalations of referrals that are no longer open, up to a limit. */
  List<Live> liveOfFinishedReferrals(int limit) {
    return jdbc.sql("""
            select e.id, e.state from escalation e join referral r on r.id = e.referral_id
            where e.state in ('OPEN', 'ANSWERED')
              and r.state not in ('SENT', 'ACCEPTED', 'IN_PROGRESS')
            limit :limit""")
        .param("limit", limit)
        .query((rs, n) -> new Live(rs.getObject("id", UUID.class),
            Escalation.State.valueOf(rs.getString("state"))))
        .list();
  }

  record Live(UUID id, Escalation.State state) {}

  List<Live> liveOf(UUID referralId) {
    return jdbc.sql("""
            select id, state from escalation
            where referral_id = :id and state in ('OPEN', 'ANSWERED')""")
        .param("id", referralId)
        .query((rs, n) -> new Live(rs.getObject("id", UUID.class),
            Escalation.State.valueOf(rs.getString("state"))))
        .list();
  }

  /** Writes the head's answer if the escalation is still open at the version read. */
  boolean answer(Escalation e) {
    return jdbc.sql("""
            update escalation set state = 'ANSWERED', state_at = :at, reason = :reason,
                measures = :measures, new_deadline = :deadline, answered_by = :by,
                answered_at = :at, version = version + 1
            where id = :id and state = 'OPEN' and version = :version""")
        .param("at", Timestamp.from(e.answeredAt())).param("reason", e.reason())
        .param("measures", e.measures()).param("deadline", Timestamp.from(e.newDeadline()))
        .param("by", e.answeredBy()).param("id", e.id()).param("version", e.version())
        .update() == 1;
  }

  void insertEvent(UUID escalationId, Escalation.State from, Escalation.State to, Instant at,
      UUID by, String note) {
    jdbc.sql("""
            insert into escalation_event (escalation_id, from_state, to_state, at, by_user, note)
            values (:id, :from, :to, :at, :by, :note)""")
        .param("id", escalationId).param("from", from == null ? null : from.name())
        .param("to", to.name()).param("at", Timestamp.from(at)).param("by", by)
        .param("note", note)
        .update();
  }

  record Event(Escalation.State from, Escalation.State to, Instant at, UUID by, String note) {}

  List<Event> events(UUID escalationId) {
    return jdbc.sql("select * from escalation_event where escalation_id = :id order by id")
        .param("id", escalationId)
        .query((rs, n) -> new Event(
            rs.getString("from_state") == null ? null
                : Escalation.State.valueOf(rs.getString("from_state")),
            Escalation.State.valueOf(rs.getString("to_state")),
            rs.getTimestamp("at").toInstant(), rs.getObject("by_user", UUID.class),
            rs.getString("note")))
        .list();
  }

  // ---- Reading

  /** An escalation with what it is about: the referral's domain, action and deadline. */
  record Row(Escalation escalation, Domain domain, String actionKk, String actionRu,
      String actionEn, Instant referralDueAt) {}

  private static final String SELECT = """
      select e.*, r.domain, r.action_kk, r.action_ru, r.action_en, r.due_at as referral_due_at
      from escalation e join referral r on r.id = e.referral_id
      """;

  Optional<Row> row(UUID id) {
    return jdbc.sql(SELECT + " where e.id = :id").param("id", id)
        .query((rs, n) -> row(rs)).optional();
  }

  List<Row> ofReferral(UUID referralId) {
    return jdbc.sql(SELECT + " where e.referral_id = :id order by e.level")
        .param("id", referralId).query((rs, n) -> row(rs)).list();
  }

  /**
   * A filter of the list: addressed to (or breached by) one of these organisations, of cases in
   * these territories (null: every territory), or naming this officer. Null parts do not filter.
   */
  record Filter(UUID organisationId, Collection<String> territoryCodes, boolean everywhere,
      UUID officerId, boolean liveOnly) {}

  List<Row> list(Filter f, int offset, int limit) {
    return jdbc.sql(SELECT + where(f)
            + " order by case when e.state in ('OPEN', 'ANSWERED') then 0 else 1 end,"
            + " e.opened_at desc, e.id offset :offset limit :limit")
        .params(params(f)).param("offset", offset).param("limit", limit)
        .query((rs, n) -> row(rs)).list();
  }

  long count(Filter f) {
    return jdbc.sql("select count(*) from escalation e" + where(f))
        .params(params(f)).query(Long.class).single();
  }

  private static String where(Filter f) {
    StringBuilder sql = new StringBuilder(" where true");
    if (f.organisationId() != null) {
      sql.append(" and (e.addressee_organisation_id = :org or e.breached_organisation_id = :org)");
    }
    if (!f.everywhere() && f.territoryCodes() != null) {
      sql.append(" and e.case_territory_code = any(:codes)");
    }
    if (f.officerId() != null) {
      sql.append(" and e.officer_id = :officer");
    }
    if (f.liveOnly()) {
      sql.append(" and e.state in ('OPEN', 'ANSWERED')");
    }
    return sql.toString();
  }

  private static java.util.Map<String, Object> params(Filter f) {
    java.util.Map<String, Object> params = new java.util.HashMap<>();
    params.put("org", f.organisationId());
    params.put("codes", f.territoryCodes() == null ? new String[0]
        : f.territoryCodes().toArray(String[]::new));
    params.put("officer", f.officerId());
    return params;
  }

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(escalation(rs), Domain.valueOf(rs.getString("domain")),
        rs.getString("action_kk"), rs.getString("action_ru"), rs.getString("action_en"),
        rs.getTimestamp("referral_due_at").toInstant());
  }

  private static Escalation escalation(ResultSet rs) throws SQLException {
    return new Escalation(rs.getObject("id", UUID.class),
        rs.getObject("referral_id", UUID.class), rs.getObject("case_id", UUID.class),
        rs.getInt("level"), rs.getInt("ladder_version"),
        rs.getObject("breached_organisation_id", UUID.class),
        rs.getObject("addressee_organisation_id", UUID.class),
        rs.getObject("officer_id", UUID.class), rs.getString("case_territory_code"),
        instant(rs, "missed_deadline"), instant(rs, "opened_at"), instant(rs, "answer_by"),
        Escalation.State.valueOf(rs.getString("state")), instant(rs, "state_at"),
        rs.getString("reason"), rs.getString("measures"), instant(rs, "new_deadline"),
        rs.getObject("answered_by", UUID.class), instant(rs, "answered_at"),
        rs.getLong("version"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
