package kz.jol.interaction;

import java.util.UUID;
import java.util.function.Supplier;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A fresh district of its own for a test of advisory bodies: the akimat department that convenes
 * the КСО with its head (the recorder), two responsible organisations (an employment centre and
 * a clinic) with a head and a worker each, a probation head and a prosecutor of the district, and
 * outsiders: a probation head of another district and an NGO head who takes part in nothing.
 * Users' password: {@value #PASSWORD}.
 */
public final class CouncilFixture {

  public static final String PASSWORD = "a-long-password";

  public final String territory;
  public final String otherTerritory;
  public final UUID akimat;
  public final UUID employment;
  public final UUID clinic;
  public final UUID ngo;
  public final Actor akimatHead;
  public final Actor employmentHead;
  public final Actor employmentWorker;
  public final Actor clinicHead;
  public final Actor probationHead;
  public final Actor prosecutor;
  public final Actor otherProbationHead;
  public final Actor ngoHead;

  public CouncilFixture(JdbcClient jdbc, UserAdministration users) {
    territory = Fixtures.territory(jdbc);
    otherTerritory = Fixtures.territory(jdbc);
    akimat = Fixtures.organisation(jdbc, "AKIMAT_DEPARTMENT", territory,
        "Сынақ әкімдігінің жұмыспен қамту бөлімі", "Отдел занятости тестового акимата",
        "Employment department of the test akimat", null, null);
    employment = Fixtures.organisation(jdbc, "EMPLOYMENT_CENTRE", territory,
        "Сынақ жұмыспен қамту орталығы", "Тестовый центр занятости", "Test employment centre",
        null, null);
    clinic = Fixtures.organisation(jdbc, "HEALTH_CLINIC", territory, "Сынақ емханасы",
        "Тестовая поликлиника", "Test clinic", null, null);
    ngo = Fixtures.organisation(jdbc, "NGO", territory);
    UUID probation = Fixtures.organisation(jdbc, "PROBATION_UNIT", territory);
    UUID otherProbation = Fixtures.organisation(jdbc, "PROBATION_UNIT", otherTerritory);
    UUID prosecution = Fixtures.organisation(jdbc, "PROSECUTOR_OFFICE", territory);
    akimatHead = user(users, Role.AGENCY_HEAD, akimat, territory);
    employmentHead = user(users, Role.AGENCY_HEAD, employment, territory);
    employmentWorker = user(users, Role.AGENCY_WORKER, employment, territory);
    clinicHead = user(users, Role.AGENCY_HEAD, clinic, territory);
    probationHead = user(users, Role.PROBATION_HEAD, probation, territory);
    prosecutor = user(users, Role.PROSECUTOR, prosecution, territory);
    otherProbationHead = user(users, Role.PROBATION_HEAD, otherProbation, otherTerritory);
    ngoHead = user(users, Role.AGENCY_HEAD, ngo, territory);
  }

  /** Runs the work as the actor signed in. */
  public static <T> T as(Actor actor, Supplier<T> work) {
    var principal = JolPrincipal.of(actor);
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null,
            principal.getAuthorities()));
    try {
      return work.get();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private static Actor user(UserAdministration users, Role role, UUID org, String territory) {
    var created = users.create(new UserAdministration.UserForm(
        "council." + UUID.randomUUID().toString().substring(0, 8), "Synthetic Official", role,
        org, territory, true, PASSWORD, null)).user();
    return new Actor(created.id(), created.username(), created.fullName(), created.role(),
        created.organisationId(), created.territoryCode());
  }
}
