package kz.jol.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The {@code idempotency_key} table: claims, stored responses and their expiry (ADR 0009). */
@Component
class IdempotencyKeys {

  /** What a request with a key answered; replayed to every retry of the same request. */
  record Stored(String method, String path, String requestHash, int status, String contentType,
      String etag, byte[] body) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration lifetime;

  IdempotencyKeys(JdbcClient jdbc, Clock clock,
      @Value("${jol.idempotency.lifetime:PT24H}") Duration lifetime) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.lifetime = lifetime;
  }

  /**
   * Claims the key for this request in the current transaction; false when another request
   * holds it (after waiting for that request's transaction to end). An expired key is free again.
   */
  boolean claim(UUID client, String key, String method, String path, String hash) {
    Instant now = clock.instant();
    jdbc.sql("delete from idempotency_key where client_id = :client and key = :key "
            + "and expires_at <= :now")
        .param("client", client).param("key", key).param("now", Timestamp.from(now)).update();
    return jdbc.sql("""
            insert into idempotency_key (client_id, key, method, path, request_hash, created_at,
                                         expires_at)
            values (:client, :key, :method, :path, :hash, :now, :expires)
            on conflict do nothing""")
        .param("client", client).param("key", key).param("method", method)
        .param("path", path).param("hash", hash).param("now", Timestamp.from(now))
        .param("expires", Timestamp.from(now.plus(lifetime)))
        .update() == 1;
  }

  /** Stores the answer of the request that claimed the key, in its transaction. */
  void complete(UUID client, String key, int status, String contentType, String etag,
      byte[] body) {
    jdbc.sql("""
            update idempotency_key
               set response_status = :status, content_type = :type, etag = :etag,
                   response_body = :body
             where client_id = :client and key = :key""")
        .param("status", status).param("type", contentType).param("etag", etag)
        .param("body", body).param("client", client).param("key", key)
        .update();
  }

  Optional<Stored> find(UUID client, String key) {
    return jdbc.sql("""
            select method, path, request_hash, response_status, content_type, etag,
                   response_body
              from idempotency_key
             where client_id = :client and key = :key and response_status is not null""")
        .param("client", client).param("key", key)
        .query((rs, n) -> new Stored(rs.getString("method"), rs.getString("path"),
            rs.getString("request_hash"), rs.getInt("response_status"),
            rs.getString("content_type"), rs.getString("etag"), rs.getBytes("response_body")))
        .optional();
  }

  /**
   * Forgets expired keys and the responses they keep (which may name a person). Safe on several
   * nodes at once: each deletes what has expired, none needs a lock.
   */
  @Scheduled(cron = "${jol.idempotency.cleanup-cron:0 23 * * * *}")
  int deleteExpired() {
    return jdbc.sql("delete from idempotency_key where expires_at <= :now")
        .param("now", Timestamp.from(clock.instant())).update();
  }
}
