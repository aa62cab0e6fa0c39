package kz.jol.notification.web;

import kz.jol.access.CurrentActor;
import kz.jol.notification.internal.InAppNotifications;
import org.springframework.stereotype.Component;

/**
 * The count of unread notifications beside the menu's link, read by the layout
 * ({@code @notificationBadge.unread()}) only when a page is rendered, so API calls never pay
 * for it.
 */
@Component("notificationBadge")
public class NotificationBadge {

  private final InAppNotifications notifications;
  private final CurrentActor currentActor;

  NotificationBadge(InAppNotifications notifications, CurrentActor currentActor) {
    this.notifications = notifications;
    this.currentActor = currentActor;
  }

  /** The signed-in user's unread notifications; 0 when nobody is signed in. */
  public long unread() {
    return currentActor.find().map(actor -> notifications.unread(actor.userId())).orElse(0L);
  }
}
