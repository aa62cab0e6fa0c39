package kz.jol.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who signs in to the admin pages' tests, and what the audit trail says of a settings record. */
public final class AdminPages {

  private AdminPages() {}

  /** A signed-in user of the role, with a username of its own to find in versions and audit. */
  public static RequestPostProcessor as(Role role, String username) {
    return user(JolPrincipal.of(new Actor(UUID.randomUUID(), username, "Test " + role, role,
        UUID.randomUUID(), "000000000")));
  }

  /** Sets a form parameter, replacing what the form had: MockMvc's param() adds a value. */
  public static RequestPostProcessor set(String name, String value) {
    return request -> {
      request.setParameter(name, value);
      return request;
    };
  }

  public static String username(String what) {
    return what + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** How many audit rows the user left on a record. */
  public static long auditRows(JdbcClient jdbc, String type, UUID id, String username) {
    return jdbc.sql("""
            select count(*) from audit_event
             where record_type = :type and record_id = :id and username = :username""")
        .param("type", type).param("id", id).param("username", username)
        .query(Long.class).single();
  }

  /** The detail of the user's last audit row on a record. */
  public static String lastAuditDetail(JdbcClient jdbc, String type, UUID id, String username) {
    return jdbc.sql("""
            select detail from audit_event
             where record_type = :type and record_id = :id and username = :username
             order by id desc limit 1""")
        .param("type", type).param("id", id).param("username", username)
        .query(String.class).single();
  }
}
