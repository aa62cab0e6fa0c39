package kz.jol.reintegration.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.jol.register.CaseId;
import kz.jol.reintegration.domain.CaseTimeline;
import kz.jol.reintegration.domain.Domain;
import kz.jol.reintegration.domain.Milestone;
import kz.jol.reintegration.domain.MilestoneKind;
import kz.jol.reintegration.domain.Milestones;
import kz.jol.reintegration.domain.PlanStatus;
import kz.jol.reintegration.domain.RiskLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where each case of a caseload stands, for a list of many cases at once: the recorded risk
 * (as the last assessment or the hourly sweep left it in {@code domain_risk}), the integral
 * index from the latest scores, the plan and the milestones. A fixed handful of queries
 * whatever the number of cases, never one evaluation per case.
 *
 * <p>System reads with no actor, like {@link RecordedRisks}: the caller has read the cases
 * through the register, which decided that the actor reaches them.
 */
@Service
public class CaseloadStandings {

  private final JdbcClient jdbc;
  private final PlanRepository plans;
  private final ReintegrationService reintegration;

  CaseloadStandings(JdbcClient jdbc, PlanRepository plans, ReintegrationService reintegration) {
    this.jdbc = jdbc;
    this.plans = plans;
    this.reintegration = reintegration;
  }

  /** A case of the caseload: its id and registration date (day 0). */
  public record CaseDates(UUID caseId, LocalDate registeredOn) {}

  /**
   * Where a case stands on a day.
   *
   * @param risk the highest recorded risk of its domains; null when none is recorded yet
   * @param critical the domains recorded at R3
   * @param index the integral index 0–10 from the latest scores on or before the day
   * @param planDueOn the day the plan is (or was) due; null once a plan is approved
   * @param planApproved whether a plan was approved on or before the day
   * @param planOverdue whether the plan is overdue on the day ({@code PLAN_OVERDUE})
   * @param next the next milestone on or after the day, the plan's only while it is not
   *     approved; null after day 180
   * @param upcoming the milestones from the day through {@code days} days later, on the same
   *     terms
   */
  public record Standing(UUID caseId, RiskLevel risk, Set<Domain> critical, int index,
      LocalDate planDueOn, boolean planApproved, boolean planOverdue, Milestone next,
      List<Milestone> upcoming) {}

  /**
   * Where each of these cases stands as of {@code asOf}, with the milestones that fall due
   * through {@code days} days later; by case id.
   */
  @Transactional(readOnly = true)
  public Map<UUID, Standing> of(Collection<CaseDates> cases, LocalDate asOf, int days) {
    Map<UUID, Standing> standings = new HashMap<>();
    if (cases.isEmpty()) {
      return standings;
    }
    UUID[] ids = cases.stream().map(CaseDates::caseId).toArray(UUID[]::new);
    Map<UUID, RiskLevel> highest = new HashMap<>();
    Map<UUID, Set<Domain>> critical = new HashMap<>();
    jdbc.sql("select case_id, domain, risk from domain_risk where case_id = any(:ids)")
        .param("ids", ids)
        .query((rs, n) -> {
          UUID id = rs.getObject("case_id", UUID.class);
          RiskLevel level = RiskLevel.valueOf(rs.getString("risk"));
          highest.merge(id, level, RiskLevel::max);
          if (level == RiskLevel.R3) {
            critical.computeIfAbsent(id, x -> EnumSet.noneOf(Domain.class))
                .add(Domain.valueOf(rs.getString("domain")));
          }
          return id;
        })
        .list();
    // A domain never assessed scores 0; of two assessments on one day the later one counts.
    Map<UUID, Integer> indexes = new HashMap<>();
    jdbc.sql("""
            select case_id, sum(score) as index from (
                select distinct on (case_id, domain) case_id, score from domain_assessment
                 where case_id = any(:ids) and assessed_on <= :asOf
                 order by case_id, domain, assessed_on desc, id desc) latest
             group by case_id""")
        .param("ids", ids)
        .param("asOf", asOf)
        .query((rs, n) -> indexes.put(rs.getObject("case_id", UUID.class), rs.getInt("index")))
        .list();
    Map<UUID, PlanStatus> approved = plans.statuses(List.of(ids));
    // The plan's due date needs the working-day calendar; cases registered on one day share it.
    Map<LocalDate, LocalDate> planDue = new HashMap<>();
    LocalDate until = asOf.plusDays(days);
    for (CaseDates c : cases) {
      PlanStatus plan = approved.getOrDefault(c.caseId(), PlanStatus.notApproved());
      boolean planApproved = plan.isApprovedAsOf(asOf);
      // An approved plan is neither due nor overdue: its due date is not worth a calendar look-up.
      LocalDate dueOn = planApproved ? null : planDue.computeIfAbsent(c.registeredOn(),
          day -> reintegration.timeline(c.caseId(), day).planDueOn());
      CaseTimeline timeline = new CaseTimeline(new CaseId(c.caseId()),
          c.registeredOn(), dueOn == null ? c.registeredOn() : dueOn);
      List<Milestone> ahead = Milestones.of(timeline, asOf).stream()
          .filter(m -> !m.passed())
          .filter(m -> m.kind() != MilestoneKind.PLAN_DUE || !planApproved)
          .toList();
      standings.put(c.caseId(), new Standing(c.caseId(), highest.get(c.caseId()),
          Set.copyOf(Optional.ofNullable(critical.get(c.caseId())).orElse(Set.of())),
          indexes.getOrDefault(c.caseId(), 0), dueOn, planApproved,
          dueOn != null && plan.isOverdueAsOf(dueOn, asOf),
          ahead.isEmpty() ? null : ahead.getFirst(),
          ahead.stream().filter(m -> !m.date().isAfter(until)).toList()));
    }
    return standings;
  }
}
