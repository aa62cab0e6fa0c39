package kz.jol.police;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.register.CaseState;
import kz.jol.register.ProbationKind;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.CaseView;
import kz.jol.register.application.PersonService;
import kz.jol.register.domain.Address;
import kz.jol.register.domain.CaseTerms;
import kz.jol.register.domain.LegalBasis;
import kz.jol.register.domain.PersonDetails;
import kz.jol.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A fresh district of its own with a probation unit and its officer, a police unit with two
 * inspectors, and an administrator; persons registered at the addresses a test gives.
 */
final class PoliceFixture {

  final JdbcClient jdbc;
  final UserAdministration users;
  final PersonService persons;
  final CaseService cases;
  final String district;
  final UUID policeUnit;
  final Actor officer;
  final Actor inspector;
  final Actor otherInspector;
  final Actor admin;

  PoliceFixture(JdbcClient jdbc, UserAdministration users, PersonService persons,
      CaseService cases) {
    this.jdbc = jdbc;
    this.users = users;
    this.persons = persons;
    this.cases = cases;
    district = Fixtures.territory(jdbc);
    UUID probation = Fixtures.organisation(jdbc, "PROBATION_UNIT", district);
    policeUnit = Fixtures.organisation(jdbc, "POLICE_UNIT", district);
    UUID ministry = Fixtures.organisation(jdbc, "MINISTRY", "000000000");
    officer = user("off", Role.PROBATION_OFFICER, probation, district);
    inspector = user("insp", Role.POLICE_INSPECTOR, policeUnit, district);
    otherInspector = user("insp2", Role.POLICE_INSPECTOR, policeUnit, district);
    admin = user("adm", Role.ADMIN, ministry, "000000000");
  }

  Actor user(String prefix, Role role, UUID organisation, String territory) {
    var created = users.create(new UserAdministration.UserForm(
        prefix + "." + UUID.randomUUID().toString().substring(0, 8), "Synthetic " + prefix,
        role, organisation, territory, true, "a-long-password", null)).user();
    return new Actor(created.id(), created.username(), created.fullName(), created.role(),
        created.organisationId(), created.territoryCode());
  }

  /** A person living at the address line, with an active case of the officer; the case id. */
  UUID caseAt(String line, String lastName) {
    return as(officer, () -> {
      var person = persons.create(new PersonService.PersonInput(new PersonDetails(
          Fixtures.unusedIin(jdbc), lastName, "Айгерім", null, "KZ",
          new Address(district, line), null, null, 0, null, null, null, district),
          null, null));
      LocalDate on = LocalDate.now().minusDays(10);
      return cases.create(new CaseService.NewCase(person.id(), ProbationKind.SENTENCE, on,
          new CaseTerms(LegalBasis.CONDITIONAL_SENTENCE, null, on.minusDays(5),
              on.plusYears(1), null), district, null)).id();
    });
  }

  UUID personOf(UUID caseId) {
    return jdbc.sql("select person_id from probation_case where id = :id").param("id", caseId)
        .query(UUID.class).single();
  }

  /** Declares the case's person wanted, through the register as the officer. */
  void declareWanted(UUID caseId) {
    as(officer, () -> cases.transition(caseId, new CaseService.Transition(
        ((CaseView.Full) cases.get(caseId)).version(), CaseState.WANTED, LocalDate.now(),
        "Did not come to two check-ins; whereabouts unknown", null)));
  }

  static <T> T as(Actor actor, Supplier<T> action) {
    var principal = JolPrincipal.of(actor);
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null,
            principal.getAuthorities()));
    try {
      return action.get();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
