package kz.jol.supervision.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.jol.register.CaseState;
import kz.jol.register.application.OpenCases;
import kz.jol.supervision.CheckInMissed;
import kz.jol.supervision.ContactLost;
import kz.jol.supervision.domain.CheckInPlan;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every hour: keeps each open case's expected check-ins filled to the horizon, flags as missed
 * every expected check-in whose day ended with no result ({@link CheckInMissed}), and raises a
 * "no contact in N days" alert ({@link ContactLost}, notified to the case's officer and the
 * probation heads over its territory) for each ACTIVE case with a schedule whose last contact
 * (or registration, when there was none) is N or more days ago. One node runs it at a time
 * (ShedLock); should two run anyway, a check-in is flagged by one update only and an alert is
 * keyed by its case and the day its silence began, so each is raised and notified once. Work
 * goes in pages of {@value #PAGE}, each in its own transaction with its events.
 */
@Service
public class SupervisionSweep {

  static final int PAGE = 500;
  private static final Logger log = LoggerFactory.getLogger(SupervisionSweep.class);

  private final OpenCases openCases;
  private final ScheduleRepository schedules;
  private final SupervisionRepository repository;
  private final ScheduleService scheduleService;
  private final SupervisionNotifications notifications;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final int noContactDays;

  SupervisionSweep(OpenCases openCases, ScheduleRepository schedules,
      SupervisionRepository repository, ScheduleService scheduleService,
      SupervisionNotifications notifications, ApplicationEventPublisher events,
      TransactionTemplate transaction, Clock clock,
      @Value("${jol.supervision.no-contact-days:30}") int noContactDays) {
    this.openCases = openCases;
    this.schedules = schedules;
    this.repository = repository;
    this.scheduleService = scheduleService;
    this.notifications = notifications;
    this.events = events;
    this.transaction = transaction;
    this.clock = clock;
    this.noContactDays = noContactDays;
  }

  /** What one sweep did. */
  public record Report(LocalDate day, int generated, int flagged, int alerts) {}

  @Scheduled(cron = "${jol.supervision.sweep-cron:0 20 * * * *}",
      zone = "${jol.time-zone:Asia/Almaty}")
  @SchedulerLock(name = "supervision-sweep", lockAtMostFor = "PT50M")
  public void scheduled() {
    Report report = sweep();
    log.info("Supervision sweep as of {}: {} check-ins expected anew, {} flagged missed, {} "
        + "no-contact alerts raised", report.day(), report.generated(), report.flagged(),
        report.alerts());
  }

  /** Sweeps every open case as of today. */
  public Report sweep() {
    LocalDate today = LocalDate.now(clock);
    Instant now = clock.instant();
    int generated = 0;
    int flagged = 0;
    int alerts = 0;
    UUID after = null;
    while (true) {
      List<OpenCases.OpenCase> page = openCases.after(after, PAGE);
      if (page.isEmpty()) {
        break;
      }
      int[] done = transaction.execute(status -> sweep(page, today));
      generated += done[0];
      alerts += done[1];
      after = page.getLast().id();
    }
    while (true) {
      List<CheckInPlan.Expected> missed = transaction.execute(status -> {
        List<CheckInPlan.Expected> rows = schedules.flagMissed(today, now, PAGE);
        rows.forEach(e -> events.publishEvent(new CheckInMissed(e.caseId(), e.id(),
            e.dueOn())));
        return rows;
      });
      flagged += missed.size();
      if (missed.size() < PAGE) {
        break;
      }
    }
    return new Report(today, generated, flagged, alerts);
  }

  private int[] sweep(List<OpenCases.OpenCase> page, LocalDate today) {
    List<UUID> ids = page.stream().map(OpenCases.OpenCase::id).toList();
    Map<UUID, ScheduleRepository.Stored> plans = schedules.of(ids);
    Map<UUID, LocalDate> contacts = repository.lastContacts(ids);
    Set<UUID> scheduled = plans.keySet().stream().collect(Collectors.toSet());
    int generated = 0;
    int raised = 0;
    var recipients = notifications.recipients();
    for (OpenCases.OpenCase c : page) {
      if (!scheduled.contains(c.id())) {
        continue;
      }
      generated += scheduleService.generate(c.id(), plans.get(c.id()).plan(), today);
      if (c.state() != CaseState.ACTIVE) {
        continue;
      }
      LocalDate since = contacts.getOrDefault(c.id(), c.registrationDate());
      if (!CheckInPlan.silent(since, today, noContactDays)) {
        continue;
      }
      int days = (int) java.time.temporal.ChronoUnit.DAYS.between(since, today);
      var alert = new ScheduleRepository.Alert(UUID.randomUUID(), c.id(), since, today, days,
          null);
      if (schedules.raise(alert)) {
        notifications.noContact(recipients, c, since, days);
        events.publishEvent(new ContactLost(c.id(), alert.id(), since, days));
        raised++;
      }
    }
    return new int[] {generated, raised};
  }
}
