package kz.jol.actionplan.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.jol.access.Role;
import kz.jol.actionplan.application.ActionPlanService.MeasureLine;
import kz.jol.actionplan.application.ActionPlanService.Slot;
import kz.jol.actionplan.application.PlanData.Plan;
import kz.jol.actionplan.domain.Timeliness;
import kz.jol.notification.NotificationKind;
import kz.jol.notification.NotificationMessage;
import kz.jol.notification.Notifications;
import kz.jol.notification.Recipient;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily reminder sweep: {@value #BEFORE_DAYS} days before a half-year report is due, the
 * executor's organisations are reminded of each report they still owe; the day after it, and
 * for {@value #AFTER_DAYS} days after, the organisations of an executor whose report is missing
 * are told it is late, and so are the lead's (who consolidates). Each reminder goes once:
 * {@code action_plan_reminder} keeps what was sent, whichever node or run sends it first (ShedLock
 * keeps one node at a time anyway). Reports missing for longer are left to the dashboard rather
 * than reminded about forever.
 */
@Service
public class ReportingSweep {

  static final int BEFORE_DAYS = 5;
  static final int AFTER_DAYS = 30;

  /** The roles that file reports for their organisation, and so are reminded. */
  static final List<Role> FILERS = List.of(Role.AGENCY_HEAD, Role.AGENCY_WORKER,
      Role.PROBATION_HEAD, Role.PROSECUTOR, Role.ANALYST);

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final Logger log = LoggerFactory.getLogger(ReportingSweep.class);

  private final ActionPlanRepository repository;
  private final ActionPlanService service;
  private final Notifications notifications;
  private final TransactionTemplate transaction;
  private final Clock clock;

  ReportingSweep(ActionPlanRepository repository, ActionPlanService service,
      Notifications notifications, TransactionTemplate transaction, Clock clock) {
    this.repository = repository;
    this.service = service;
    this.notifications = notifications;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** What one sweep did: reminders sent before the due day and after it. */
  public record Result(int before, int after) {}

  @Scheduled(cron = "${jol.actionplan.sweep-cron:0 0 9 * * *}",
      zone = "${jol.time-zone:Asia/Almaty}")
  @SchedulerLock(name = "actionplan-sweep", lockAtMostFor = "PT30M")
  public void scheduled() {
    Result result = sweep();
    if (result.before() + result.after() > 0) {
      log.info("Action-plan sweep: {} reminders before the due day, {} after", result.before(),
          result.after());
    }
  }

  /** Sweeps every plan as of today, each plan in its own transaction. */
  public Result sweep() {
    LocalDate today = LocalDate.now(clock);
    int before = 0;
    int after = 0;
    for (Plan plan : repository.plansReportingOn(today)) {
      Result r = transaction.execute(status -> sweep(plan, today));
      before += r.before();
      after += r.after();
    }
    return new Result(before, after);
  }

  private Result sweep(Plan plan, LocalDate today) {
    Map<UUID, List<UUID>> members = service.membersById(plan.id());
    int before = 0;
    int after = 0;
    for (MeasureLine line : service.lines(plan, today)) {
      UUID leadId = line.measure().lead().body().id();
      for (MeasureLine.PeriodSlots period : line.periods()) {
        LocalDate due = period.due();
        boolean soon = !today.isBefore(due.minusDays(BEFORE_DAYS)) && !today.isAfter(due);
        boolean late = today.isAfter(due) && !today.isAfter(due.plusDays(AFTER_DAYS));
        if (!soon && !late) {
          continue;
        }
        for (Slot slot : period.slots()) {
          Timeliness.Status status = slot.timeliness().status();
          UUID executorId = slot.executor().body().id();
          String link = "/action-plans/" + plan.id() + "/measures/" + line.measure().id();
          if (soon && status == Timeliness.Status.NOT_YET_DUE
              && repository.remind(line.measure().id(), executorId, slot.period(), "BEFORE",
                  clock.instant())) {
            notifyAll(members.getOrDefault(executorId, List.of()), NotificationMessage.of(
                NotificationKind.DEADLINE, "actionplan.reminder.before", link,
                String.valueOf(line.measure().number()), slot.period().key(), due.format(DAY)));
            before++;
          } else if (late && status == Timeliness.Status.MISSING
              && repository.remind(line.measure().id(), executorId, slot.period(), "AFTER",
                  clock.instant())) {
            Set<UUID> told = new LinkedHashSet<>(members.getOrDefault(executorId, List.of()));
            told.addAll(members.getOrDefault(leadId, List.of()));
            notifyAll(List.copyOf(told), NotificationMessage.of(NotificationKind.DEADLINE,
                "actionplan.reminder.after", link, String.valueOf(line.measure().number()),
                slot.period().key(), due.format(DAY), slot.executor().body().abbrevRu()));
            after++;
          }
        }
      }
    }
    return new Result(before, after);
  }

  private void notifyAll(List<UUID> organisations, NotificationMessage message) {
    for (UUID organisation : organisations) {
      for (Role role : FILERS) {
        notifications.notify(Recipient.everyone(role, organisation), message);
      }
    }
  }
}
