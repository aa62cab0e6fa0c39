package kz.jol.notification;

import java.util.List;
import java.util.UUID;

/**
 * Notifies people: in the application always, by e-mail too when mail is configured and the
 * recipient has an address. Joins the caller's transaction (or opens one when there is none),
 * so a notification is written if and only if the caller's change commits; the e-mail leaves
 * through the outbox after that commit and is retried until it is delivered or given up.
 */
public interface Notifications {

  /**
   * Notifies the recipient(s).
   *
   * @return the ids of the notifications written, one per user reached (none for a disabled
   *     user or an organisation without enabled users in the role)
   * @throws IllegalArgumentException for a user id that does not exist (a caller's bug)
   */
  List<UUID> notify(Recipient recipient, NotificationMessage message);
}
