package kz.jol.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.jol.notification.NotificationKind;
import kz.jol.notification.NotificationMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The in-app notifications: one row per recipient, key and arguments as given. */
@Repository
public class NotificationStore {

  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  NotificationStore(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** A stored notification, not yet rendered. */
  public record Stored(UUID id, UUID recipientId, NotificationKind kind, String key,
      List<String> args, String link, Instant createdAt, Instant readAt) {}

  UUID insert(UUID recipientId, NotificationMessage message, Instant now) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
            insert into notification (id, recipient_id, kind, message_key, message_args, link,
                                      created_at)
            values (:id, :recipient, :kind, :key, cast(:args as jsonb), :link, :now)""")
        .param("id", id)
        .param("recipient", recipientId)
        .param("kind", message.kind().name())
        .param("key", message.key())
        .param("args", json.writeValueAsString(message.args()))
        .param("link", message.link())
        .param("now", Timestamp.from(now))
        .update();
    return id;
  }

  /** The recipient's notifications, newest first. */
  public List<Stored> page(UUID recipientId, int offset, int limit) {
    return jdbc.sql("""
            select id, recipient_id, kind, message_key, message_args, link, created_at, read_at
              from notification
             where recipient_id = :recipient
             order by created_at desc, id
             offset :offset limit :limit""")
        .param("recipient", recipientId)
        .param("offset", offset)
        .param("limit", limit)
        .query((rs, n) -> new Stored(rs.getObject("id", UUID.class),
            rs.getObject("recipient_id", UUID.class),
            NotificationKind.valueOf(rs.getString("kind")), rs.getString("message_key"),
            json.readValue(rs.getString("message_args"), STRINGS), rs.getString("link"),
            rs.getTimestamp("created_at").toInstant(),
            Optional.ofNullable(rs.getTimestamp("read_at")).map(Timestamp::toInstant)
                .orElse(null)))
        .list();
  }

  public long unread(UUID recipientId) {
    return jdbc.sql("""
            select count(*) from notification where recipient_id = :recipient and read_at is null""")
        .param("recipient", recipientId).query(Long.class).single();
  }

  /** Marks one of the recipient's notifications read; false when the recipient has no such. */
  public boolean markRead(UUID recipientId, UUID id, Instant now) {
    int found = jdbc.sql("""
            update notification set read_at = coalesce(read_at, :now)
             where id = :id and recipient_id = :recipient""")
        .param("id", id).param("recipient", recipientId).param("now", Timestamp.from(now))
        .update();
    return found == 1;
  }

  /** Marks all the recipient's unread notifications read; returns how many. */
  public int markAllRead(UUID recipientId, Instant now) {
    return jdbc.sql("""
            update notification set read_at = :now
             where recipient_id = :recipient and read_at is null""")
        .param("recipient", recipientId).param("now", Timestamp.from(now)).update();
  }
}
