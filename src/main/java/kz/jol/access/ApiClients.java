package kz.jol.access;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import kz.jol.access.domain.RoleFit;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Machine accounts of partner agencies' systems (ADR 0009): an {@code app_user} row with role
 * {@link Role#PARTNER_SYSTEM}, bound to one partner organisation, signing in to the API with HTTP
 * Basic as its client id and a generated secret. The secret is shown once, when it is issued, and
 * kept only as a BCrypt hash.
 */
@Service
public class ApiClients {

  static final int MAX_NAME = 200;
  private static final int SECRET_BYTES = 32;
  private static final String ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;
  private final OrganisationDirectory organisations;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  ApiClients(JdbcClient jdbc, PasswordEncoder passwords, OrganisationDirectory organisations,
      Clock clock) {
    this.jdbc = jdbc;
    this.passwords = passwords;
    this.organisations = organisations;
    this.clock = clock;
  }

  /**
   * A partner system's account.
   *
   * @param clientId the user name of HTTP Basic
   * @param name what the system is, shown in referral histories
   */
  public record ApiClient(UUID id, String clientId, String name, UUID organisationId,
      String territoryCode, boolean enabled, Instant createdAt, Instant updatedAt) {}

  /** A client with its secret in clear: the only moment the secret can be read. */
  public record IssuedSecret(ApiClient client, String secret) {}

  /** What an administrator gives for a new client. */
  public record NewApiClient(String name, UUID organisationId) {}

  @Transactional
  public IssuedSecret create(NewApiClient input) {
    List<FieldProblem> problems = new ArrayList<>();
    if (input == null || input.name() == null || input.name().isBlank()) {
      problems.add(new FieldProblem("name", "field.required", "is required"));
    } else if (input.name().strip().length() > MAX_NAME) {
      problems.add(new FieldProblem("name", "field.too-long", "at most " + MAX_NAME + " characters",
          MAX_NAME));
    }
    OrganisationDirectory.OrganisationRef organisation = null;
    if (input == null || input.organisationId() == null) {
      problems.add(new FieldProblem("organisationId", "field.required", "is required"));
    } else {
      organisation = organisations.find(input.organisationId()).filter(o -> o.active())
          .orElse(null);
      if (organisation == null) {
        problems.add(new FieldProblem("organisationId", "user.unknown-organisation",
            "no organisation " + input.organisationId(), input.organisationId()));
      } else if (!RoleFit.fits(Role.PARTNER_SYSTEM, organisation.type())) {
        problems.add(new FieldProblem("organisationId", "user.role-organisation",
            "a partner system must belong to a partner organisation", Role.PARTNER_SYSTEM,
            String.join(", ", RoleFit.typesFor(Role.PARTNER_SYSTEM))));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    UUID id = UUID.randomUUID();
    String secret = newSecret();
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.sql("""
            insert into app_user (id, username, password_hash, full_name, role, organisation_id,
                                  territory_code, enabled, created_at, updated_at)
            values (:id, :username, :hash, :name, 'PARTNER_SYSTEM', :org, :territory, true,
                    :now, :now)""")
        .param("id", id)
        .param("username", newClientId())
        .param("hash", passwords.encode(secret))
        .param("name", input.name().strip())
        .param("org", organisation.id())
        .param("territory", organisation.territoryCode())
        .param("now", now)
        .update();
    return new IssuedSecret(require(id), secret);
  }

  /** Every partner system's client, by organisation and name. */
  public List<ApiClient> list(UUID organisationId) {
    return jdbc.sql(SELECT + """
             and (cast(:org as uuid) is null or organisation_id = :org)
             order by organisation_id, full_name, username""")
        .param("org", organisationId)
        .query((rs, n) -> client(rs)).list();
  }

  public Optional<ApiClient> find(UUID id) {
    return jdbc.sql(SELECT + " and id = :id").param("id", id)
        .query((rs, n) -> client(rs)).optional();
  }

  /** A new secret; the old one stops working at once. */
  @Transactional
  public IssuedSecret rotateSecret(UUID id) {
    require(id);
    String secret = newSecret();
    jdbc.sql("""
            update app_user set password_hash = :hash, updated_at = :now, version = version + 1
             where id = :id and role = 'PARTNER_SYSTEM'""")
        .param("hash", passwords.encode(secret))
        .param("now", Timestamp.from(clock.instant()))
        .param("id", id)
        .update();
    return new IssuedSecret(require(id), secret);
  }

  /** Disables (the next call answers 401) or enables a client again. */
  @Transactional
  public ApiClient setEnabled(UUID id, boolean enabled) {
    require(id);
    jdbc.sql("""
            update app_user set enabled = :enabled, updated_at = :now, version = version + 1
             where id = :id and role = 'PARTNER_SYSTEM'""")
        .param("enabled", enabled)
        .param("now", Timestamp.from(clock.instant()))
        .param("id", id)
        .update();
    return require(id);
  }

  private static final String SELECT = """
      select id, username, full_name, organisation_id, territory_code, enabled, created_at,
             updated_at
        from app_user
       where role = 'PARTNER_SYSTEM'""";

  private ApiClient require(UUID id) {
    return find(id).orElseThrow(() -> new NotFoundException("api client", id));
  }

  private String newSecret() {
    byte[] bytes = new byte[SECRET_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** {@code partner-} and 12 letters and digits that cannot be mistaken for one another. */
  private String newClientId() {
    StringBuilder id = new StringBuilder("partner-");
    for (int i = 0; i < 12; i++) {
      id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
    }
    return id.toString().toLowerCase(Locale.ROOT);
  }

  private static ApiClient client(ResultSet rs) throws SQLException {
    return new ApiClient(rs.getObject("id", UUID.class), rs.getString("username"),
        rs.getString("full_name"), rs.getObject("organisation_id", UUID.class),
        rs.getString("territory_code"), rs.getBoolean("enabled"),
        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
  }
}
