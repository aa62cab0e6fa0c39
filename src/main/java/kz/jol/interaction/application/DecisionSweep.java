package kz.jol.interaction.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import kz.jol.access.Role;
import kz.jol.interaction.DecisionOverdue;
import kz.jol.interaction.application.CouncilData.Body;
import kz.jol.interaction.application.CouncilData.Decision;
import kz.jol.notification.NotificationKind;
import kz.jol.notification.NotificationMessage;
import kz.jol.notification.Notifications;
import kz.jol.notification.Recipient;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily sweep of advisory bodies' decisions: {@value #BEFORE_DAYS} days before an open
 * decision is due, the agency heads of its responsible organisations are reminded; the day after
 * its due day they are told it is overdue and {@link DecisionOverdue} is published. Each goes
 * once per decision ({@code council_decision_reminder}), whichever node or run sends it first.
 */
@Service
public class DecisionSweep {

  static final int BEFORE_DAYS = 3;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final Logger log = LoggerFactory.getLogger(DecisionSweep.class);

  private final CouncilRepository repository;
  private final Notifications notifications;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  DecisionSweep(CouncilRepository repository, Notifications notifications,
      ApplicationEventPublisher events, Clock clock) {
    this.repository = repository;
    this.notifications = notifications;
    this.events = events;
    this.clock = clock;
  }

  /** What one sweep did. */
  public record Result(int reminded, int overdue) {}

  @Scheduled(cron = "${jol.interaction.decision-sweep-cron:0 30 8 * * *}",
      zone = "${jol.time-zone:Asia/Almaty}")
  @SchedulerLock(name = "council-decision-sweep", lockAtMostFor = "PT30M")
  public void scheduled() {
    Result r = sweep();
    if (r.reminded() + r.overdue() > 0) {
      log.info("Decision sweep: {} reminders before the due day, {} overdue", r.reminded(),
          r.overdue());
    }
  }

  /** Sweeps the open decisions as of today. */
  @Transactional
  public Result sweep() {
    LocalDate today = LocalDate.now(clock);
    int reminded = 0;
    int overdue = 0;
    for (Decision d : repository.openDueBy(today.plusDays(BEFORE_DAYS))) {
      Body body = repository.body(d.bodyId()).orElseThrow();
      String link = "/interaction/bodies/" + body.id() + "/meetings/" + d.meetingId();
      if (d.dueOn().isBefore(today)) {
        if (repository.remind(d.id(), "OVERDUE", clock.instant())) {
          notifyHeads(d, NotificationMessage.of(NotificationKind.DEADLINE,
              "councils.notice.overdue", link, d.number(), body.nameRu(), d.dueOn().format(DAY)));
          events.publishEvent(new DecisionOverdue(d.id(), d.meetingId(), body.id(), d.number(),
              d.dueOn(), d.responsible()));
          overdue++;
        }
      } else if (repository.remind(d.id(), "BEFORE", clock.instant())) {
        notifyHeads(d, NotificationMessage.of(NotificationKind.DEADLINE,
            "councils.notice.due-soon", link, d.number(), body.nameRu(), d.dueOn().format(DAY)));
        reminded++;
      }
    }
    return new Result(reminded, overdue);
  }

  private void notifyHeads(Decision d, NotificationMessage message) {
    for (UUID organisation : d.responsible()) {
      notifications.notify(Recipient.everyone(Role.AGENCY_HEAD, organisation), message);
    }
  }
}
