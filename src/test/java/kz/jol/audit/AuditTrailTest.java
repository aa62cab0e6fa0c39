package kz.jol.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@SpringBootTest
class AuditTrailTest {

  @Autowired AuditTrail trail;
  @Autowired AuditLog log;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void recordsWhoDidWhatToWhichRecordNewestFirst() {
    var actor = new Actor(UUID.randomUUID(), "auditor-" + UUID.randomUUID().toString().substring(0, 6),
        "Synthetic Prosecutor", Role.PROSECUTOR, null, "000000000");
    var principal = JolPrincipal.of(actor);
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    UUID record = UUID.randomUUID();
    trail.record("CASE", record, AuditAction.VIEW, "card");
    trail.recordAll("CASE", List.of(record), AuditAction.EXPORT, "route sheet");

    List<AuditEntry> history = log.history("CASE", record, 0, 10);
    assertThat(history).extracting(AuditEntry::action)
        .containsExactly(AuditAction.EXPORT, AuditAction.VIEW);
    assertThat(history).allSatisfy(entry -> {
      assertThat(entry.username()).isEqualTo(actor.username());
      assertThat(entry.role()).isEqualTo("PROSECUTOR");
      assertThat(entry.userId()).isEqualTo(actor.userId());
    });
    assertThat(log.count("CASE", record)).isEqualTo(2);
  }

  @Test
  void theDatabaseRefusesToChangeOrDeleteTheTrail() {
    UUID record = UUID.randomUUID();
    trail.record("PERSON", record, AuditAction.VIEW, "card");
    assertThatThrownBy(() -> jdbc.sql("update audit_event set username = 'someone else' "
        + "where record_id = :id").param("id", record).update())
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("delete from audit_event where record_id = :id")
        .param("id", record).update())
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    assertThat(log.history("PERSON", record, 0, 10)).singleElement()
        .satisfies(entry -> assertThat(entry.username()).isEqualTo("system"));
  }
}
