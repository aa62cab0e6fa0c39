package kz.jol.notification;

import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Fresh synthetic users in a fresh partner organisation of their own, to notify. */
public final class People {

  private final JdbcClient jdbc;
  private final UserAdministration users;
  public final String territory;
  public final UUID organisation;

  public People(JdbcClient jdbc, UserAdministration users) {
    this.jdbc = jdbc;
    this.users = users;
    this.territory = Fixtures.territory(jdbc);
    this.organisation = Fixtures.organisation(jdbc, "EMPLOYMENT_CENTRE", territory);
  }

  /** A user of the organisation with the role (ADMIN too), with the address or none. */
  public Actor user(Role role, String email) {
    String name = "notify." + UUID.randomUUID().toString().substring(0, 8);
    var created = users.create(new UserAdministration.UserForm(name, "Synthetic " + role,
        role, organisation, territory, true, "a-long-password", null)).user();
    if (email != null) {
      users.changeEmail(created.id(), email);
    }
    return new Actor(created.id(), created.username(), created.fullName(), created.role(),
        created.organisationId(), created.territoryCode());
  }

  /** A unique synthetic address. */
  public static String address() {
    return "n" + UUID.randomUUID().toString().substring(0, 12) + "@example.kz";
  }

  public static RequestPostProcessor as(Actor actor) {
    return org.springframework.security.test.web.servlet.request
        .SecurityMockMvcRequestPostProcessors.user(JolPrincipal.of(actor));
  }

  public void disable(Actor actor) {
    jdbc.sql("update app_user set enabled = false where id = :id").param("id", actor.userId())
        .update();
  }
}
