package kz.jol.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.jol.notification.NotificationKind;
import kz.jol.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's own notifications, rendered in the language they read in. */
@Service
public class InAppNotifications {

  private final NotificationStore store;
  private final MessageSource messages;
  private final Clock clock;

  InAppNotifications(NotificationStore store, MessageSource messages, Clock clock) {
    this.store = store;
    this.messages = messages;
    this.clock = clock;
  }

  /** One notification as its reader sees it. */
  public record Rendered(UUID id, NotificationKind kind, String subject, String body,
      String link, Instant createdAt, Instant readAt) {}

  /** A page of the reader's notifications, newest first, with how many are unread in all. */
  public record Page(long unread, int page, int size, List<Rendered> items) {}

  @Transactional(readOnly = true)
  public Page page(UUID readerId, int page, int size, Locale locale) {
    List<Rendered> items = store.page(readerId, page * size, size).stream()
        .map(n -> {
          Object[] args = n.args().toArray();
          return new Rendered(n.id(), n.kind(),
              Rendering.subject(messages, n.key(), args, locale),
              Rendering.body(messages, n.key(), args, locale), n.link(), n.createdAt(),
              n.readAt());
        })
        .toList();
    return new Page(store.unread(readerId), page, size, items);
  }

  /** How many of the reader's notifications are unread, for the menu's badge. */
  @Transactional(readOnly = true)
  public long unread(UUID readerId) {
    return store.unread(readerId);
  }

  /** Marks one of the reader's notifications read; another user's answers 404, like none. */
  @Transactional
  public void markRead(UUID readerId, UUID id) {
    if (!store.markRead(readerId, id, clock.instant())) {
      throw new NotFoundException("notification", id);
    }
  }

  /** Marks all the reader's notifications read; returns how many were unread. */
  @Transactional
  public int markAllRead(UUID readerId) {
    return store.markAllRead(readerId, clock.instant());
  }
}
