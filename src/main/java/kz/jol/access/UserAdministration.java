package kz.jol.access;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import kz.jol.access.domain.RoleFit;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import kz.jol.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and changing users: the administrator's work. Every input is checked first. */
@Service
public class UserAdministration {

  static final int MIN_PASSWORD_LENGTH = 10;
  static final int MAX_EMAIL_LENGTH = 254;

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;
  private final TerritoryScope territories;
  private final OrganisationDirectory organisations;
  private final Clock clock;

  UserAdministration(JdbcClient jdbc, PasswordEncoder passwords, TerritoryScope territories,
      OrganisationDirectory organisations, Clock clock) {
    this.jdbc = jdbc;
    this.passwords = passwords;
    this.territories = territories;
    this.organisations = organisations;
    this.clock = clock;
  }

  /**
   * A user with the row version that an update must send back, and the e-mail address for
   * notifications ({@code null} when none).
   */
  public record ManagedUser(UserSummary user, int version, String email) {}

  /** The fields an administrator sets. Password only on creation or reset. */
  public record UserForm(
      String username, String fullName, Role role, UUID organisationId, String territoryCode,
      Boolean enabled, String password, Integer version) {}

  @Transactional
  public ManagedUser create(UserForm form) {
    List<FieldProblem> problems = validate(form, true);
    String username = normalise(form.username());
    if (problems.isEmpty() && findByUsername(username).isPresent()) {
      throw new ConflictException("user.duplicate-username",
          "the user name '" + username + "' is taken", username);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    UUID id = UUID.randomUUID();
    jdbc.sql("""
            insert into app_user (id, username, password_hash, full_name, role, organisation_id,
                                  territory_code, enabled, created_at, updated_at)
            values (:id, :username, :hash, :fullName, :role, :org, :territory, :enabled, :now, :now)""")
        .param("id", id)
        .param("username", username)
        .param("hash", passwords.encode(form.password()))
        .param("fullName", form.fullName().trim())
        .param("role", form.role().name())
        .param("org", form.organisationId())
        .param("territory", form.territoryCode())
        .param("enabled", form.enabled() == null || form.enabled())
        .param("now", Timestamp.from(clock.instant()))
        .update();
    return find(id).orElseThrow();
  }

  @Transactional
  public ManagedUser update(UUID id, UserForm form) {
    ManagedUser existing = find(id).orElseThrow(() -> new NotFoundException("user", id));
    List<FieldProblem> problems = validate(form, false);
    if (form.role() != null
        && (existing.user().role() == Role.PARTNER_SYSTEM) != (form.role() == Role.PARTNER_SYSTEM)) {
      problems.add(apiClientRole());
    }
    if (form.version() == null) {
      problems.add(new FieldProblem("version", "field.required", "is required"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    int changed = jdbc.sql("""
            update app_user
               set full_name = :fullName, role = :role, organisation_id = :org,
                   territory_code = :territory, enabled = :enabled, updated_at = :now,
                   version = version + 1
             where id = :id and version = :version""")
        .param("id", id)
        .param("fullName", form.fullName().trim())
        .param("role", form.role().name())
        .param("org", form.organisationId())
        .param("territory", form.territoryCode())
        .param("enabled", form.enabled() == null || form.enabled())
        .param("now", Timestamp.from(clock.instant()))
        .param("version", form.version())
        .update();
    if (changed == 0) {
      throw new ConflictException("user.stale-version",
          "the user was changed by someone else; reload and try again");
    }
    return find(id).orElseThrow();
  }

  @Transactional
  public void resetPassword(UUID id, String password) {
    ManagedUser existing = find(id).orElseThrow(() -> new NotFoundException("user", id));
    if (existing.user().role() == Role.PARTNER_SYSTEM) {
      // A partner system's secret is generated, never chosen: ApiClients.rotateSecret.
      throw new InvalidInputException(apiClientRole());
    }
    List<FieldProblem> problems = new ArrayList<>();
    checkPassword(password, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    jdbc.sql("update app_user set password_hash = :hash, updated_at = :now where id = :id")
        .param("hash", passwords.encode(password))
        .param("now", Timestamp.from(clock.instant()))
        .param("id", id)
        .update();
  }

  /**
   * Sets the address where the user's notifications are e-mailed; blank removes it. Kept out of
   * {@link UserForm} so that an address is never dropped by an update that does not know it.
   */
  @Transactional
  public ManagedUser changeEmail(UUID id, String email) {
    find(id).orElseThrow(() -> new NotFoundException("user", id));
    String address = email == null || email.isBlank() ? null : email.trim();
    if (address != null && (address.length() > MAX_EMAIL_LENGTH
        || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
      throw new InvalidInputException("email", "user.email-format",
          "give an address such as name@example.kz");
    }
    jdbc.sql("update app_user set email = :email, updated_at = :now where id = :id")
        .param("email", address)
        .param("now", Timestamp.from(clock.instant()))
        .param("id", id)
        .update();
    return find(id).orElseThrow();
  }

  public List<ManagedUser> list(Role role, UUID organisationId, int offset, int limit) {
    return jdbc.sql("""
            select id, username, full_name, role, organisation_id, territory_code, enabled, version,
                   email
              from app_user
             where (cast(:role as text) is null or role = :role)
               and (cast(:org as uuid) is null or organisation_id = :org)
             order by username
             offset :offset limit :limit""")
        .param("role", role == null ? null : role.name())
        .param("org", organisationId)
        .param("offset", Math.max(0, offset))
        .param("limit", Math.clamp(limit, 1, 500))
        .query((rs, n) -> new ManagedUser(summary(rs), rs.getInt("version"), rs.getString("email")))
        .list();
  }

  /** Whether an enabled administrator exists. */
  public boolean anyAdministrator() {
    return jdbc.sql("select exists (select 1 from app_user where role = 'ADMIN' and enabled)")
        .query(Boolean.class).single();
  }

  /** Whether any user exists: an empty database has none. */
  public boolean anyUser() {
    return jdbc.sql("select exists (select 1 from app_user)").query(Boolean.class).single();
  }

  public Optional<ManagedUser> find(UUID id) {
    return jdbc.sql("""
            select id, username, full_name, role, organisation_id, territory_code, enabled, version,
                   email
              from app_user where id = :id""")
        .param("id", id).query((rs, n) -> new ManagedUser(summary(rs), rs.getInt("version"), rs.getString("email"))).optional();
  }

  private Optional<UUID> findByUsername(String username) {
    return jdbc.sql("select id from app_user where username = :username")
        .param("username", username).query(UUID.class).optional();
  }

  private List<FieldProblem> validate(UserForm form, boolean creating) {
    List<FieldProblem> problems = new ArrayList<>();
    if (creating) {
      String username = normalise(form.username());
      if (username == null || !username.matches("[a-z0-9._-]{3,64}")) {
        problems.add(new FieldProblem("username", "user.username-format",
            "use 3 to 64 letters a-z, digits, dots, dashes or underscores"));
      }
      checkPassword(form.password(), problems);
    }
    if (form.fullName() == null || form.fullName().isBlank()) {
      problems.add(new FieldProblem("fullName", "field.not-blank", "must not be empty"));
    }
    if (form.role() == null) {
      problems.add(new FieldProblem("role", "field.required", "is required"));
    } else if (creating && form.role() == Role.PARTNER_SYSTEM) {
      problems.add(apiClientRole());
    }
    boolean territoryKnown = form.territoryCode() != null && territories.exists(form.territoryCode());
    if (!territoryKnown) {
      problems.add(new FieldProblem("territoryCode", "user.unknown-territory",
          "no territory " + form.territoryCode(), String.valueOf(form.territoryCode())));
    }
    if (form.organisationId() == null) {
      problems.add(new FieldProblem("organisationId", "field.required", "is required"));
      return problems;
    }
    var organisation = organisations.find(form.organisationId()).filter(o -> o.active());
    if (organisation.isEmpty()) {
      problems.add(new FieldProblem("organisationId", "user.unknown-organisation",
          "no organisation " + form.organisationId(), form.organisationId()));
      return problems;
    }
    if (form.role() != null && !RoleFit.fits(form.role(), organisation.get().type())) {
      problems.add(new FieldProblem("role", "user.role-organisation",
          "a " + form.role() + " must belong to an organisation of type "
              + String.join(" or ", RoleFit.typesFor(form.role())),
          form.role(), String.join(", ", RoleFit.typesFor(form.role()))));
    }
    if (territoryKnown
        && !territories.isWithin(form.territoryCode(), organisation.get().territoryCode())) {
      problems.add(new FieldProblem("territoryCode", "user.territory-outside-organisation",
          "the user's territory must lie within the organisation's territory "
              + organisation.get().territoryCode(), organisation.get().territoryCode()));
    }
    return problems;
  }

  private static FieldProblem apiClientRole() {
    return new FieldProblem("role", "user.role-api-client",
        "partner systems are API clients: use /api/v1/admin/api-clients");
  }

  private static void checkPassword(String password, List<FieldProblem> problems) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      problems.add(new FieldProblem("password", "user.password-too-short",
          "use at least " + MIN_PASSWORD_LENGTH + " characters", MIN_PASSWORD_LENGTH));
    }
  }

  private static String normalise(String username) {
    return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
  }

  private static UserSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new UserSummary(rs.getObject("id", UUID.class), rs.getString("username"),
        rs.getString("full_name"), Role.valueOf(rs.getString("role")),
        rs.getObject("organisation_id", UUID.class), rs.getString("territory_code"),
        rs.getBoolean("enabled"));
  }
}
