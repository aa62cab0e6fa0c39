package kz.jol.access.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.LanguagePreferences;
import kz.jol.access.Role;
import kz.jol.access.UserContact;
import kz.jol.access.UserSummary;
import kz.jol.access.Users;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class JdbcUsers implements Users, UserDetailsService, LanguagePreferences {

  private static final java.util.Set<String> LANGUAGES = java.util.Set.of("kk", "ru", "en");

  private static final String COLUMNS = """
      id, username, password_hash, full_name, role, organisation_id, territory_code, enabled""";

  private final JdbcClient jdbc;

  JdbcUsers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<UserSummary> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from app_user where id = :id")
        .param("id", id)
        .query((rs, n) -> new UserSummary(
            rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("full_name"),
            Role.valueOf(rs.getString("role")), rs.getObject("organisation_id", UUID.class),
            rs.getString("territory_code"), rs.getBoolean("enabled")))
        .optional();
  }

  @Override
  public Optional<UserContact> contact(UUID id) {
    return jdbc.sql("select id, full_name, email, enabled, language from app_user where id = :id")
        .param("id", id)
        .query((rs, n) -> contact(rs))
        .optional();
  }

  @Override
  public List<UserContact> enabledContacts(UUID organisationId, Role role) {
    return jdbc.sql("""
            select id, full_name, email, enabled, language from app_user
             where organisation_id = :org and role = :role and enabled
             order by username""")
        .param("org", organisationId)
        .param("role", role.name())
        .query((rs, n) -> contact(rs))
        .list();
  }

  @Override
  public List<UserContact> enabledContacts(Role role) {
    return jdbc.sql("""
            select id, full_name, email, enabled, language from app_user
             where role = :role and enabled
             order by username""")
        .param("role", role.name())
        .query((rs, n) -> contact(rs))
        .list();
  }

  private static UserContact contact(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new UserContact(rs.getObject("id", UUID.class), rs.getString("full_name"),
        rs.getString("email"), rs.getBoolean("enabled"), rs.getString("language"));
  }

  @Override
  public Optional<String> language(UUID userId) {
    return jdbc.sql("select language from app_user where id = :id").param("id", userId)
        .query((rs, n) -> Optional.ofNullable(rs.getString("language")))
        .optional().flatMap(language -> language);
  }

  @Override
  public void remember(UUID userId, String language) {
    if (userId == null || language == null || !LANGUAGES.contains(language)) {
      return;
    }
    // Only a change is written: switching pages in one language costs a read-free no-op.
    jdbc.sql("""
            update app_user set language = :language
             where id = :id and language is distinct from :language""")
        .param("id", userId).param("language", language).update();
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return jdbc.sql("select " + COLUMNS + " from app_user where username = :username")
        .param("username", username.trim().toLowerCase(Locale.ROOT))
        .query((rs, n) -> new JolPrincipal(
            new Actor(rs.getObject("id", UUID.class), rs.getString("username"),
                rs.getString("full_name"), Role.valueOf(rs.getString("role")),
                rs.getObject("organisation_id", UUID.class), rs.getString("territory_code")),
            rs.getString("password_hash"),
            rs.getBoolean("enabled")))
        .optional()
        .orElseThrow(() -> new UsernameNotFoundException("no such user"));
  }
}
