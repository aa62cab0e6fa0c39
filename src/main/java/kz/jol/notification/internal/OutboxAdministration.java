package kz.jol.notification.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import kz.jol.notification.internal.MailOutbox.Mail;
import kz.jol.notification.internal.MailOutbox.State;
import kz.jol.shared.ConflictException;
import kz.jol.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an administrator does with the outbox: look at failing mails and send one again. */
@Service
public class OutboxAdministration {

  private final MailOutbox outbox;
  private final Clock clock;

  OutboxAdministration(MailOutbox outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  /** Mails in the state, newest first; without one, those failing (given up or retrying). */
  @Transactional(readOnly = true)
  public List<Mail> list(State state, int page, int size) {
    return outbox.list(state, page * size, size);
  }

  @Transactional(readOnly = true)
  public MailOutbox.Counts counts() {
    return outbox.counts();
  }

  /**
   * Sends a given-up or retrying mail again at the sender's next run, with a fresh set of
   * attempts.
   */
  @Transactional
  public Mail retry(UUID id) {
    outbox.find(id).orElseThrow(() -> new NotFoundException("mail", id));
    if (!outbox.requeue(id, clock.instant())) {
      throw new ConflictException("mail.already-sent",
          "the mail was sent already; there is nothing to retry");
    }
    return outbox.find(id).orElseThrow();
  }
}
