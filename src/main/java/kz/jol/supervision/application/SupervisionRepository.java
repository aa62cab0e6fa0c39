package kz.jol.supervision.application;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.jol.supervision.DutyKind;
import kz.jol.supervision.domain.EventKind;
import kz.jol.supervision.domain.SupervisionEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The supervision history and the court's duties of cases. Events are only ever inserted. */
@Repository
class SupervisionRepository {

  private static final String EVENT_COLUMNS = """
      id, case_id, kind, day, code, excuse_reason, article, related_ids, check_in_id, note,
      recorded_by, recorded_at""";

  private final JdbcClient jdbc;

  SupervisionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Serialises the writes of one case's supervision until the transaction ends, so that two
   * users recording at once are checked against each other's events.
   */
  void lock(UUID caseId) {
    jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
        .param("key", "supervision:" + caseId).query().singleRow();
  }

  void insert(SupervisionEvent e) {
    jdbc.sql("""
            insert into supervision_event (id, case_id, kind, day, code, excuse_reason, article,
                related_ids, check_in_id, note, recorded_by, recorded_at)
            values (:id, :caseId, :kind, :day, :code, :reason, :article, :related, :checkIn,
                :note, :by, :at)""")
        .param("id", e.id()).param("caseId", e.caseId()).param("kind", e.kind().name())
        .param("day", e.day()).param("code", e.code()).param("reason", e.excuseReason())
        .param("article", e.article()).param("related", e.relatedIds().toArray(UUID[]::new))
        .param("checkIn", e.checkInId()).param("note", e.note()).param("by", e.recordedBy())
        .param("at", Timestamp.from(e.recordedAt()))
        .update();
  }

  /** A case's events, oldest day first (and in the order recorded within a day). */
  List<SupervisionEvent> events(UUID caseId) {
    return jdbc.sql("select " + EVENT_COLUMNS + " from supervision_event where case_id = :id "
            + "order by day, recorded_at")
        .param("id", caseId).query(SupervisionRepository::event).list();
  }

  /** The events of these cases, by case. */
  Map<UUID, List<SupervisionEvent>> events(Collection<UUID> caseIds) {
    Map<UUID, List<SupervisionEvent>> byCase = new HashMap<>();
    if (caseIds.isEmpty()) {
      return byCase;
    }
    jdbc.sql("select " + EVENT_COLUMNS + " from supervision_event where case_id = any(:ids) "
            + "order by day, recorded_at")
        .param("ids", caseIds.toArray(UUID[]::new)).query(SupervisionRepository::event).list()
        .forEach(e -> byCase.computeIfAbsent(e.caseId(), k -> new ArrayList<>()).add(e));
    return byCase;
  }

  /** The day of each case's last contact, for the cases that had one. */
  Map<UUID, LocalDate> lastContacts(Collection<UUID> caseIds) {
    Map<UUID, LocalDate> last = new HashMap<>();
    if (caseIds.isEmpty()) {
      return last;
    }
    jdbc.sql("""
            select case_id, max(day) as day from supervision_event
             where case_id = any(:ids)
               and ((kind = 'CHECK_IN' and code = 'ATTENDED')
                 or (kind = 'HOME_VISIT' and code = 'FOUND_AT_HOME'))
             group by case_id""")
        .param("ids", caseIds.toArray(UUID[]::new))
        .query((rs, n) -> last.put(rs.getObject("case_id", UUID.class),
            rs.getObject("day", LocalDate.class)))
        .list();
    return last;
  }

  private static SupervisionEvent event(ResultSet rs, int n) throws SQLException {
    return new SupervisionEvent(rs.getObject("id", UUID.class),
        rs.getObject("case_id", UUID.class), EventKind.valueOf(rs.getString("kind")),
        rs.getObject("day", LocalDate.class), rs.getString("code"),
        rs.getString("excuse_reason"), rs.getString("article"), uuids(rs.getArray("related_ids")),
        rs.getObject("check_in_id", UUID.class), rs.getString("note"),
        rs.getObject("recorded_by", UUID.class), rs.getTimestamp("recorded_at").toInstant());
  }

  private static List<UUID> uuids(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
  }

  /** Which of these ids are cases. */
  List<UUID> knownCases(Collection<UUID> caseIds) {
    return jdbc.sql("select case_id from register_case_facts where case_id = any(:ids)")
        .param("ids", caseIds.toArray(UUID[]::new)).query(UUID.class).list();
  }

  /** A duty the court imposed; in force until {@code endedOn} (null: still). */
  record Duty(UUID id, UUID caseId, DutyKind kind, String detail, LocalDate imposedOn,
      LocalDate endedOn) {}

  void insertDuty(Duty d, UUID by, java.time.Instant at) {
    jdbc.sql("""
            insert into supervision_duty (id, case_id, kind, detail, imposed_on, ended_on,
                recorded_by, recorded_at)
            values (:id, :caseId, :kind, :detail, :imposedOn, null, :by, :at)""")
        .param("id", d.id()).param("caseId", d.caseId()).param("kind", d.kind().name())
        .param("detail", d.detail()).param("imposedOn", d.imposedOn()).param("by", by)
        .param("at", Timestamp.from(at))
        .update();
  }

  /** Ends a duty in force; false when it had ended already. */
  boolean endDuty(UUID caseId, UUID dutyId, LocalDate on) {
    return jdbc.sql("""
            update supervision_duty set ended_on = :on
             where id = :id and case_id = :caseId and ended_on is null""")
        .param("id", dutyId).param("caseId", caseId).param("on", on).update() == 1;
  }

  Optional<Duty> duty(UUID caseId, UUID dutyId) {
    return jdbc.sql("select * from supervision_duty where id = :id and case_id = :caseId")
        .param("id", dutyId).param("caseId", caseId).query(SupervisionRepository::duty)
        .optional();
  }

  /** The duties of these cases, in force first, then by the day imposed. */
  Map<UUID, List<Duty>> duties(Collection<UUID> caseIds) {
    Map<UUID, List<Duty>> byCase = new HashMap<>();
    if (caseIds.isEmpty()) {
      return byCase;
    }
    jdbc.sql("""
            select * from supervision_duty where case_id = any(:ids)
             order by ended_on is not null, imposed_on, recorded_at""")
        .param("ids", caseIds.toArray(UUID[]::new)).query(SupervisionRepository::duty).list()
        .forEach(d -> byCase.computeIfAbsent(d.caseId(), k -> new ArrayList<>()).add(d));
    return byCase;
  }

  private static Duty duty(ResultSet rs, int n) throws SQLException {
    return new Duty(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
        DutyKind.valueOf(rs.getString("kind")), rs.getString("detail"),
        rs.getObject("imposed_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class));
  }
}
