package kz.jol.reintegration.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.jol.register.CaseId;
import kz.jol.reintegration.domain.ActionStatus;
import kz.jol.reintegration.domain.Domain;
import kz.jol.reintegration.domain.Plan;
import kz.jol.reintegration.domain.PlanAction;
import kz.jol.reintegration.domain.PlanState;
import kz.jol.reintegration.domain.PlanStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plans, their actions and the history of their states. */
@Repository
class PlanRepository {

  private final JdbcClient jdbc;

  PlanRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Plan> findByCase(UUID caseId) {
    return jdbc.sql("select * from reintegration_plan where case_id = :caseId")
        .param("caseId", caseId)
        .query((rs, n) -> new Plan(rs.getObject("id", UUID.class), new CaseId(caseId),
            PlanState.valueOf(rs.getString("state")),
            rs.getObject("first_approved_on", LocalDate.class), List.of(),
            rs.getLong("version")))
        .optional()
        .map(p -> new Plan(p.id(), p.caseId(), p.state(), p.firstApprovedOn(), actions(p.id()),
            p.version()));
  }

  /** The plan status of one case: approved since when, or not. */
  PlanStatus status(UUID caseId) {
    return statuses(List.of(caseId)).getOrDefault(caseId, PlanStatus.notApproved());
  }

  /** The plan status of each of these cases that was ever approved; others are absent. */
  Map<UUID, PlanStatus> statuses(Collection<UUID> caseIds) {
    Map<UUID, PlanStatus> statuses = new HashMap<>();
    if (caseIds.isEmpty()) {
      return statuses;
    }
    jdbc.sql("""
            select case_id, first_approved_on from reintegration_plan
            where case_id = any(:ids) and first_approved_on is not null""")
        .param("ids", caseIds.toArray(UUID[]::new))
        .query((rs, n) -> statuses.put(rs.getObject("case_id", UUID.class),
            PlanStatus.approvedOn(rs.getObject("first_approved_on", LocalDate.class))))
        .list();
    return statuses;
  }

  /** The state of each of these cases' plans; cases with no plan are absent. */
  Map<UUID, PlanState> states(Collection<UUID> caseIds) {
    Map<UUID, PlanState> states = new HashMap<>();
    if (caseIds.isEmpty()) {
      return states;
    }
    jdbc.sql("select case_id, state from reintegration_plan where case_id = any(:ids)")
        .param("ids", caseIds.toArray(UUID[]::new))
        .query((rs, n) -> states.put(rs.getObject("case_id", UUID.class),
            PlanState.valueOf(rs.getString("state"))))
        .list();
    return states;
  }

  /** Inserts a new draft; false when the case has a plan already. */
  boolean insertDraft(UUID planId, UUID caseId, UUID by, Instant at) {
    return jdbc.sql("""
            insert into reintegration_plan (id, case_id, state, created_by, created_at,
                updated_at)
            values (:id, :caseId, 'DRAFT', :by, :at, :at)
            on conflict (case_id) do nothing""")
        .param("id", planId).param("caseId", caseId).param("by", by)
        .param("at", Timestamp.from(at))
        .update() == 1;
  }

  /** Writes the plan's state if its version is still the one read; false when stale. */
  boolean update(Plan plan, Instant at) {
    return jdbc.sql("""
            update reintegration_plan
            set state = :state, first_approved_on = :approved, updated_at = :at,
                version = version + 1
            where id = :id and version = :version""")
        .param("state", plan.state().name()).param("approved", plan.firstApprovedOn())
        .param("at", Timestamp.from(at)).param("id", plan.id())
        .param("version", plan.version())
        .update() == 1;
  }

  /** Bumps the plan's version when it is still the one read: actions changed. */
  boolean touch(UUID planId, long version, Instant at) {
    return jdbc.sql("""
            update reintegration_plan set updated_at = :at, version = version + 1
            where id = :id and version = :version""")
        .param("at", Timestamp.from(at)).param("id", planId).param("version", version)
        .update() == 1;
  }

  void insertTransition(UUID planId, PlanState from, PlanState to, LocalDate on, String note,
      UUID by, Instant at) {
    jdbc.sql("""
            insert into plan_transition (plan_id, from_state, to_state, on_day, note, by_user, at)
            values (:plan, :from, :to, :on, :note, :by, :at)""")
        .param("plan", planId).param("from", from == null ? null : from.name())
        .param("to", to.name()).param("on", on).param("note", note).param("by", by)
        .param("at", Timestamp.from(at))
        .update();
  }

  void insertAction(UUID planId, PlanAction a, UUID by, Instant at) {
    jdbc.sql("""
            insert into plan_action (id, plan_id, position, domain, goal, action,
                responsible_organisation_id, due_on, status, updated_by, updated_at)
            values (:id, :plan,
                (select coalesce(max(position), 0) + 1 from plan_action where plan_id = :plan),
                :domain, :goal, :action, :org, :due, 'OPEN', :by, :at)""")
        .param("id", a.id()).param("plan", planId).param("domain", a.domain().name())
        .param("goal", a.goal()).param("action", a.action())
        .param("org", a.responsibleOrganisationId()).param("due", a.dueOn())
        .param("by", by).param("at", Timestamp.from(at))
        .update();
  }

  void updateAction(PlanAction a, UUID by, Instant at) {
    jdbc.sql("""
            update plan_action
            set domain = :domain, goal = :goal, action = :action,
                responsible_organisation_id = :org, due_on = :due, status = :status,
                outcome = :outcome, closed_on = :closedOn, updated_by = :by, updated_at = :at
            where id = :id""")
        .param("domain", a.domain().name()).param("goal", a.goal())
        .param("action", a.action()).param("org", a.responsibleOrganisationId())
        .param("due", a.dueOn()).param("status", a.status().name())
        .param("outcome", a.outcome()).param("closedOn", a.closedOn())
        .param("by", by).param("at", Timestamp.from(at)).param("id", a.id())
        .update();
  }

  /** A state change of a plan, as its history shows it. */
  record Transition(PlanState from, PlanState to, LocalDate on, String note, UUID by,
      Instant at) {}

  List<Transition> transitions(UUID planId) {
    return jdbc.sql("select * from plan_transition where plan_id = :plan order by id")
        .param("plan", planId)
        .query((rs, n) -> new Transition(
            rs.getString("from_state") == null ? null
                : PlanState.valueOf(rs.getString("from_state")),
            PlanState.valueOf(rs.getString("to_state")),
            rs.getObject("on_day", LocalDate.class), rs.getString("note"),
            rs.getObject("by_user", UUID.class), rs.getTimestamp("at").toInstant()))
        .list();
  }

  private List<PlanAction> actions(UUID planId) {
    return jdbc.sql("select * from plan_action where plan_id = :plan order by position")
        .param("plan", planId)
        .query((rs, n) -> new PlanAction(rs.getObject("id", UUID.class),
            Domain.valueOf(rs.getString("domain")), rs.getString("goal"),
            rs.getString("action"), rs.getObject("responsible_organisation_id", UUID.class),
            rs.getObject("due_on", LocalDate.class),
            ActionStatus.valueOf(rs.getString("status")), rs.getString("outcome"),
            rs.getObject("closed_on", LocalDate.class)))
        .list();
  }
}
