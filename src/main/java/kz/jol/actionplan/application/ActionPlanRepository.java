package kz.jol.actionplan.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.jol.actionplan.application.PlanData.Assignment;
import kz.jol.actionplan.application.PlanData.ExecutorBody;
import kz.jol.actionplan.application.PlanData.MeasureItem;
import kz.jol.actionplan.application.PlanData.Plan;
import kz.jol.actionplan.application.PlanData.Report;
import kz.jol.actionplan.domain.Deadline;
import kz.jol.actionplan.domain.ExecutorRole;
import kz.jol.actionplan.domain.HalfYear;
import kz.jol.actionplan.domain.ReportState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plans, their executors and measures, the links to organisations, reports and reminders. */
@Repository
class ActionPlanRepository {

  private final JdbcClient jdbc;

  ActionPlanRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Plan> plans() {
    return jdbc.sql("select * from action_plan order by starts_on desc, code")
        .query(ActionPlanRepository::plan).list();
  }

  Optional<Plan> plan(UUID id) {
    return jdbc.sql("select * from action_plan where id = :id").param("id", id)
        .query(ActionPlanRepository::plan).optional();
  }

  Optional<Plan> planByCode(String code) {
    return jdbc.sql("select * from action_plan where code = :code").param("code", code)
        .query(ActionPlanRepository::plan).optional();
  }

  List<ExecutorBody> executors(UUID planId) {
    return jdbc.sql("select * from action_plan_executor where plan_id = :p order by code")
        .param("p", planId).query(ActionPlanRepository::executor).list();
  }

  /** The plan's measures in order, each with its executors in the plan's order. */
  List<MeasureItem> measures(UUID planId) {
    Map<UUID, ExecutorBody> bodies = new LinkedHashMap<>();
    executors(planId).forEach(e -> bodies.put(e.id(), e));
    Map<UUID, List<Assignment>> assignments = new LinkedHashMap<>();
    jdbc.sql("""
            select me.measure_id, me.executor_id, me.role, me.by_agreement
            from action_plan_measure_executor me
            join action_plan_measure m on m.id = me.measure_id
            where m.plan_id = :p order by me.measure_id, me.position""")
        .param("p", planId)
        .query((rs, n) -> {
          assignments.computeIfAbsent(rs.getObject("measure_id", UUID.class),
              k -> new ArrayList<>()).add(new Assignment(
                  bodies.get(rs.getObject("executor_id", UUID.class)),
                  ExecutorRole.valueOf(rs.getString("role")), rs.getBoolean("by_agreement")));
          return 0;
        }).list();
    return jdbc.sql("select * from action_plan_measure where plan_id = :p order by number")
        .param("p", planId)
        .query((rs, n) -> measure(rs, assignments.getOrDefault(
            rs.getObject("id", UUID.class), List.of()))).list();
  }

  /** The executors of the plan the organisation acts for. */
  Set<UUID> executorsOf(UUID planId, UUID organisationId) {
    if (organisationId == null) {
      return Set.of();
    }
    return Set.copyOf(jdbc.sql("""
            select e.id from action_plan_executor e
            join action_plan_executor_member m on m.executor_id = e.id
            where e.plan_id = :p and m.organisation_id = :o""")
        .param("p", planId).param("o", organisationId).query(UUID.class).list());
  }

  /** The organisations acting for each executor of the plan. */
  Map<UUID, List<UUID>> members(UUID planId) {
    Map<UUID, List<UUID>> members = new LinkedHashMap<>();
    jdbc.sql("""
            select m.executor_id, m.organisation_id from action_plan_executor_member m
            join action_plan_executor e on e.id = m.executor_id where e.plan_id = :p""")
        .param("p", planId)
        .query((rs, n) -> members.computeIfAbsent(rs.getObject("executor_id", UUID.class),
            k -> new ArrayList<>()).add(rs.getObject("organisation_id", UUID.class)))
        .list();
    return members;
  }

  void link(UUID executorId, UUID organisationId) {
    jdbc.sql("""
            insert into action_plan_executor_member (executor_id, organisation_id)
            values (:e, :o) on conflict do nothing""")
        .param("e", executorId).param("o", organisationId).update();
  }

  void unlinkAll(UUID executorId) {
    jdbc.sql("delete from action_plan_executor_member where executor_id = :e")
        .param("e", executorId).update();
  }

  boolean organisationExists(UUID id) {
    return jdbc.sql("select count(*) from organisation where id = :id").param("id", id)
        .query(Integer.class).single() > 0;
  }

