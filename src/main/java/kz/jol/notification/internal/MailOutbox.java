package kz.jol.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * E-mails waiting to be sent, sent, or given up. A row is written in the transaction of the
 * notification it carries, so no mail is lost when the mail server is down, and none is sent
 * for a change that rolled back.
 */
@Repository
public class MailOutbox {

  /** Where a mail stands. */
  public enum State {
    /** Not yet sent: waiting for its first attempt or for a retry. */
    PENDING,
    /** Accepted by the mail server. */
    SENT,
    /** Given up after the last attempt; an admin may retry it. */
    FAILED
  }

  /** A mail as the outbox holds it. */
  public record Mail(UUID id, UUID notificationId, String recipient, String subject, String body,
      State state, int attempts, Instant createdAt, Instant nextAttemptAt, String lastError,
      Instant sentAt) {}

  private static final int MAX_ERROR_LENGTH = 2000;

  private final JdbcClient jdbc;

  MailOutbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  UUID enqueue(UUID notificationId, String recipient, String subject, String body, Instant now) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
            insert into mail_outbox (id, notification_id, recipient, subject, body, state,
                                     attempts, created_at, next_attempt_at)
            values (:id, :notification, :recipient, :subject, :body, 'PENDING', 0, :now, :now)""")
        .param("id", id)
        .param("notification", notificationId)
        .param("recipient", recipient)
        .param("subject", subject)
        .param("body", body)
        .param("now", Timestamp.from(now))
        .update();
    return id;
  }

  /**
   * Locks the next due mail for the calling transaction; a mail another transaction holds is
   * skipped, so concurrent senders never take the same one.
   */
  Optional<Mail> claimNextDue(Instant now) {
    return jdbc.sql("""
            select * from mail_outbox
             where state = 'PENDING' and next_attempt_at <= :now
             order by next_attempt_at, id
             limit 1
             for update skip locked""")
        .param("now", Timestamp.from(now))
        .query((rs, n) -> mail(rs))
        .optional();
  }

  void markSent(UUID id, Instant now) {
    jdbc.sql("""
            update mail_outbox set state = 'SENT', attempts = attempts + 1, sent_at = :now
             where id = :id""")
        .param("id", id).param("now", Timestamp.from(now)).update();
  }

  /** Records a failed attempt; with no next attempt the mail is given up (FAILED). */
  void markAttemptFailed(UUID id, String error, Instant nextAttempt) {
    jdbc.sql("""
            update mail_outbox
               set attempts = attempts + 1, last_error = :error,
                   state = case when cast(:next as timestamptz) is null then 'FAILED'
                                else 'PENDING' end,
                   next_attempt_at = coalesce(cast(:next as timestamptz), next_attempt_at)
             where id = :id""")
        .param("id", id)
        .param("error", error == null ? "unknown error"
            : error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error)
        .param("next", nextAttempt == null ? null : Timestamp.from(nextAttempt))
        .update();
  }

  /**
   * Mails in a state, newest first; without a state, the failing ones: given up, or pending
   * after at least one failed attempt.
   */
  public List<Mail> list(State state, int offset, int limit) {
    return jdbc.sql("""
            select * from mail_outbox
             where case when cast(:state as text) is null
                        then state = 'FAILED' or (state = 'PENDING' and attempts > 0)
                        else state = :state end
             order by created_at desc, id
             offset :offset limit :limit""")
        .param("state", state == null ? null : state.name())
        .param("offset", offset)
        .param("limit", limit)
        .query((rs, n) -> mail(rs))
        .list();
  }

  public Optional<Mail> find(UUID id) {
    return jdbc.sql("select * from mail_outbox where id = :id")
        .param("id", id).query((rs, n) -> mail(rs)).optional();
  }

  /** Counts per state, and the pending mails that have failed at least once. */
  public record Counts(long pending, long retrying, long failed) {}

  public Counts counts() {
    return jdbc.sql("""
            select count(*) filter (where state = 'PENDING') as pending,
                   count(*) filter (where state = 'PENDING' and attempts > 0) as retrying,
                   count(*) filter (where state = 'FAILED') as failed
              from mail_outbox""")
        .query((rs, n) -> new Counts(rs.getLong("pending"), rs.getLong("retrying"),
            rs.getLong("failed")))
        .single();
  }

  /**
   * Puts a mail that is not sent back in the queue with a fresh set of attempts, due now; the
   * last error stays until the next attempt. Locks the row, so it never races a sender.
   *
   * @return false when the mail was sent already
   */
  boolean requeue(UUID id, Instant now) {
    return jdbc.sql("""
            update mail_outbox set state = 'PENDING', attempts = 0, next_attempt_at = :now
             where id = :id and state <> 'SENT'""")
        .param("id", id).param("now", Timestamp.from(now)).update() == 1;
  }

  private static Mail mail(ResultSet rs) throws SQLException {
    return new Mail(rs.getObject("id", UUID.class), rs.getObject("notification_id", UUID.class),
        rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
        State.valueOf(rs.getString("state")), rs.getInt("attempts"),
        instant(rs, "created_at"), instant(rs, "next_attempt_at"), rs.getString("last_error"),
        instant(rs, "sent_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
