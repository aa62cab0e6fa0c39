package kz.jol.supervision.application;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.jol.supervision.domain.CheckInPlan;
import kz.jol.supervision.domain.CheckInPlan.Expected;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Check-in schedules, the check-ins they expect, and the "no contact" alerts. */
@Repository
class ScheduleRepository {

  private final JdbcClient jdbc;

  ScheduleRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A case's schedule as stored, with the version a change must name. */
  record Stored(UUID caseId, CheckInPlan plan, long version) {}

  Optional<Stored> find(UUID caseId) {
    return jdbc.sql("select * from check_in_schedule where case_id = :id").param("id", caseId)
        .query(ScheduleRepository::stored).optional();
  }

  /** Schedules with a case id greater than {@code after} (null: from the start), in id order. */
  List<Stored> after(UUID after, int limit) {
    return jdbc.sql("""
            select * from check_in_schedule
             where cast(:after as uuid) is null or case_id > :after
             order by case_id limit :limit""")
        .param("after", after).param("limit", limit).query(ScheduleRepository::stored).list();
  }

  /** The schedules of these cases. */
  java.util.Map<UUID, Stored> of(Collection<UUID> caseIds) {
    java.util.Map<UUID, Stored> found = new java.util.HashMap<>();
    if (caseIds.isEmpty()) {
      return found;
    }
    jdbc.sql("select * from check_in_schedule where case_id = any(:ids)")
        .param("ids", caseIds.toArray(UUID[]::new)).query(ScheduleRepository::stored).list()
        .forEach(s -> found.put(s.caseId(), s));
    return found;
  }

  /** Saves the schedule; false when its version moved since {@code version} was read. */
  boolean save(UUID caseId, CheckInPlan plan, Long version, UUID by, Instant at) {
    Integer[] days = plan.monthDays().toArray(Integer[]::new);
    if (version == null) {
      return jdbc.sql("""
              insert into check_in_schedule (case_id, pattern, interval_weeks, weekday,
                  month_days, starts_on, version, recorded_by, recorded_at)
              values (:id, :pattern, :weeks, :weekday, :days, :startsOn, 0, :by, :at)
              on conflict (case_id) do nothing""")
          .param("id", caseId).param("pattern", plan.pattern().name())
          .param("weeks", plan.intervalWeeks())
          .param("weekday", plan.weekday() == null ? null : plan.weekday().getValue())
          .param("days", days).param("startsOn", plan.startsOn()).param("by", by)
          .param("at", Timestamp.from(at)).update() == 1;
    }
    return jdbc.sql("""
            update check_in_schedule set pattern = :pattern, interval_weeks = :weeks,
                   weekday = :weekday, month_days = :days, starts_on = :startsOn,
                   version = version + 1, recorded_by = :by, recorded_at = :at
             where case_id = :id and version = :version""")
        .param("id", caseId).param("pattern", plan.pattern().name())
        .param("weeks", plan.intervalWeeks())
        .param("weekday", plan.weekday() == null ? null : plan.weekday().getValue())
        .param("days", days).param("startsOn", plan.startsOn()).param("by", by)
        .param("at", Timestamp.from(at)).param("version", version).update() == 1;
  }

  private static Stored stored(ResultSet rs, int n) throws SQLException {
    Integer weekday = (Integer) rs.getObject("weekday");
    Array days = rs.getArray("month_days");
    return new Stored(rs.getObject("case_id", UUID.class), new CheckInPlan(
        CheckInPlan.Pattern.valueOf(rs.getString("pattern")),
        (Integer) rs.getObject("interval_weeks"),
        weekday == null ? null : DayOfWeek.of(weekday),
        days == null ? List.of() : Arrays.asList((Integer[]) days.getArray()),
        rs.getObject("starts_on", LocalDate.class)), rs.getLong("version"));
  }

  /** Drops the check-ins expected from {@code from} on that have no result. */
  int dropExpectedFrom(UUID caseId, LocalDate from) {
    return jdbc.sql("""
            delete from expected_check_in
             where case_id = :id and due_on >= :from and state = 'EXPECTED'""")
        .param("id", caseId).param("from", from).update();
  }

  /** Adds the expected check-ins on these days; a day that has one already keeps it. */
  int expect(UUID caseId, Collection<LocalDate> days) {
    int added = 0;
    for (LocalDate day : days) {
      added += jdbc.sql("""
              insert into expected_check_in (id, case_id, due_on, state)
              values (:id, :caseId, :day, 'EXPECTED')
              on conflict (case_id, due_on) do nothing""")
          .param("id", UUID.randomUUID()).param("caseId", caseId).param("day", day).update();
    }
    return added;
  }

  /** A case's expected check-ins, by day. */
  List<Expected> expected(UUID caseId) {
    return jdbc.sql("select * from expected_check_in where case_id = :id order by due_on")
        .param("id", caseId).query(ScheduleRepository::expected).list();
  }

