package kz.jol.notification.internal;

import java.util.List;
import java.util.Locale;
import kz.jol.notification.NotificationMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a notification as an e-mail in Kazakh and Russian. Users have no preferred language
 * yet, and a mail, unlike a page, cannot follow the reader's choice, so it carries both: Kazakh,
 * the state language, first. Links become absolute with {@code jol.public-url}.
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
    Object[] args = message.args().toArray();
    String link = absolute(message.link());
    StringBuilder subject = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (Locale language : LANGUAGES) {
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
    for (Locale language : LANGUAGES) {
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
