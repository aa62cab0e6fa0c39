package kz.jol.notification.internal;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import kz.jol.access.Role;
import kz.jol.access.Users;
import kz.jol.notification.NotificationKind;
import kz.jol.notification.NotificationMessage;
import kz.jol.notification.domain.RetryPolicy;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due mails. Each mail goes in its own transaction that holds the row's lock
 * while the mail server is talked to: a second sender (another node without ShedLock, or a run
 * overlapping this one) skips it, so no mail is sent twice by two senders; a node that dies
 * mid-send leaves the row pending, to be sent again (at least once, never lost). A failure
 * counts an attempt, stores the error and schedules the next attempt by the {@link
 * RetryPolicy}; the last failure marks the mail FAILED and tells every administrator in the
 * application.
 */
@Service
public class MailOutboxSender {

  static final String GIVEN_UP = "notification.mail-failed";
  private static final Logger log = LoggerFactory.getLogger(MailOutboxSender.class);

  private final MailOutbox outbox;
  private final ObjectProvider<JavaMailSender> mail;
  private final NotificationStore notifications;
  private final Users users;
  private final TransactionTemplate transaction;
  private final RetryPolicy retry;
  private final String from;
  private final int batch;
  private final Clock clock;

  MailOutboxSender(MailOutbox outbox, ObjectProvider<JavaMailSender> mail,
      NotificationStore notifications, Users users, TransactionTemplate transaction,
      @Value("${jol.notification.mail.first-retry:PT1M}") Duration firstRetry,
      @Value("${jol.notification.mail.longest-retry:PT6H}") Duration longestRetry,
      @Value("${jol.notification.mail.max-attempts:8}") int maxAttempts,
      @Value("${jol.notification.mail.from:jol@localhost}") String from,
      @Value("${jol.notification.mail.batch:200}") int batch,
      Clock clock) {
    this.outbox = outbox;
    this.mail = mail;
    this.notifications = notifications;
    this.users = users;
    this.transaction = transaction;
    this.retry = new RetryPolicy(firstRetry, longestRetry, maxAttempts);
    this.from = from;
    this.batch = batch;
    this.clock = clock;
  }

  /** What one run did. */
  public record Report(int sent, int retrying, int failed) {}

  @Scheduled(cron = "${jol.notification.mail.send-cron:*/30 * * * * *}",
      zone = "${jol.time-zone:Asia/Almaty}")
  @SchedulerLock(name = "mail-outbox-sender", lockAtMostFor = "PT15M")
  public void scheduled() {
    Report report = sendDue();
    if (report.sent() + report.retrying() + report.failed() > 0) {
      log.info("Mail outbox: {} sent, {} failed and will be retried, {} given up",
          report.sent(), report.retrying(), report.failed());
    }
  }

  /** Sends the mails due now, at most one batch; does nothing when mail is not configured. */
  public Report sendDue() {
    return sendDue(mail.getIfAvailable());
  }

  Report sendDue(JavaMailSender sender) {
    if (sender == null) {
      return new Report(0, 0, 0);
    }
    int sent = 0;
    int retrying = 0;
    int failed = 0;
    Instant due = clock.instant();
    for (int i = 0; i < batch; i++) {
      Outcome outcome = transaction.execute(status -> sendNext(sender, due));
      if (outcome == null || outcome == Outcome.NONE_DUE) {
        break;
      }
      switch (outcome) {
        case SENT -> sent++;
        case RETRYING -> retrying++;
        case FAILED -> failed++;
        default -> throw new IllegalStateException();
      }
    }
    return new Report(sent, retrying, failed);
  }

  private enum Outcome { NONE_DUE, SENT, RETRYING, FAILED }

  private Outcome sendNext(JavaMailSender sender, Instant due) {
    Optional<MailOutbox.Mail> next = outbox.claimNextDue(due);
    if (next.isEmpty()) {
      return Outcome.NONE_DUE;
    }
    MailOutbox.Mail m = next.get();
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, false,
          StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(m.recipient());
      helper.setSubject(m.subject());
      helper.setText(m.body(), false);
      sender.send(message);
    } catch (Exception e) {
      Instant failedAt = clock.instant();
      Optional<Instant> again = retry.nextAttempt(m.attempts() + 1, failedAt);
      String error = e.getClass().getSimpleName() + ": " + e.getMessage();
      outbox.markAttemptFailed(m.id(), error, again.orElse(null));
      if (again.isPresent()) {
        log.warn("Mail {} to the outbox's recipient failed (attempt {}), next at {}: {}",
            m.id(), m.attempts() + 1, again.get(), error);
        return Outcome.RETRYING;
      }
      log.error("Mail {} given up after {} attempts: {}", m.id(), m.attempts() + 1, error);
      tellAdministrators(m, error, failedAt);
      return Outcome.FAILED;
    }
    outbox.markSent(m.id(), clock.instant());
    return Outcome.SENT;
  }

  /** In the application only: a mail about failing mail could only fail the same way. */
  private void tellAdministrators(MailOutbox.Mail m, String error, Instant now) {
    NotificationMessage message = NotificationMessage.of(NotificationKind.ACTION_REQUIRED,
        GIVEN_UP, "/api/v1/admin/mail-outbox?state=FAILED", m.recipient(),
        String.valueOf(m.attempts() + 1), error);
    users.enabledContacts(Role.ADMIN)
        .forEach(admin -> notifications.insert(admin.id(), message, now));
  }
}
