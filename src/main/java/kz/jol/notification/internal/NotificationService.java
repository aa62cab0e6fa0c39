package kz.jol.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.jol.access.UserContact;
import kz.jol.access.Users;
import kz.jol.notification.NotificationMessage;
import kz.jol.notification.Notifications;
import kz.jol.notification.Recipient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a notification per user reached and, when mail is configured and the user has an
 * address, its e-mail into the outbox — all in the caller's transaction.
 */
@Service
class NotificationService implements Notifications {

  private final Users users;
  private final NotificationStore store;
  private final MailOutbox outbox;
  private final MailComposer composer;
  private final ObjectProvider<JavaMailSender> mail;
  private final Clock clock;

  NotificationService(Users users, NotificationStore store, MailOutbox outbox,
      MailComposer composer, ObjectProvider<JavaMailSender> mail, Clock clock) {
    this.users = users;
    this.store = store;
    this.outbox = outbox;
    this.composer = composer;
    this.mail = mail;
    this.clock = clock;
  }

  @Override
  @Transactional
  public List<UUID> notify(Recipient recipient, NotificationMessage message) {
    List<UserContact> reached = switch (recipient) {
      case Recipient.User u -> {
        UserContact contact = users.contact(u.userId()).orElseThrow(
            () -> new IllegalArgumentException("no user " + u.userId()));
        yield contact.enabled() ? List.of(contact) : List.of();
      }
      case Recipient.RoleInOrganisation r -> users.enabledContacts(r.organisationId(), r.role());
    };
    Instant now = clock.instant();
    boolean mailing = mail.getIfAvailable() != null;
    // One mail per language among the recipients; those who never chose get Kazakh and Russian.
    java.util.Map<String, MailComposer.Composed> composed = new java.util.HashMap<>();
    List<UUID> ids = new ArrayList<>(reached.size());
    for (UserContact contact : reached) {
      UUID id = store.insert(contact.id(), message, now);
      ids.add(id);
      if (mailing && contact.email() != null) {
        MailComposer.Composed mail = composed.computeIfAbsent(
            contact.language() == null ? "" : contact.language(),
            language -> composer.compose(message, language.isEmpty() ? null : language));
        outbox.enqueue(id, contact.email(), mail.subject(), mail.body(), now);
      }
    }
    return ids;
  }
}
