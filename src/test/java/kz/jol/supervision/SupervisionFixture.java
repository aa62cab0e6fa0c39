package kz.jol.supervision;

import java.time.LocalDate;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.support.CaseloadFixture;
import kz.jol.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh district with its probation officer, a probation head over it, a police inspector of
 * the district and one of another district, and cases registered for the officer.
 */
public final class SupervisionFixture {

  public final CaseloadFixture caseload;
  public final Actor officer;
  public final Actor head;
  public final Actor inspector;
  public final Actor strangerInspector;
  public final Actor prosecutor;
  /** The inspector's precinct, where every case registered here lives. */
  public final UUID precinct;
  private final JdbcClient jdbc;

  public SupervisionFixture(JdbcClient jdbc, UserAdministration users, PersonService persons,
      CaseService cases) {
    this.jdbc = jdbc;
    caseload = new CaseloadFixture(jdbc, users, persons, cases);
    officer = caseload.officer;
    String district = officer.territoryCode();
    head = user(users, Role.PROBATION_HEAD, "Synthetic Head",
        Fixtures.organisation(jdbc, "PROBATION_UNIT", district), district);
    UUID police = Fixtures.organisation(jdbc, "POLICE_UNIT", district);
    inspector = user(users, Role.POLICE_INSPECTOR, "Synthetic Inspector", police, district);
    precinct = Fixtures.precinct(jdbc, inspector.userId(), police, district);
    String elsewhere = Fixtures.territory(jdbc);
    strangerInspector = user(users, Role.POLICE_INSPECTOR, "Synthetic Stranger",
        Fixtures.organisation(jdbc, "POLICE_UNIT", elsewhere), elsewhere);
    prosecutor = user(users, Role.PROSECUTOR, "Synthetic Prosecutor",
        Fixtures.organisation(jdbc, "PROSECUTOR_OFFICE", district), district);
  }

  /** A case registered on the day for the officer; its person lives in the inspector's precinct. */
  public UUID caseRegistered(LocalDate on) {
    UUID caseId = caseload.caseRegistered(on);
    Fixtures.liveIn(jdbc, precinct, Fixtures.personOf(jdbc, caseId));
    return caseId;
  }

  private static Actor user(UserAdministration users, Role role, String name, UUID org,
      String territory) {
    var created = users.create(new UserAdministration.UserForm(
        "sup." + UUID.randomUUID().toString().substring(0, 8), name, role, org, territory, true,
        "a-long-password", null)).user();
    return new Actor(created.id(), created.username(), created.fullName(), created.role(),
        created.organisationId(), created.territoryCode());
  }
}
