package kz.jol.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.access.UserAdministration.ManagedUser;
import kz.jol.access.UserAdministration.UserForm;
import kz.jol.database.EmbeddedDatabase;
import kz.jol.demo.domain.SurveyProfile;
import kz.jol.demo.domain.SurveyProfile.Respondent;
import kz.jol.organisation.Organisation;
import kz.jol.organisation.Organisations;
import kz.jol.register.CaseState;
import kz.jol.register.Iin;
import kz.jol.register.Sex;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.CaseView;
import kz.jol.register.application.PersonService;
import kz.jol.register.application.PersonView;
import kz.jol.register.domain.Address;
import kz.jol.register.domain.Education;
import kz.jol.register.domain.Employment;
import kz.jol.register.domain.PersonDetails;
import kz.jol.reintegration.domain.PlanState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the Karaganda demo dataset on the default run: only into the embedded database, only
 * when it has no users yet, only when {@code jol.demo-data.enabled}. Everything goes through
 * the modules' own services, acting as the demo officers, so the demo data passes the same
 * validation, scope checks and audit as real data. All of it or nothing: one transaction.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

  /** The password of every demo user; printed in the README and the log. */
  static final String PASSWORD = "Jol-demo-2026";
  static final int PERSONS = 200;
  static final long SEED = 2025L;

  static final String REPUBLIC = "000000000";
  static final String KARAGANDA_REGION = "350000000";
  static final String KARAGANDA_CITY = "351000000";
  static final String TEMIRTAU = "352400000";

  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

  private final boolean enabled;
  private final ObjectProvider<EmbeddedDatabase> embedded;
  private final UserAdministration users;
  private final Organisations organisations;
  private final PersonService persons;
  private final CaseService cases;
  private final DemoReintegration reintegration;
  private final DemoActionPlan actionPlan;
  private final DemoPrecincts precincts;
  private final DemoSupervision supervision;
  private final DemoCouncils councils;
  private final DemoRegistry registry;
  private final DemoPublications publications;
  private final TransactionTemplate transaction;
  private final Clock clock;

  DemoDataLoader(@Value("${jol.demo-data.enabled:false}") boolean enabled,
      ObjectProvider<EmbeddedDatabase> embedded, UserAdministration users,
      Organisations organisations, PersonService persons, CaseService cases,
      DemoReintegration reintegration, DemoActionPlan actionPlan, DemoPrecincts precincts,
      DemoSupervision supervision, DemoCouncils councils, DemoRegistry registry,
      DemoPublications publications, TransactionTemplate transaction, Clock clock) {
    this.enabled = enabled;
    this.embedded = embedded;
    this.users = users;
    this.organisations = organisations;
    this.persons = persons;
    this.cases = cases;
    this.reintegration = reintegration;
    this.actionPlan = actionPlan;
    this.precincts = precincts;
    this.supervision = supervision;
    this.councils = councils;
    this.registry = registry;
    this.publications = publications;
    this.transaction = transaction;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled) {
      return;
    }
    if (embedded.getIfAvailable() == null) {
      log.info("Demo data not loaded: Jol runs on a configured database");
      return;
    }
    if (users.anyUser()) {
      log.info("Demo data not loaded: the database already has users");
      return;
    }
    long started = System.nanoTime();
    DemoSummary summary = transaction.execute(status -> load());
    log.info("""
        Demo data loaded for Karaganda region in {} ms: {} organisations, {} users, {} persons, \
        {} cases, {} plans approved and {} drafted.
        Sign in at http://localhost:{} with any of these users; the password of each is {}
        {}""", (System.nanoTime() - started) / 1_000_000, summary.organisations(),
        summary.users().size(), summary.personIds().size(), summary.cases(),
        summary.plans().getOrDefault(PlanState.APPROVED, 0),
        summary.plans().getOrDefault(PlanState.DRAFT, 0),
        System.getProperty("server.port", "8080"), PASSWORD, table(summary.users()));
  }

  record DemoUser(String username, Role role, String organisation) {}

  /** What was loaded; {@code plans} counts the plans by their state at the end. */
  record DemoSummary(int organisations, List<DemoUser> users, List<UUID> personIds, int cases,
      Map<PlanState, Integer> plans) {}

  DemoSummary load() {
    Map<String, Organisation> orgs = DemoOrganisations.register(organisations);
    actionPlan.link(orgs);
    List<DemoUser> demoUsers = new ArrayList<>();
    Map<String, ManagedUser> byName = new java.util.HashMap<>();
    for (DemoOrganisations.Account account : DemoOrganisations.ACCOUNTS) {
      Organisation org = orgs.get(account.organisationKey());
      ManagedUser user = users.create(new UserForm(account.username(), account.fullName(),
          account.role(), org.id(), org.territoryCode(), true, PASSWORD, null));
      byName.put(account.username(), user);
      demoUsers.add(new DemoUser(account.username(), account.role(), org.nameEn()));
    }
    Map<String, ManagedUser> officerOf = Map.of(
        KARAGANDA_CITY, byName.get("officer"), TEMIRTAU, byName.get("officer.temirtau"));

    LocalDate today = LocalDate.now(clock);
    Random random = new Random(SEED);
    // A stream of its own, so that the people and cases stay as they were without the stories.
    Random stories = new Random(SEED + 1);
    Random supervised = new Random(SEED + 2);
    Map<PlanState, Integer> plans = new EnumMap<>(PlanState.class);
    List<Respondent> respondents = SurveyProfile.draw(PERSONS, SEED);
    SyntheticPeople people = new SyntheticPeople(random);
    List<UUID> personIds = new ArrayList<>();
    int caseCount = 0;
    for (int i = 0; i < respondents.size(); i++) {
      Respondent respondent = respondents.get(i);
      String district = i % 4 == 3 ? TEMIRTAU : KARAGANDA_CITY;
      ManagedUser officer = officerOf.get(district);
      actAs(officer);
      try {
        PersonView person = persons.create(new PersonService.PersonInput(
            details(people, respondent, district, i, today, random), null, Sex.FEMALE));
        personIds.add(person.id());
        CaseService.NewCase newCase = people.newCase(person.id(), district, today, random);
        CaseView created = cases.create(newCase);
        caseCount++;
        PlanState plan = reintegration.tell(created.id(), newCase.registrationDate(), district,
            orgs.values(), today, stories);
        if (people.moveOn(cases, created, today, random) == CaseState.CLOSED) {
          reintegration.closePlan(created.id(), plan);
          plan = plan == null ? null : PlanState.CLOSED;
        }
        supervision.tell(created.id(), today, supervised);
        if (plan != null) {
          plans.merge(plan, 1, Integer::sum);
        }
      } finally {
        SecurityContextHolder.clearContext();
      }
    }
    reintegration.sweep();
    actAs(byName.get("admin"));
    try {
      precincts.draw(DemoPrecincts.policeUnit(orgs), byName.get("inspector").user().id());
    } finally {
      SecurityContextHolder.clearContext();
    }
    supervision.sweep();
    councils.load(orgs, today);
    registry.load(orgs, byName.get("agencyhead"), byName.get("officer"), today);
    actAs(byName.get("admin"));
    try {
      publications.publish(KARAGANDA_REGION, today);
    } finally {
      SecurityContextHolder.clearContext();
    }
    return new DemoSummary(orgs.size(), demoUsers, personIds, caseCount, plans);
  }

  private static PersonDetails details(SyntheticPeople people, Respondent respondent,
      String district, int index, LocalDate today, Random random) {
    LocalDate birth = people.birthDate(respondent.ageBand(), today);
    Iin iin = SyntheticPeople.iin(birth, index);
    SyntheticPeople.Name name = people.name();
    int children = respondent.hasChildrenUnder18() ? 1 + random.nextInt(3) : 0;
    Address home = new Address(district, people.addressLine(district));
    return new PersonDetails(iin, name.last(), name.first(), name.middle(), "KZ", home, home,
        people.phone(index), children, people.maritalStatus(children > 0), education(respondent),
        employment(respondent), district);
  }

  private static Education education(Respondent respondent) {
    return switch (respondent.education()) {
      case VOCATIONAL -> Education.VOCATIONAL;
      case SECONDARY -> Education.SECONDARY;
      case HIGHER -> Education.HIGHER;
    };
  }

  private static Employment employment(Respondent respondent) {
    return switch (respondent.workBefore()) {
      case INFORMAL -> Employment.INFORMAL;
      case UNEMPLOYED -> Employment.UNEMPLOYED;
      case EMPLOYED -> Employment.EMPLOYED;
    };
  }

  private static void actAs(ManagedUser user) {
    var u = user.user();
    var principal = JolPrincipal.of(new Actor(u.id(), u.username(), u.fullName(), u.role(),
        u.organisationId(), u.territoryCode()));
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
  }

  private static String table(List<DemoUser> users) {
    StringBuilder out = new StringBuilder();
    out.append(String.format("  %-18s %-18s %s%n", "user name", "role", "organisation"));
    for (DemoUser user : users) {
      out.append(String.format("  %-18s %-18s %s%n", user.username(), user.role(), user.organisation()));
    }
    return out.toString();
  }
}
