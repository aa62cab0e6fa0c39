package kz.jol.support;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.register.ProbationKind;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.register.domain.Address;
import kz.jol.register.domain.CaseTerms;
import kz.jol.register.domain.LegalBasis;
import kz.jol.register.domain.PersonDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** A probation officer of a fresh district of their own, and cases registered for them. */
public final class CaseloadFixture {

  /** The officer's password, to sign in through the browser. */
  public static final String PASSWORD = "a-long-password";

  private final JdbcClient jdbc;
  private final PersonService persons;
  private final CaseService cases;
  public final Actor officer;

  public CaseloadFixture(JdbcClient jdbc, UserAdministration users, PersonService persons,
      CaseService cases) {
    this.jdbc = jdbc;
    this.persons = persons;
    this.cases = cases;
    String district = Fixtures.territory(jdbc);
    UUID unit = Fixtures.organisation(jdbc, "PROBATION_UNIT", district);
    var created = users.create(new UserAdministration.UserForm(
        "reint." + UUID.randomUUID().toString().substring(0, 8), "Synthetic Officer",
        Role.PROBATION_OFFICER, unit, district, true, PASSWORD, null)).user();
    officer = new Actor(created.id(), created.username(), created.fullName(), created.role(),
        created.organisationId(), created.territoryCode());
  }

  /** A case of a synthetic person registered on the day, in the officer's district. */
  public UUID caseRegistered(LocalDate on) {
    return caseRegistered(on, "Сынақова", "Айгерім");
  }

  /** A case of a synthetic person of this name registered on the day, in the officer's district. */
  public UUID caseRegistered(LocalDate on, String lastName, String firstName) {
    return asOfficer(() -> {
      String district = officer.territoryCode();
      var person = persons.create(new PersonService.PersonInput(new PersonDetails(
          Fixtures.unusedIin(jdbc), lastName, firstName, null, "KZ",
          new Address(district, "ул. Тестовая, 2"), null, null, 0, null, null, null, district),
          null, null));
      return cases.create(new CaseService.NewCase(person.id(), ProbationKind.SENTENCE, on,
          new CaseTerms(LegalBasis.CONDITIONAL_SENTENCE, null, on.minusDays(5), on.plusYears(1),
              null), district, null)).id();
    });
  }

  /** Does what the services allow the officer, signed in for the length of the call. */
  public <T> T asOfficer(Supplier<T> action) {
    var principal = JolPrincipal.of(officer);
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
