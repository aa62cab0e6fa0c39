package kz.jol.interaction.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.jol.interaction.application.CouncilData.Body;
import kz.jol.interaction.application.CouncilData.Change;
import kz.jol.interaction.application.CouncilData.Decision;
import kz.jol.interaction.application.CouncilData.Meeting;
import kz.jol.interaction.application.CouncilData.Member;
import kz.jol.interaction.application.CouncilData.StoredFile;
import kz.jol.interaction.domain.AdvisoryBodyKind;
import kz.jol.interaction.domain.AdvisoryBodyMemberRole;
import kz.jol.interaction.domain.DecisionState;
import kz.jol.interaction.domain.MeetingStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores advisory bodies, their members, meetings, decisions and decisions' changes. */
@Repository
class CouncilRepository {

  private final JdbcClient jdbc;

  CouncilRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // ---- bodies

  private static final String BODY = """
      select id, kind, territory_code, convening_organisation_id, name_kk, name_ru, name_en,
             active_from, active_to from advisory_body""";

  Optional<Body> body(UUID id) {
    return jdbc.sql(BODY + " where id = :id").param("id", id).query(CouncilRepository::body)
        .optional();
  }

  /** Bodies whose territory is one of the codes, by Russian name. */
  List<Body> bodiesIn(Collection<String> territoryCodes) {
    if (territoryCodes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(BODY + " where territory_code in (:codes) order by name_ru, id")
        .param("codes", territoryCodes).query(CouncilRepository::body).list();
  }

  List<Body> allBodies() {
    return jdbc.sql(BODY + " order by name_ru, id").query(CouncilRepository::body).list();
  }

  /**
   * Bodies an organisation takes part in: convenes, sits on, or answers for one of their
   * decisions.
   */
  List<Body> bodiesOf(UUID organisationId) {
    return jdbc.sql(BODY + """
             \swhere convening_organisation_id = :org
                or id in (select body_id from advisory_body_member where organisation_id = :org)
                or id in (select m.body_id from council_meeting m
                            join council_decision d on d.meeting_id = m.id
                            join council_decision_responsible r on r.decision_id = d.id
                           where r.organisation_id = :org)
             order by name_ru, id""")
        .param("org", organisationId).query(CouncilRepository::body).list();
  }

  void insert(Body b, UUID createdBy, Instant now) {
    jdbc.sql("""
            insert into advisory_body (id, kind, territory_code, convening_organisation_id,
                name_kk, name_ru, name_en, active_from, active_to, created_at, created_by)
            values (:id, :kind, :territory, :convener, :kk, :ru, :en, :from, :to, :now, :by)""")
        .param("id", b.id()).param("kind", b.kind().name()).param("territory", b.territoryCode())
        .param("convener", b.conveningOrganisationId()).param("kk", b.nameKk())
        .param("ru", b.nameRu()).param("en", b.nameEn()).param("from", b.activeFrom())
        .param("to", b.activeTo()).param("now", Timestamp.from(now)).param("by", createdBy)
        .update();
  }

  private static Body body(ResultSet rs, int n) throws SQLException {
    return new Body(rs.getObject("id", UUID.class), AdvisoryBodyKind.valueOf(rs.getString("kind")),
        rs.getString("territory_code"), rs.getObject("convening_organisation_id", UUID.class),
        rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en"),
        rs.getObject("active_from", LocalDate.class), rs.getObject("active_to", LocalDate.class));
  }

  // ---- members

  List<Member> members(UUID bodyId) {
    return jdbc.sql("""
            select id, body_id, organisation_id, full_name, position_title, affiliation, role,
                   ordinal from advisory_body_member where body_id = :b
             order by case role when 'CHAIR' then 0 when 'SECRETARY' then 1 else 2 end, ordinal""")
        .param("b", bodyId)
        .query((rs, n) -> new Member(rs.getObject("id", UUID.class),
            rs.getObject("body_id", UUID.class), rs.getObject("organisation_id", UUID.class),
            rs.getString("full_name"), rs.getString("position_title"),
            rs.getString("affiliation"), AdvisoryBodyMemberRole.valueOf(rs.getString("role")),
            rs.getInt("ordinal")))
        .list();
  }

  void insert(Member m) {
    jdbc.sql("""
            insert into advisory_body_member (id, body_id, organisation_id, full_name,
                position_title, affiliation, role, ordinal)
            values (:id, :body, :org, :name, :position, :affiliation, :role,
                    (select coalesce(max(ordinal), 0) + 1 from advisory_body_member
                      where body_id = :body))""")
        .param("id", m.id()).param("body", m.bodyId()).param("org", m.organisationId())
        .param("name", m.fullName()).param("position", m.position())
        .param("affiliation", m.affiliation()).param("role", m.role().name()).update();
  }

  // ---- meetings

  private static final String MEETING = """
      select id, body_id, meeting_on, place, status, minutes_number, minutes_on,
             minutes_file_name, minutes_content_type, minutes_size from council_meeting""";

  Optional<Meeting> meeting(UUID id) {
    return jdbc.sql(MEETING + " where id = :id").param("id", id).query((rs, n) -> meeting(rs)).optional();
  }

  /** A body's meetings, the latest first. */
  List<Meeting> meetings(UUID bodyId) {
    return jdbc.sql(MEETING + " where body_id = :b order by meeting_on desc, created_at desc")
        .param("b", bodyId).query((rs, n) -> meeting(rs)).list();
  }

  private Meeting meeting(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    List<String> agenda = jdbc.sql("select text from council_meeting_agenda_item"
        + " where meeting_id = :m order by ordinal").param("m", id).query(String.class).list();
    List<UUID> present = jdbc.sql("select member_id from council_meeting_attendance"
        + " where meeting_id = :m").param("m", id).query(UUID.class).list();
    return new Meeting(id, rs.getObject("body_id", UUID.class),
        rs.getObject("meeting_on", LocalDate.class), rs.getString("place"),
        MeetingStatus.valueOf(rs.getString("status")), rs.getString("minutes_number"),
        rs.getObject("minutes_on", LocalDate.class), rs.getString("minutes_file_name"),
        rs.getString("minutes_content_type"), rs.getObject("minutes_size", Integer.class),
        agenda, present);
  }

  void insert(Meeting m, UUID createdBy, Instant now) {
    jdbc.sql("""
            insert into council_meeting (id, body_id, meeting_on, place, status, minutes_number,
                minutes_on, created_at, created_by)
            values (:id, :body, :on, :place, :status, :number, :minutesOn, :now, :by)""")
        .param("id", m.id()).param("body", m.bodyId()).param("on", m.meetingOn())
        .param("place", m.place()).param("status", m.status().name())
        .param("number", m.minutesNumber()).param("minutesOn", m.minutesOn())
        .param("now", Timestamp.from(now)).param("by", createdBy).update();
    agenda(m.id(), m.agenda());
  }

  void agenda(UUID meetingId, List<String> items) {
    jdbc.sql("delete from council_meeting_agenda_item where meeting_id = :m")
        .param("m", meetingId).update();
    for (int i = 0; i < items.size(); i++) {
      jdbc.sql("insert into council_meeting_agenda_item (meeting_id, ordinal, text)"
              + " values (:m, :o, :t)")
          .param("m", meetingId).param("o", i + 1).param("t", items.get(i)).update();
    }
  }

  /** Marks a planned meeting held; false when it was held already. */
  boolean hold(UUID meetingId, LocalDate on, String minutesNumber, LocalDate minutesOn,
      List<UUID> present) {
    boolean changed = jdbc.sql("""
            update council_meeting set status = 'HELD', meeting_on = :on,
                   minutes_number = :number, minutes_on = :minutesOn
             where id = :id and status = 'PLANNED'""")
        .param("id", meetingId).param("on", on).param("number", minutesNumber)
        .param("minutesOn", minutesOn).update() == 1;
    if (changed) {
      for (UUID member : present) {
        jdbc.sql("insert into council_meeting_attendance (meeting_id, member_id)"
                + " values (:m, :member)")
            .param("m", meetingId).param("member", member).update();
      }
    }
    return changed;
  }

  void minutes(UUID meetingId, StoredFile file) {
    jdbc.sql("""
            update council_meeting set minutes_file = :bytes, minutes_file_name = :name,
                   minutes_content_type = :type, minutes_size = :size where id = :id""")
        .param("id", meetingId).param("bytes", file.bytes()).param("name", file.fileName())
        .param("type", file.contentType()).param("size", file.bytes().length).update();
  }

  Optional<StoredFile> minutesFile(UUID meetingId) {
    return jdbc.sql("""
            select minutes_file_name, minutes_content_type, minutes_file from council_meeting
             where id = :id and minutes_file is not null""")
        .param("id", meetingId)
        .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
        .optional();
  }

  // ---- decisions

  private static final String DECISION = """
      select d.id, d.meeting_id, m.body_id, m.meeting_on, d.number, d.text, d.due_on, d.state,
             d.closed_on, d.state_reason,
             array(select r.organisation_id from council_decision_responsible r
                    where r.decision_id = d.id order by r.ordinal) as responsible
        from council_decision d join council_meeting m on m.id = d.meeting_id""";

  Optional<Decision> decision(UUID id) {
    return jdbc.sql(DECISION + " where d.id = :id").param("id", id)
        .query(CouncilRepository::decision).optional();
  }

  /** A meeting's decisions in their numbers' order ("2.10" after "2.9"). */
  List<Decision> decisionsOfMeeting(UUID meetingId) {
    return jdbc.sql(DECISION + " where d.meeting_id = :m"
            + " order by string_to_array(d.number, '.')::int[]")
        .param("m", meetingId).query(CouncilRepository::decision).list();
  }

  /** The decisions of the bodies, by due day. */
  List<Decision> decisionsOfBodies(Collection<UUID> bodyIds) {
    if (bodyIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(DECISION + " where m.body_id in (:bodies)"
            + " order by d.due_on, m.meeting_on, string_to_array(d.number, '.')::int[]")
        .param("bodies", bodyIds).query(CouncilRepository::decision).list();
  }

  /** Open decisions due on or before the day: what the sweep looks at. */
  List<Decision> openDueBy(LocalDate day) {
    return jdbc.sql(DECISION + " where d.state in ('NOT_STARTED', 'IN_PROGRESS')"
            + " and d.due_on <= :day order by d.due_on")
        .param("day", day).query(CouncilRepository::decision).list();
  }

  boolean numberTaken(UUID meetingId, String number) {
    return jdbc.sql("select count(*) from council_decision where meeting_id = :m and number = :n")
        .param("m", meetingId).param("n", number).query(Integer.class).single() > 0;
  }

  void insert(Decision d, UUID createdBy, Instant now) {
    jdbc.sql("""
            insert into council_decision (id, meeting_id, number, text, due_on, state,
                created_at, created_by)
            values (:id, :meeting, :number, :text, :due, 'NOT_STARTED', :now, :by)""")
        .param("id", d.id()).param("meeting", d.meetingId()).param("number", d.number())
        .param("text", d.text()).param("due", d.dueOn()).param("now", Timestamp.from(now))
        .param("by", createdBy).update();
    for (int i = 0; i < d.responsible().size(); i++) {
      jdbc.sql("insert into council_decision_responsible (decision_id, organisation_id, ordinal)"
              + " values (:d, :o, :i)")
          .param("d", d.id()).param("o", d.responsible().get(i)).param("i", i + 1).update();
    }
  }

  /** Moves the decision from the state read to the next; false when someone moved it since. */
  boolean move(UUID decisionId, DecisionState from, DecisionState to, LocalDate closedOn,
      String reason) {
    return jdbc.sql("""
            update council_decision set state = :to, closed_on = :closed,
                   state_reason = coalesce(:reason, state_reason)
             where id = :id and state = :from""")
        .param("id", decisionId).param("from", from.name()).param("to", to.name())
        .param("closed", closedOn).param("reason", reason).update() == 1;
  }

  void insert(Change c, UUID changedBy, StoredFile file) {
    jdbc.sql("""
            insert into council_decision_change (id, decision_id, from_state, to_state,
                effective_on, evidence, reason, file, file_name, content_type, changed_at,
                changed_by, organisation_id)
            values (:id, :decision, :from, :to, :on, :evidence, :reason, :file, :name, :type,
                    :at, :by, :org)""")
        .param("id", c.id()).param("decision", c.decisionId()).param("from", c.from().name())
        .param("to", c.to().name()).param("on", c.effectiveOn()).param("evidence", c.evidence())
        .param("reason", c.reason()).param("file", file == null ? null : file.bytes())
        .param("name", file == null ? null : file.fileName())
        .param("type", file == null ? null : file.contentType())
        .param("at", Timestamp.from(c.changedAt())).param("by", changedBy)
        .param("org", c.organisationId()).update();
  }

  List<Change> changes(UUID decisionId) {
    return jdbc.sql("""
            select c.id, c.decision_id, c.from_state, c.to_state, c.effective_on, c.evidence,
                   c.reason, c.file_name, c.changed_at, u.full_name, c.organisation_id
              from council_decision_change c left join app_user u on u.id = c.changed_by
             where c.decision_id = :d order by c.changed_at, c.id""")
        .param("d", decisionId)
        .query((rs, n) -> new Change(rs.getObject("id", UUID.class),
            rs.getObject("decision_id", UUID.class),
            DecisionState.valueOf(rs.getString("from_state")),
            DecisionState.valueOf(rs.getString("to_state")),
            rs.getObject("effective_on", LocalDate.class), rs.getString("evidence"),
            rs.getString("reason"), rs.getString("file_name"),
            rs.getTimestamp("changed_at").toInstant(), rs.getString("full_name"),
            rs.getObject("organisation_id", UUID.class)))
        .list();
  }

  Optional<StoredFile> changeFile(UUID decisionId, UUID changeId) {
    return jdbc.sql("""
            select file_name, content_type, file from council_decision_change
             where id = :id and decision_id = :d and file is not null""")
        .param("id", changeId).param("d", decisionId)
        .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
        .optional();
  }

  /** Notes a reminder as sent; false when it had been sent already. */
  boolean remind(UUID decisionId, String kind, Instant now) {
    return jdbc.sql("""
            insert into council_decision_reminder (decision_id, kind, sent_at)
            values (:d, :k, :now) on conflict do nothing""")
        .param("d", decisionId).param("k", kind).param("now", Timestamp.from(now)).update() == 1;
  }

  // ---- figures

  /** Held meetings of the bodies with their day in the period, by body. */
  Map<UUID, Integer> meetingsHeld(Collection<UUID> bodyIds, LocalDate from, LocalDate to) {
    Map<UUID, Integer> counts = new HashMap<>();
    if (bodyIds.isEmpty()) {
      return counts;
    }
    jdbc.sql("""
            select body_id, count(*) from council_meeting
             where body_id in (:bodies) and status = 'HELD' and meeting_on between :from and :to
             group by body_id""")
        .param("bodies", bodyIds).param("from", from).param("to", to)
        .query((rs, n) -> counts.put(rs.getObject(1, UUID.class), rs.getInt(2))).list();
    return counts;
  }

  List<UUID> organisationsNamed(Collection<UUID> ids) {
    return ids.isEmpty() ? List.of() : new ArrayList<>(jdbc.sql(
            "select id from organisation where id in (:ids)").param("ids", ids)
        .query(UUID.class).list());
  }

  private static Decision decision(ResultSet rs, int n) throws SQLException {
    Object[] responsible = (Object[]) rs.getArray("responsible").getArray();
    List<UUID> orgs = new ArrayList<>();
    for (Object o : responsible) {
      orgs.add((UUID) o);
    }
    return new Decision(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
        rs.getObject("body_id", UUID.class), rs.getObject("meeting_on", LocalDate.class),
        rs.getString("number"), rs.getString("text"), rs.getObject("due_on", LocalDate.class),
        DecisionState.valueOf(rs.getString("state")), rs.getObject("closed_on", LocalDate.class),
        rs.getString("state_reason"), List.copyOf(orgs));
  }
}