  List<Report> reports(UUID planId) {
    return jdbc.sql("""
            select r.* from action_plan_report r join action_plan_measure m on m.id = r.measure_id
            where m.plan_id = :p order by r.period_year, r.period_half, r.filed_at""")
        .param("p", planId).query(ActionPlanRepository::report).list();
  }

  List<Report> reportsOfMeasure(UUID measureId) {
    return jdbc.sql("""
            select * from action_plan_report where measure_id = :m
            order by period_year, period_half, filed_at""")
        .param("m", measureId).query(ActionPlanRepository::report).list();
  }

  /** Inserts the report; false when the executor has one for the half-year already. */
  boolean insert(Report r, UUID filedBy) {
    return jdbc.sql("""
            insert into action_plan_report (id, measure_id, executor_id, period_year, period_half,
                kind, text, claimed_state, due_on, filed_on, filed_at, filed_by, organisation_id)
            values (:id, :m, :e, :y, :h, :kind, :text, :state, :due, :filedOn, :filedAt, :by,
                :org)
            on conflict do nothing""")
        .param("id", r.id()).param("m", r.measureId()).param("e", r.executorId())
        .param("y", r.period().year()).param("h", r.period().half())
        .param("kind", r.consolidated() ? "CONSOLIDATED" : "EXECUTOR").param("text", r.text())
        .param("state", r.claimed().name()).param("due", r.dueOn()).param("filedOn", r.filedOn())
        .param("filedAt", Timestamp.from(r.filedAt())).param("by", filedBy)
        .param("org", r.organisationId())
        .update() == 1;
  }

  /** Records a reminder; false when it was sent before (by this node or another). */
  boolean remind(UUID measureId, UUID executorId, HalfYear period, String kind, Instant at) {
    return jdbc.sql("""
            insert into action_plan_reminder (measure_id, executor_id, period_year, period_half,
                kind, sent_at) values (:m, :e, :y, :h, :kind, :at) on conflict do nothing""")
        .param("m", measureId).param("e", executorId).param("y", period.year())
        .param("h", period.half()).param("kind", kind).param("at", Timestamp.from(at))
        .update() == 1;
  }

  /** Plans with a report that may be due or late on the day: started, ended within a year. */
  List<Plan> plansReportingOn(LocalDate day) {
    return jdbc.sql("""
            select * from action_plan
            where starts_on <= :d and ends_on + interval '1 year' >= :d order by code""")
        .param("d", day).query(ActionPlanRepository::plan).list();
  }

  private static Plan plan(ResultSet rs, int n) throws SQLException {
    return new Plan(rs.getObject("id", UUID.class), rs.getString("code"),
        rs.getString("title_kk"), rs.getString("title_ru"), rs.getString("title_en"),
        rs.getString("approved_by_ru"), rs.getString("approved_by_kk"),
        rs.getString("amendment_note_ru"), rs.getString("amendment_note_kk"),
        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
        rs.getObject("final_report_due", LocalDate.class));
  }

  private static ExecutorBody executor(ResultSet rs, int n) throws SQLException {
    return new ExecutorBody(rs.getObject("id", UUID.class), rs.getString("code"),
        rs.getString("abbrev_kk"), rs.getString("abbrev_ru"), rs.getString("abbrev_en"),
        rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en"));
  }

  private static MeasureItem measure(ResultSet rs, List<Assignment> executors)
      throws SQLException {
    Deadline.Kind kind = Deadline.Kind.valueOf(rs.getString("deadline_kind"));
    int part = rs.getInt("deadline_part");
    int to = rs.getInt("deadline_to_year");
    Deadline deadline = new Deadline(kind, rs.getInt("deadline_year"), part, to);
    return new MeasureItem(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
        rs.getInt("number"), rs.getString("text_ru"), rs.getString("text_kk"),
        rs.getBoolean("text_kk_official"), rs.getString("completion_form_ru"),
        rs.getString("completion_form_kk"), deadline, rs.getString("deadline_text_ru"),
        rs.getString("cost_ru"), rs.getString("cost_kk"), rs.getString("amendment_note_ru"),
        List.copyOf(executors));
  }

  private static Report report(ResultSet rs, int n) throws SQLException {
    return new Report(rs.getObject("id", UUID.class), rs.getObject("measure_id", UUID.class),
        rs.getObject("executor_id", UUID.class),
        new HalfYear(rs.getInt("period_year"), rs.getInt("period_half")),
        "CONSOLIDATED".equals(rs.getString("kind")), rs.getString("text"),
        ReportState.valueOf(rs.getString("claimed_state")),
        rs.getObject("due_on", LocalDate.class), rs.getObject("filed_on", LocalDate.class),
        rs.getTimestamp("filed_at").toInstant(), rs.getObject("organisation_id", UUID.class));
  }
}
