package kz.jol.register.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import kz.jol.audit.AuditAction;
import kz.jol.audit.AuditEntry;
import kz.jol.audit.AuditLog;
import kz.jol.audit.AuditTrail;
import kz.jol.register.Iin;
import kz.jol.register.PersonAddressChanged;
import kz.jol.register.PersonId;
import kz.jol.register.Sex;
import kz.jol.register.domain.Person;
import kz.jol.register.domain.PersonDetails;
import kz.jol.register.domain.Problems;
import kz.jol.register.domain.RegisterAccess.Capability;
import kz.jol.shared.ConflictException;
import kz.jol.shared.ForbiddenException;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import kz.jol.territory.TerritoryScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers, reads, changes and finds persons, for the signed-in actor: the role decides what
 * it may do and which view it gets, its territory which persons it reaches. A person is within
 * reach when living in the actor's territory or having a case there; anyone else is "not
 * found" (a police inspector reaches only the persons living in the inspector's precincts).
 * Every read and write is written to the audit trail in the same transaction. Publishes
 * {@link PersonAddressChanged} when a person is registered with an address or an address
 * changes.
 */
@Service
@Transactional
public class PersonService {

  static final String RECORD_TYPE = "PERSON";
  private static final Pattern TERRITORY_CODE = Pattern.compile("[0-9]{9}");