  Optional<Expected> expectedOn(UUID caseId, LocalDate day) {
    return jdbc.sql("select * from expected_check_in where case_id = :id and due_on = :day")
        .param("id", caseId).param("day", day).query(ScheduleRepository::expected).optional();
  }

  Optional<Expected> expectedById(UUID caseId, UUID id) {
    return jdbc.sql("select * from expected_check_in where case_id = :caseId and id = :id")
        .param("caseId", caseId).param("id", id).query(ScheduleRepository::expected).optional();
  }

  /** A check-in recorded on a day the schedule did not expect: kept with its result. */
  void insertAnswered(UUID caseId, LocalDate day, CheckInPlan.State state, UUID eventId) {
    jdbc.sql("""
            insert into expected_check_in (id, case_id, due_on, state, event_id)
            values (:id, :caseId, :day, :state, :event)""")
        .param("id", UUID.randomUUID()).param("caseId", caseId).param("day", day)
        .param("state", state.name()).param("event", eventId).update();
  }

  void answer(UUID id, CheckInPlan.State state, UUID eventId) {
    jdbc.sql("update expected_check_in set state = :state, event_id = :event where id = :id")
        .param("id", id).param("state", state.name()).param("event", eventId).update();
  }

  /**
   * Flags as missed every expected check-in whose day ended before {@code today} with no
   * result, and returns those this call flagged (a concurrent call flags each row once: the
   * second waits for the first's row lock and then finds the row no longer EXPECTED).
   */
  List<Expected> flagMissed(LocalDate today, Instant now, int limit) {
    return jdbc.sql("""
            update expected_check_in set state = 'FLAGGED_MISSED', flagged_at = :now
             where id in (select id from expected_check_in
                           where state = 'EXPECTED' and due_on < :today
                           order by due_on limit :limit for update skip locked)
               and state = 'EXPECTED'
            returning *""")
        .param("today", today).param("now", Timestamp.from(now)).param("limit", limit)
        .query(ScheduleRepository::expected).list();
  }

  /** The missed check-ins of these cases due on or after {@code from}, newest first. */
  List<Expected> missed(Collection<UUID> caseIds, LocalDate from) {
    if (caseIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
            select * from expected_check_in
             where case_id = any(:ids) and state in ('MISSED', 'FLAGGED_MISSED')
               and due_on >= :from
             order by due_on desc""")
        .param("ids", caseIds.toArray(UUID[]::new)).param("from", from)
        .query(ScheduleRepository::expected).list();
  }

  private static Expected expected(ResultSet rs, int n) throws SQLException {
    return new Expected(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
        rs.getObject("due_on", LocalDate.class),
        CheckInPlan.State.valueOf(rs.getString("state")), rs.getObject("event_id", UUID.class));
  }

  /** An alert that a case had no contact for {@code days} days since {@code sinceDay}. */
  record Alert(UUID id, UUID caseId, LocalDate sinceDay, LocalDate raisedOn, int days,
      LocalDate endedOn) {}

  /** Raises the alert of this stretch of silence; false when it was raised already. */
  boolean raise(Alert alert) {
    return jdbc.sql("""
            insert into no_contact_alert (id, case_id, since_day, raised_on, days)
            values (:id, :caseId, :since, :raised, :days)
            on conflict (case_id, since_day) do nothing""")
        .param("id", alert.id()).param("caseId", alert.caseId())
        .param("since", alert.sinceDay()).param("raised", alert.raisedOn())
        .param("days", alert.days()).update() == 1;
  }

  /** Ends the open alerts of a case: contact was made, or the case closed. */
  int endAlerts(UUID caseId, LocalDate on) {
    return jdbc.sql("""
            update no_contact_alert set ended_on = :on where case_id = :id and ended_on is null""")
        .param("id", caseId).param("on", on).update();
  }

  /** The open alerts of these cases, oldest silence first. */
  List<Alert> openAlerts(Collection<UUID> caseIds) {
    if (caseIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
            select * from no_contact_alert where case_id = any(:ids) and ended_on is null
             order by since_day""")
        .param("ids", caseIds.toArray(UUID[]::new)).query(ScheduleRepository::alert).list();
  }

  List<Alert> alerts(UUID caseId) {
    return jdbc.sql("select * from no_contact_alert where case_id = :id order by since_day")
        .param("id", caseId).query(ScheduleRepository::alert).list();
  }

  private static Alert alert(ResultSet rs, int n) throws SQLException {
    return new Alert(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
        rs.getObject("since_day", LocalDate.class), rs.getObject("raised_on", LocalDate.class),
        rs.getInt("days"), rs.getObject("ended_on", LocalDate.class));
  }
}
