package kz.jol.notification;

import static kz.jol.notification.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In-app notifications: each recipient sees their own, in the language they read in, and marks
 * them read; a notification exists only if the caller's transaction commits. Mail is not
 * configured in this context, so no e-mail is queued even for users with an address.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationsTest {

  static final String KEY = "notification.mail-failed";

  @Autowired Notifications notifications;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAdministration users;
  @Autowired TransactionTemplate transaction;

  People people;

  @BeforeEach
  void organisation() {
    people = new People(jdbc, users);
  }

  static NotificationMessage message(String... args) {
    return NotificationMessage.of(NotificationKind.ACTION_REQUIRED, KEY, "/cases/" + UUID.randomUUID(),
        args);
  }

  @Test
  void theRecipientSeesTheNotificationInTheLanguageTheyReadInAndNobodyElseDoes() throws Exception {
    Actor worker = people.user(Role.AGENCY_WORKER, People.address());
    Actor colleague = people.user(Role.AGENCY_WORKER, null);
    NotificationMessage message = message("Әйгерім Құдайбергенқызы", "3", "сервер недоступен");

    List<UUID> ids = transaction.execute(s ->
        notifications.notify(Recipient.user(worker.userId()), message));

    assertThat(ids).hasSize(1);
    mvc.perform(get("/api/v1/notifications").with(as(worker)).header("Accept-Language", "kk"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.unread").value(1))
        .andExpect(jsonPath("$.items.length()").value(1))
        .andExpect(jsonPath("$.items[0].id").value(ids.getFirst().toString()))
        .andExpect(jsonPath("$.items[0].kind").value("ACTION_REQUIRED"))
        .andExpect(jsonPath("$.items[0].subject").value("Электрондық хат жеткізілмеді"))
        .andExpect(jsonPath("$.items[0].body").value(org.hamcrest.Matchers.startsWith(
            "Jol Әйгерім Құдайбергенқызы мекенжайына хатты 3 әрекеттен кейін")))
        .andExpect(jsonPath("$.items[0].link").value(message.link()))
        .andExpect(jsonPath("$.items[0].readAt").doesNotExist());
    mvc.perform(get("/api/v1/notifications").with(as(worker)).header("Accept-Language", "ru"))
        .andExpect(jsonPath("$.items[0].subject").value("Электронное письмо не доставлено"));
    mvc.perform(get("/api/v1/notifications").with(as(worker)).header("Accept-Language", "en"))
        .andExpect(jsonPath("$.items[0].subject").value("An e-mail could not be delivered"));

    mvc.perform(get("/api/v1/notifications").with(as(colleague)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.unread").value(0))
        .andExpect(jsonPath("$.items.length()").value(0));
    mvc.perform(post("/api/v1/notifications/{id}/read", ids.getFirst()).with(as(colleague)))
        .andExpect(status().isNotFound());
    assertThat(jdbc.sql("select count(*) from mail_outbox m join notification n "
            + "on n.id = m.notification_id where n.recipient_id = :r")
        .param("r", worker.userId()).query(Long.class).single())
        .as("no mail is queued while mail is not configured").isZero();
  }

  @Test
  void aReaderMarksOneOrAllReadAndTheUnreadCountFollows() throws Exception {
    Actor head = people.user(Role.AGENCY_HEAD, null);
    List<UUID> ids = transaction.execute(s -> List.of(
        notifications.notify(Recipient.user(head.userId()), message("a", "1", "x")).getFirst(),
        notifications.notify(Recipient.user(head.userId()), message("b", "2", "y")).getFirst(),
        notifications.notify(Recipient.user(head.userId()), message("c", "3", "z")).getFirst()));
    for (int i = 0; i < ids.size(); i++) {
      jdbc.sql("update notification set created_at = now() - make_interval(mins => :m) where id = :id")
          .param("m", 10 - i).param("id", ids.get(i)).update();
    }

    mvc.perform(get("/api/v1/notifications").with(as(head)).param("size", "2"))
        .andExpect(jsonPath("$.unread").value(3))
        .andExpect(jsonPath("$.items.length()").value(2))
        .andExpect(jsonPath("$.items[0].id").value(ids.get(2).toString()));

    mvc.perform(post("/api/v1/notifications/{id}/read", ids.get(1)).with(as(head)))
        .andExpect(status().isNoContent());
    mvc.perform(post("/api/v1/notifications/{id}/read", ids.get(1)).with(as(head)))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/v1/notifications").with(as(head)))
        .andExpect(jsonPath("$.unread").value(2))
        .andExpect(jsonPath("$.items[1].readAt").exists());

    mvc.perform(post("/api/v1/notifications/read-all").with(as(head)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.marked").value(2));
    mvc.perform(get("/api/v1/notifications").with(as(head)))
        .andExpect(jsonPath("$.unread").value(0));
    mvc.perform(post("/api/v1/notifications/{id}/read", UUID.randomUUID()).with(as(head)))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("not-found"));
  }

  @Test
  void everyEnabledUserWithTheRoleInTheOrganisationIsNotifiedAndNoOneElse() {
    Actor first = people.user(Role.AGENCY_WORKER, null);
    Actor second = people.user(Role.AGENCY_WORKER, null);
    Actor away = people.user(Role.AGENCY_WORKER, null);
    people.disable(away);
    Actor head = people.user(Role.AGENCY_HEAD, null);
    Actor elsewhere = new People(jdbc, users).user(Role.AGENCY_WORKER, null);

    List<UUID> ids = transaction.execute(s -> notifications.notify(
        Recipient.everyone(Role.AGENCY_WORKER, people.organisation), message("x", "1", "y")));

    assertThat(ids).hasSize(2);
    assertThat(recipients(ids)).containsExactlyInAnyOrder(first.userId(), second.userId());
    assertThat(notificationsOf(away)).isZero();
    assertThat(notificationsOf(head)).isZero();
    assertThat(notificationsOf(elsewhere)).isZero();
    List<UUID> none = transaction.execute(s -> notifications.notify(
        Recipient.user(away.userId()), message("x", "1", "y")));
    assertThat(none).as("a disabled user gets nothing").isEmpty();
  }

  @Test
  void aNotificationIsWrittenOnlyIfTheCallersTransactionCommits() {
    Actor worker = people.user(Role.AGENCY_WORKER, People.address());

    transaction.executeWithoutResult(status -> {
      notifications.notify(Recipient.user(worker.userId()), message("x", "1", "y"));
      status.setRollbackOnly();
    });
    assertThat(notificationsOf(worker)).isZero();

    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      notifications.notify(Recipient.user(worker.userId()), message("x", "1", "y"));
      throw new IllegalStateException("the caller's business change fails");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(notificationsOf(worker)).isZero();

    transaction.executeWithoutResult(status ->
        notifications.notify(Recipient.user(worker.userId()), message("x", "1", "y")));
    assertThat(notificationsOf(worker)).isEqualTo(1);
  }

  @Test
  void anUnknownUserIsACallersBug() {
    assertThatThrownBy(() -> notifications.notify(Recipient.user(UUID.randomUUID()),
        message("x", "1", "y"))).isInstanceOf(IllegalArgumentException.class);
  }

  List<UUID> recipients(List<UUID> ids) {
    return jdbc.sql("select recipient_id from notification where id in (:ids)")
        .param("ids", ids).query(UUID.class).list();
  }

  long notificationsOf(Actor actor) {
    return jdbc.sql("select count(*) from notification where recipient_id = :r")
        .param("r", actor.userId()).query(Long.class).single();
  }
}
