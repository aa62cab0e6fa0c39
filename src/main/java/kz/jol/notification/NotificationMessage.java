package kz.jol.notification;

import java.util.List;
import java.util.Objects;

/**
 * What to tell, stored as a message key and its arguments and rendered in the reader's language
 * when read (in the application) or in Kazakh and Russian when e-mailed.
 *
 * @param kind what the notification asks of its reader
 * @param key the message key prefix: any bundle of {@code spring.messages.basename} must hold
 *     {@code <key>.subject} (one line) and {@code <key>.body}, in every language, e.g. {@code
 *     routing.referral-received}; placeholders {@code {0}, {1}…} take the arguments
 * @param args the arguments, already formatted as text (a date as {@code 2026-11-24}, a name);
 *     never a person's sensitive data, since they are stored and e-mailed as given
 * @param link where the reader acts, a path of Jol such as {@code /referrals/…}, or {@code null}
 */
public record NotificationMessage(NotificationKind kind, String key, List<String> args,
    String link) {

  public NotificationMessage {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    if (key.isBlank()) {
      throw new IllegalArgumentException("a notification needs a message key");
    }
    args = args == null ? List.of() : List.copyOf(args);
  }

  public static NotificationMessage of(NotificationKind kind, String key, String link,
      String... args) {
    return new NotificationMessage(kind, key, List.of(args), link);
  }
}
