package kz.jol.notification.internal;

import java.util.List;
import java.util.Locale;
import kz.jol.notification.NotificationMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a notification as an e-mail in the recipient's language, the one they last chose on
 * the web. A mail, unlike a page, cannot follow a choice made later, so for a user who never
 * chose it carries both Kazakh and Russian: Kazakh, the state language, first. Links become
 * absolute with {@code jol.public-url}.
 */
@Component
class MailComposer {

  static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("kk"),
      Locale.forLanguageTag("ru"));
  private static final String RULE = "\n\n————————————————\n\n";

  private final MessageSource messages;
  private final String publicUrl;

  MailComposer(MessageSource messages, @Value("${jol.public-url:}") String publicUrl) {
    this.messages = messages;
    this.publicUrl = publicUrl.endsWith("/")
        ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  record Composed(String subject, String body) {}

  Composed compose(NotificationMessage message) {
    return compose(message, null);
  }

  /** The mail in {@code language} (kk, ru or en), or in Kazakh and Russian when null. */
  Composed compose(NotificationMessage message, String chosen) {
    List<Locale> languages = chosen == null ? LANGUAGES
        : List.of(Locale.forLanguageTag(chosen));
    Object[] args = message.args().toArray();
    String link = absolute(message.link());
    StringBuilder subject = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (Locale language : languages) {
      String title = Rendering.subject(messages, message.key(), args, language);
      if (!subject.isEmpty()) {
        subject.append(" / ");
        body.append(RULE);
      }
      subject.append(title);
      body.append(title).append("\n\n")
          .append(Rendering.body(messages, message.key(), args, language));
      if (link != null) {
        body.append("\n\n").append(messages.getMessage("notification.mail.open",
            new Object[] {link}, language));
      }
    }
    body.append(RULE);
    for (Locale language : languages) {
      body.append(messages.getMessage("notification.mail.footer", null, language)).append('\n');
    }
    return new Composed("Jol: " + subject, body.toString());
  }

  private String absolute(String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    return link.startsWith("/") ? publicUrl + link : link;
  }
}
