package kz.jol.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.CurrentActor;
import kz.jol.audit.AuditAction;
import kz.jol.audit.AuditEntry;
import kz.jol.audit.AuditLog;
import kz.jol.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@Component
class JdbcAuditTrail implements AuditTrail, AuditLog {

  private static final String INSERT = """
      insert into audit_event (occurred_at, user_id, username, role, record_type, record_id,
                               action, detail, client_address)
      values (:at, :userId, :username, :role, :type, :id, :action, :detail, :address)""";

  private final JdbcClient jdbc;
  private final CurrentActor currentActor;
  private final Clock clock;

  JdbcAuditTrail(JdbcClient jdbc, CurrentActor currentActor, Clock clock) {
    this.jdbc = jdbc;
    this.currentActor = currentActor;
    this.clock = clock;
  }

  @Override
  public void record(String recordType, UUID recordId, AuditAction action, String detail) {
    recordAll(recordType, List.of(recordId), action, detail);
  }

  @Override
  public void recordAll(String recordType, Collection<UUID> recordIds, AuditAction action,
      String detail) {
    if (recordIds.isEmpty()) {
      return;
    }
    Optional<Actor> actor = currentActor.find();
    Timestamp at = Timestamp.from(clock.instant());
    String address = clientAddress();
    for (UUID id : recordIds) {
      jdbc.sql(INSERT)
          .param("at", at)
          .param("userId", actor.map(Actor::userId).orElse(null))
          .param("username", actor.map(Actor::username).orElse("system"))
          .param("role", actor.map(a -> a.role().name()).orElse("SYSTEM"))
          .param("type", recordType)
          .param("id", id)
          .param("action", action.name())
          .param("detail", detail)
          .param("address", address)
          .update();
    }
  }

  @Override
  public List<AuditEntry> history(String recordType, UUID recordId, int offset, int limit) {
    return jdbc.sql("""
            select id, occurred_at, user_id, username, role, record_type, record_id, action,
                   detail, client_address
              from audit_event
             where record_type = :type and record_id = :id
             order by occurred_at desc, id desc
             offset :offset limit :limit""")
        .param("type", recordType)
        .param("id", recordId)
        .param("offset", Math.max(0, offset))
        .param("limit", Math.clamp(limit, 1, 500))
        .query((rs, n) -> new AuditEntry(
            rs.getLong("id"),
            rs.getTimestamp("occurred_at").toInstant(),
            rs.getObject("user_id", UUID.class),
            rs.getString("username"),
            rs.getString("role"),
            rs.getString("record_type"),
            rs.getObject("record_id", UUID.class),
            AuditAction.valueOf(rs.getString("action")),
            rs.getString("detail"),
            rs.getString("client_address")))
        .list();
  }

  @Override
  public long count(String recordType, UUID recordId) {
    return jdbc.sql("select count(*) from audit_event where record_type = :type and record_id = :id")
        .param("type", recordType).param("id", recordId).query(Long.class).single();
  }

  private static String clientAddress() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      HttpServletRequest request = attributes.getRequest();
      return request.getRemoteAddr();
    }
    return null;
  }
}
