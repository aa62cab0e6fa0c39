package kz.jol.supervision.application;

import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.jol.access.Role;
import kz.jol.access.UserSummary;
import kz.jol.access.Users;
import kz.jol.notification.NotificationKind;
import kz.jol.notification.NotificationMessage;
import kz.jol.notification.Notifications;
import kz.jol.notification.Recipient;
import kz.jol.register.application.OpenCases;
import kz.jol.territory.TerritoryScope;
import org.springframework.stereotype.Component;

/**
 * Tells the case's officer and the probation heads whose territory covers the case that a case
 * has had no contact for too long. The text names no person (it may go out by e-mail): the
 * number of days, the day of the last contact, and a link to the case.
 */
@Component
class SupervisionNotifications {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

  private final Notifications notifications;
  private final Users users;
  private final TerritoryScope territories;

  SupervisionNotifications(Notifications notifications, Users users,
      TerritoryScope territories) {
    this.notifications = notifications;
    this.users = users;
    this.territories = territories;
  }

  /** The probation heads of the republic with their territories, read once per sweep. */
  record Heads(List<UserSummary> heads) {}

  Heads recipients() {
    return new Heads(users.enabledContacts(Role.PROBATION_HEAD).stream()
        .flatMap(c -> users.find(c.id()).stream()).toList());
  }

  void noContact(Heads heads, OpenCases.OpenCase c, java.time.LocalDate since, int days) {
    var message = NotificationMessage.of(NotificationKind.DEADLINE, "supervision.no-contact",
        "/cases/" + c.id() + "#supervision", String.valueOf(days), DAY.format(since));
    Set<UUID> told = new HashSet<>();
    if (c.officerId() != null && told.add(c.officerId())) {
      notifications.notify(Recipient.user(c.officerId()), message);
    }
    for (UserSummary head : heads.heads()) {
      if (territories.isWithin(c.territoryCode(), head.territoryCode()) && told.add(head.id())) {
        notifications.notify(Recipient.user(head.id()), message);
      }
    }
  }
}