  private final PersonRepository persons;
  private final Scopes scopes;
  private final TerritoryScope territories;
  private final AuditTrail audit;
  private final AuditLog auditLog;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  PersonService(PersonRepository persons, Scopes scopes, TerritoryScope territories,
      AuditTrail audit, AuditLog auditLog, Clock clock, ApplicationEventPublisher events) {
    this.events = events;
    this.persons = persons;
    this.scopes = scopes;
    this.territories = territories;
    this.audit = audit;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /**
   * What a user enters about a person.
   *
   * @param details the person's details
   * @param statedBirthDate a birth date typed by the user, checked against the IIN; or null
   * @param statedSex a sex chosen by the user, checked against the IIN; or null
   */
  public record PersonInput(PersonDetails details, LocalDate statedBirthDate, Sex statedSex) {}

  /**
   * Registers a person in the actor's territory.
   *
   * @throws InvalidInputException for bad input (400)
   * @throws ForbiddenException when the home territory is outside the actor's (403)
   * @throws ConflictException {@code person.duplicate-iin} naming the registered person (409)
   */
  public PersonView create(PersonInput input) {
    Scope scope = scopes.require(Capability.WRITE);
    PersonId id = new PersonId(UUID.randomUUID());
    Problems problems = new Problems();
    Person person = null;
    try {
      person = Person.register(id, input.details(), input.statedBirthDate(), input.statedSex(),
          today());
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    checkTerritoriesExist(input.details(), problems);
    problems.throwIfAny();
    requireWithinScope(scope, person.details().homeTerritoryCode());
    requireIinFree(person.details().iin(), null);
    persons.insert(person, clock.instant());
    audit.record(RECORD_TYPE, id.value(), AuditAction.CREATE, "registered");
    if (person.details().residence() != null || person.details().registration() != null) {
      events.publishEvent(new PersonAddressChanged(id));
    }
    return PersonView.of(person, scope.view());
  }

  /**
   * A person's card.
   *
   * @throws NotFoundException when there is no such person within the actor's reach
   */
  public PersonView get(UUID id) {
    Scope scope = scopes.require(Capability.READ);
    Person person = findWithin(scope, id);
    audit.record(RECORD_TYPE, id, AuditAction.VIEW, "card");
    return PersonView.of(person, scope.view());
  }

  /**
   * Replaces a person's details, over the version the user read.
   *
   * @throws NotFoundException when there is no such person within the actor's reach (404)
   * @throws InvalidInputException for bad input (400)
   * @throws ForbiddenException when the change would take the person out of reach (403)
   * @throws ConflictException for a duplicate IIN or a stale version (409)
   */
  public PersonView update(UUID rawId, PersonInput input, Long version) {
    Scope scope = scopes.require(Capability.WRITE);
    Person person = findWithin(scope, rawId);
    Problems problems = new Problems();
    Set<String> changed = Set.of();
    try {
      changed = person.revise(input.details(), input.statedBirthDate(), input.statedSex(),
          today());
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    problems.missing("version", version);
    checkTerritoriesExist(input.details(), problems);
    problems.throwIfAny();
    String home = person.details().homeTerritoryCode();
    if (!scope.covers(home) && !persons.hasCaseWithin(person.id(), scope)) {
      requireWithinScope(scope, home);
    }
    if (changed.contains("iin")) {
      requireIinFree(person.details().iin(), person.id());
    }
    if (version != person.version()) {
      throw stale(person);
    }
    if (changed.isEmpty()) {
      audit.record(RECORD_TYPE, rawId, AuditAction.UPDATE, "no changes");
      return PersonView.of(person, scope.view());
    }
    if (!persons.update(person, clock.instant())) {
      throw stale(person);
    }
    audit.record(RECORD_TYPE, rawId, AuditAction.UPDATE, "changed: " + String.join(", ", changed));
    if (changed.contains("residenceAddress") || changed.contains("registrationAddress")) {
      events.publishEvent(new PersonAddressChanged(person.id()));
    }
    return PersonView.of(persons.find(person.id()).orElseThrow(), scope.view());
  }

  /**
   * Finds persons within the actor's reach.
   *
   * @param query a name (each word begins one of the names), a whole IIN or its first digits;
   *     null or blank for everyone
   * @param territoryCode only persons whose home is in this territory or below; or null
   */
  public ResultPage<PersonSummary> search(String query, String territoryCode, Paging paging) {
    Scope scope = scopes.require(Capability.READ);
    Problems problems = new Problems();
    NameQuery q = NameQuery.parse(query, problems);
    String[] within = territoryFilter(territoryCode, problems);
    problems.throwIfAny();
    ResultPage<PersonSummary> page = persons.search(scope, q, within, paging);
    String how = q.iin() != null ? "search by IIN"
        : q.nameTokens().isEmpty() ? "list" : "search by name";
    audit.recordAll(RECORD_TYPE, page.items().stream().map(PersonSummary::id).toList(),
        AuditAction.LIST, how + (within == null ? "" : ", territory filter")
            + ", page " + paging.page());
    return page;
  }

  /**
   * Who read or changed a person's record, newest first.
   *
   * @throws NotFoundException when there is no such person within the actor's reach
   */
  @Transactional(readOnly = true)
  public ResultPage<AuditEntry> audit(UUID id, Paging paging) {
    Scope scope = scopes.require(Capability.READ_AUDIT);
    findWithin(scope, id);
    return new ResultPage<>(
        auditLog.history(RECORD_TYPE, id, Math.toIntExact(paging.offset()), paging.size()),
        paging.page(), paging.size(), auditLog.count(RECORD_TYPE, id));
  }

  /** The territory and everything below it, as a filter; null when no filter is asked. */
  String[] territoryFilter(String territoryCode, Problems problems) {
    if (territoryCode == null || territoryCode.isBlank()) {
      return null;
    }
    String code = territoryCode.strip();
    if (!TERRITORY_CODE.matcher(code).matches()) {
      problems.add("territory", "territory.code", "a territory code (KATO) has 9 digits: " + code,
          code);
      return null;
    }
    Set<String> within = territories.codesWithin(code);
    if (within.isEmpty()) {
      problems.add("territory", "territory.unknown", "there is no territory " + code, code);
      return null;
    }
    return within.toArray(String[]::new);
  }

  private Person findWithin(Scope scope, UUID rawId) {
    PersonId id = new PersonId(rawId);
    return persons.find(id)
        .filter(p -> scope.reaches(rawId))
        .filter(p -> scope.covers(p.details().homeTerritoryCode())
            || persons.isVisible(id, scope))
        .orElseThrow(() -> new NotFoundException("person", rawId));
  }

  private void checkTerritoriesExist(PersonDetails details, Problems problems) {
    for (var reference : details.territoryReferences()) {
      if (TERRITORY_CODE.matcher(reference.code()).matches()
          && !territories.exists(reference.code())) {
        problems.add(reference.field(), "territory.unknown",
            "there is no territory " + reference.code(), reference.code());
      }
    }
  }

  private void requireIinFree(Iin iin, PersonId self) {
    persons.findByIin(iin)
        .filter(existing -> self == null || !existing.id().equals(self.value()))
        .ifPresent(existing -> {
          throw new ConflictException("person.duplicate-iin",
              "a person with this IIN is already on the register: " + existing.id()
                  + " in territory " + existing.homeTerritoryCode(),
              existing.id(), existing.homeTerritoryCode());
        });
  }

  static void requireWithinScope(Scope scope, String territoryCode) {
    if (!scope.covers(territoryCode)) {
      throw new ForbiddenException("register.out-of-scope",
          "territory " + territoryCode + " is outside your territory "
              + scope.actor().territoryCode(),
          territoryCode, scope.actor().territoryCode());
    }
  }

  private static ConflictException stale(Person person) {
    return new ConflictException("person.stale-version",
        "someone changed this person since you read it; reload and try again", person.id());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
