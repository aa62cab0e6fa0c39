package kz.jol.notification.internal;

import static kz.jol.notification.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.jol.access.Actor;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.notification.NotificationKind;
import kz.jol.notification.NotificationMessage;
import kz.jol.notification.Notifications;
import kz.jol.notification.People;
import kz.jol.notification.Recipient;
import kz.jol.notification.internal.MailOutbox.Mail;
import kz.jol.notification.internal.MailOutbox.State;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail through an in-process SMTP server (GreenMail): the outbox keeps a mail while the server
 * is down, retries it later, gives it up after the last attempt where an administrator sees and
 * retries it, and two senders at once never send one mail twice. Only this class configures
 * {@code spring.mail.host}, so it runs in a Spring context of its own.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1",
    "jol.notification.mail.from=jol-test@example.kz", "jol.notification.mail.max-attempts=3"})
@AutoConfigureMockMvc
class MailOutboxSenderTest {

  static final int SMTP_PORT = freePort();
  static final int NOBODY_LISTENS = freePort();

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(
      new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
      .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @Autowired Notifications notifications;
  @Autowired MailOutboxSender sender;
  @Autowired MailOutbox outbox;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAdministration users;
  @Autowired TransactionTemplate transaction;

  People people;

  @BeforeEach
  void organisation() {
    people = new People(jdbc, users);
  }

  static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static JavaMailSenderImpl serverDown() {
    var down = new JavaMailSenderImpl();
    down.setHost("127.0.0.1");
    down.setPort(NOBODY_LISTENS);
    return down;
  }

  UUID notify(Actor recipient, String... args) {
    UUID notification = transaction.execute(s -> notifications.notify(
        Recipient.user(recipient.userId()),
        NotificationMessage.of(NotificationKind.DEADLINE, "notification.mail-failed",
            "/cases/42", args))).getFirst();
    return jdbc.sql("select id from mail_outbox where notification_id = :n")
        .param("n", notification).query(UUID.class).single();
  }

  Mail mail(UUID id) {
    return outbox.find(id).orElseThrow();
  }

  void makeDue(UUID id) {
    jdbc.sql("update mail_outbox set next_attempt_at = now() - interval '1 second' where id = :id")
        .param("id", id).update();
  }

  List<MimeMessage> receivedBy(String address) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage m : SMTP.getReceivedMessages()) {
      if (Arrays.stream(m.getRecipients(Message.RecipientType.TO))
          .anyMatch(a -> a.toString().equals(address))) {
        found.add(m);
      }
    }
    return found;
  }

  @Test
  void sendsAPendingMailInKazakhAndRussianWithItsLettersIntact() throws Exception {
    String address = People.address();
    Actor worker = people.user(Role.AGENCY_WORKER, address);
    UUID id = notify(worker, "Әйгерім Құдайбергенқызы", "2", "ұзақ күту");

    assertThat(mail(id).state()).isEqualTo(State.PENDING);
    sender.sendDue();

    assertThat(mail(id).state()).isEqualTo(State.SENT);
    assertThat(mail(id).sentAt()).isNotNull();
    List<MimeMessage> received = receivedBy(address);
    assertThat(received).hasSize(1);
    MimeMessage message = received.getFirst();
    assertThat(message.getSubject())
        .isEqualTo("Jol: Электрондық хат жеткізілмеді / Электронное письмо не доставлено");
    assertThat(message.getFrom()[0].toString()).isEqualTo("jol-test@example.kz");
    String body = (String) message.getContent();
    assertThat(body)
        .contains("Jol Әйгерім Құдайбергенқызы мекенжайына хатты 2 әрекеттен кейін")
        .contains("Соңғы қате: ұзақ күту.")
        .contains("на адрес Әйгерім Құдайбергенқызы после 2 попыток")
        .contains("Jol жүйесінде ашу: /cases/42")
        .contains("Открыть в Jol: /cases/42");
    assertThat(body.indexOf("Электрондық")).isLessThan(body.indexOf("Электронное"));
  }

  @Test
  void keepsTheMailWhileTheServerIsDownAndDeliversItOnTheRetry() throws Exception {
    String address = People.address();
    UUID id = notify(people.user(Role.AGENCY_HEAD, address), "x", "1", "y");

    Instant before = Instant.now();
    MailOutboxSender.Report report = sender.sendDue(serverDown());

    assertThat(report.retrying()).isPositive();
    Mail failed = mail(id);
    assertThat(failed.state()).isEqualTo(State.PENDING);
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.lastError()).isNotBlank();
    assertThat(failed.nextAttemptAt()).isAfter(before.plusSeconds(50));
    assertThat(receivedBy(address)).isEmpty();

    sender.sendDue();
    assertThat(mail(id).state()).as("not due yet").isEqualTo(State.PENDING);

    makeDue(id);
    sender.sendDue();
    assertThat(mail(id).state()).isEqualTo(State.SENT);
    assertThat(mail(id).attempts()).isEqualTo(2);
    assertThat(receivedBy(address)).hasSize(1);
  }

  @Test
  void givesUpAfterTheLastAttemptTellsTheAdministratorsAndAnAdminRetriesIt() throws Exception {
    Actor admin = people.user(Role.ADMIN, People.address());
    String address = People.address();
    UUID id = notify(people.user(Role.AGENCY_WORKER, address), "x", "1", "y");

    for (int attempt = 1; attempt <= 3; attempt++) {
      makeDue(id);
      sender.sendDue(serverDown());
    }

    Mail given = mail(id);
    assertThat(given.state()).isEqualTo(State.FAILED);
    assertThat(given.attempts()).isEqualTo(3);
    mvc.perform(get("/api/v1/admin/mail-outbox").with(as(admin)).param("size", "500"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.id == '" + id + "')].state").value(Matchers.contains("FAILED")))
        .andExpect(jsonPath("$[?(@.id == '" + id + "')].body").doesNotExist());
    mvc.perform(get("/api/v1/admin/mail-outbox").with(as(admin)).param("state", "FAILED")
            .param("size", "500"))
        .andExpect(jsonPath("$[?(@.id == '" + id + "')].attempts").value(Matchers.contains(3)));
    mvc.perform(get("/api/v1/admin/mail-outbox/counts").with(as(admin)))
        .andExpect(jsonPath("$.failed").value(Matchers.greaterThanOrEqualTo(1)));
    mvc.perform(get("/api/v1/notifications").with(as(admin)).header("Accept-Language", "en"))
        .andExpect(jsonPath("$.items[0].subject").value("An e-mail could not be delivered"))
        .andExpect(jsonPath("$.items[0].body").value(Matchers.startsWith(
            "Jol gave up sending an e-mail to " + address + " after 3 attempts.")))
        .andExpect(jsonPath("$.items[0].link").value("/api/v1/admin/mail-outbox?state=FAILED"));
    assertThat(jdbc.sql("select count(*) from mail_outbox m join notification n "
            + "on n.id = m.notification_id where n.recipient_id = :r")
        .param("r", admin.userId()).query(Long.class).single())
        .as("news of failing mail is not mailed").isZero();

    mvc.perform(post("/api/v1/admin/mail-outbox/{id}/retry", id).with(as(admin)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("PENDING"))
        .andExpect(jsonPath("$.attempts").value(0));
    sender.sendDue();
    assertThat(mail(id).state()).isEqualTo(State.SENT);
    assertThat(receivedBy(address)).hasSize(1);

    mvc.perform(post("/api/v1/admin/mail-outbox/{id}/retry", id).with(as(admin)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("mail.already-sent"));
    mvc.perform(post("/api/v1/admin/mail-outbox/{id}/retry", UUID.randomUUID()).with(as(admin)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/admin/mail-outbox").with(as(people.user(Role.AGENCY_HEAD, null))))
        .andExpect(status().isForbidden());
  }

  @Test
  void twoSendersAtOnceNeverSendTheSameMailTwice() throws Exception {
    String address = People.address();
    Actor worker = people.user(Role.AGENCY_WORKER, address);
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      ids.add(notify(worker, "mail " + i, "1", "y"));
    }

    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<MailOutboxSender.Report>> runs = new ArrayList<>();
      for (int n = 0; n < 2; n++) {
        runs.add(pool.submit(() -> {
          start.await();
          return sender.sendDue();
        }));
      }
      int sent = 0;
      for (var run : runs) {
        sent += run.get().sent();
      }
      assertThat(sent).isGreaterThanOrEqualTo(20);
    } finally {
      pool.shutdownNow();
    }

    assertThat(ids).allSatisfy(id -> {
      assertThat(mail(id).state()).isEqualTo(State.SENT);
      assertThat(mail(id).attempts()).isEqualTo(1);
    });
    List<MimeMessage> received = receivedBy(address);
    assertThat(received).hasSize(20);
    List<String> bodies = new ArrayList<>();
    for (MimeMessage m : received) {
      bodies.add((String) m.getContent());
    }
    for (int i = 0; i < 20; i++) {
      String marker = "Jol mail " + i + " мекенжайына";
      assertThat(bodies.stream().filter(b -> b.contains(marker))).as(marker).hasSize(1);
    }
  }
}
