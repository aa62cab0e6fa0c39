package kz.jol.notification.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A notification's texts from its key: {@code <key>.subject} and {@code <key>.body}. A missing
 * text shows the key rather than failing the reader's whole list.
 */
final class Rendering {

  private Rendering() {}

  static String subject(MessageSource messages, String key, Object[] args, Locale locale) {
    return messages.getMessage(key + ".subject", args, key, locale);
  }

  static String body(MessageSource messages, String key, Object[] args, Locale locale) {
    return messages.getMessage(key + ".body", args, "", locale);
  }
}
