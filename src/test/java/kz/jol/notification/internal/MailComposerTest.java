package kz.jol.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import kz.jol.notification.NotificationKind;
import kz.jol.notification.NotificationMessage;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A mail speaks the language its recipient chose; one who never chose gets Kazakh and Russian. */
class MailComposerTest {

  final MailComposer composer = new MailComposer(messages(), "https://jol.example/");

  static ResourceBundleMessageSource messages() {
    var messages = new ResourceBundleMessageSource();
    messages.setBasenames("messages", "i18n/notification");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  final NotificationMessage message = NotificationMessage.of(NotificationKind.ACTION_REQUIRED,
      "notification.mail-failed", "/cases/1", "Synthetic Name", "3", "server down");

  @Test
  void aRecipientWhoChoseRussianGetsTheMailInRussianOnly() {
    MailComposer.Composed mail = composer.compose(message, "ru");
    assertThat(mail.subject()).isEqualTo("Jol: Электронное письмо не доставлено");
    assertThat(mail.body()).contains("https://jol.example/cases/1")
        .doesNotContain("Электрондық хат жеткізілмеді");
  }

  @Test
  void aRecipientWhoChoseEnglishGetsItInEnglish() {
    assertThat(composer.compose(message, "en").subject())
        .isEqualTo("Jol: An e-mail could not be delivered");
  }

  @Test
  void aRecipientWhoNeverChoseGetsKazakhFirstThenRussian() {
    assertThat(composer.compose(message, null).subject()).isEqualTo(
        "Jol: Электрондық хат жеткізілмеді / Электронное письмо не доставлено");
  }
}
