package kz.jol.register.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import kz.jol.access.Actor;
import kz.jol.access.Role;
import kz.jol.audit.AuditAction;
import kz.jol.audit.AuditEntry;
import kz.jol.audit.AuditLog;
import kz.jol.audit.AuditTrail;
import kz.jol.register.CaseId;
import kz.jol.register.CaseOutcome;
import kz.jol.register.CaseState;
import kz.jol.register.CaseStateChanged;
import kz.jol.register.PersonId;
import kz.jol.register.ProbationKind;
import kz.jol.register.domain.CaseNumber;
import kz.jol.register.domain.CaseTerms;
import kz.jol.register.domain.Person;
import kz.jol.register.domain.ProbationCase;
import kz.jol.register.domain.Problems;
import kz.jol.register.domain.RegisterAccess;
import kz.jol.register.domain.RegisterAccess.Capability;
import kz.jol.register.domain.RegisterAccess.View;
import kz.jol.shared.ConflictException;
import kz.jol.shared.ForbiddenException;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import kz.jol.territory.TerritoryScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Registers probation cases, changes them and moves them between states, for the signed-in
 * actor: the role decides what it may do and which view it gets, its territory which cases it
 * reaches (a case outside is "not found"). Publishes {@link kz.jol.register.CaseRegistered} and
 * {@link CaseStateChanged} in the writing transaction; every read and write goes to the audit
 * trail.
 */
@Service
@Transactional
public class CaseService {

  static final String RECORD_TYPE = "CASE";
  private static final Pattern TERRITORY_CODE = Pattern.compile("[0-9]{9}");

  private final CaseRepository cases;
  private final PersonRepository persons;
  private final PersonService personService;
  private final Scopes scopes;
  private final Officers officers;
  private final TerritoryScope territories;
  private final AuditTrail audit;
  private final AuditLog auditLog;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CaseService(CaseRepository cases, PersonRepository persons, PersonService personService,
      Scopes scopes, Officers officers, TerritoryScope territories, AuditTrail audit,
      AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
    this.cases = cases;
    this.persons = persons;
    this.personService = personService;
    this.scopes = scopes;
    this.officers = officers;
    this.territories = territories;
    this.audit = audit;
    this.auditLog = auditLog;
    this.events = events;
    this.clock = clock;
  }

  /**
   * A new case as entered.
   *
   * @param officerId the responsible officer; a probation officer who leaves it out takes the
   *     case
   */
  public record NewCase(
      UUID personId, ProbationKind kind, LocalDate registrationDate, CaseTerms terms,
      String territoryCode, UUID officerId) {}

  /** The editable fields of a case, over the version the user read. */
  public record CaseChange(
      Long version, CaseTerms terms, String territoryCode, UUID officerId) {}

  /** A move to another state, over the version the user read. */
  public record Transition(
      Long version, CaseState target, LocalDate on, String reason, CaseOutcome outcome) {}

  /**
   * Filters of the case list; null means no filter.
   *
   * @param query the person's IIN (or its first digits) or name words, each beginning one of
   *     the names
   */
  public record CaseFilter(
      String territoryCode, UUID officerId, boolean mine, CaseState state, ProbationKind kind,
      UUID personId, String query) {

    /** Filters without a search by the person's name or IIN. */
    public CaseFilter(String territoryCode, UUID officerId, boolean mine, CaseState state,
        ProbationKind kind, UUID personId) {
      this(territoryCode, officerId, mine, state, kind, personId, null);
    }
  }

  /**
   * Registers a case.
   *
   * @throws InvalidInputException for bad input (400)
   * @throws ForbiddenException outside the actor's territory, or an officer assigning a case to
   *     someone else (403)
   * @throws ConflictException {@code case.duplicate-open-case} when the person already has an
   *     open case of the kind (409)
   */
  public CaseView create(NewCase input) {
    Scope scope = scopes.require(Capability.WRITE);
    Actor actor = scope.actor();
    LocalDate today = today();
    Problems problems = new Problems();
    try {
      ProbationCase.checkNew(input.kind(), input.registrationDate(), input.terms(),
          input.territoryCode(), today);
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    Person person = null;
    if (!problems.missing("personId", input.personId())) {
      person = persons.find(new PersonId(input.personId()))
          .filter(p -> persons.isVisible(p.id(), scope))
          .orElse(null);
      if (person == null) {
        problems.add("personId", "case.person-unknown",
            "no person with this id is within your reach", input.personId());
      }
    }
    String territoryCode = input.territoryCode() == null ? null : input.territoryCode().strip();
    boolean territoryKnown = checkTerritoryExists(territoryCode, problems);
    UUID officerId = input.officerId() != null ? input.officerId()
        : actor.role() == Role.PROBATION_OFFICER ? actor.userId() : null;
    if (!problems.missing("officerId", officerId) && territoryKnown) {
      officers.check(officerId, territoryCode, problems);
    }
    problems.throwIfAny();
    PersonService.requireWithinScope(scope, territoryCode);
    if (!officerId.equals(actor.userId())) {
      requireMayReassign(actor);
    }
    cases.findOpen(person.id(), input.kind()).ifPresent(open -> {
      throw new ConflictException("case.duplicate-open-case",
          "the person already has an open " + input.kind() + " case: " + open.number(),
          Labels.of(input.kind()), open.number(), open.id());
    });
    String region = CaseNumber.regionOf(territoryCode);
    int year = input.registrationDate().getYear();
    String number = CaseNumber.format(region, year, cases.nextSerial(region, year));
    ProbationCase registered = ProbationCase.register(new CaseId(UUID.randomUUID()), number,
        person.id(), input.kind(), input.registrationDate(), input.terms(), territoryCode,
        officerId, today);
    cases.insert(registered, clock.instant());
    registered.events().forEach(events::publishEvent);
    audit.record(RECORD_TYPE, registered.id().value(), AuditAction.CREATE,
        "registered " + registered.kind());
    return card(registered, person, scope);
  }

  /**
   * A case's card.
   *
   * @throws NotFoundException when there is no such case within the actor's reach
   */
  public CaseView get(UUID id) {
    Read read = read(id);
    return card(read.found(), read.person(), read.scope());
  }

  /**
   * A case's card with its person and its history of states, oldest move first, for a page
   * that shows them together. A reduced view's history shows the moves and dates but, like the
   * reduced card, not the reasons or the outcome.
   *
   * @throws NotFoundException when there is no such case within the actor's reach
   */
  public CaseCard card(UUID id) {
    Read read = read(id);
    Officers.Names names = officers.names();
    boolean full = read.scope().view() == View.FULL;
    var history = cases.transitions(read.found().id()).stream()
        .map(row -> new CaseCard.Move(row.from(), row.to(), row.on(),
            full ? row.outcome() : null, full ? row.reason() : null,
            names.of(row.recordedBy()), row.recordedAt()))
        .toList();
    return new CaseCard(card(read.found(), read.person(), read.scope()),
        PersonView.of(read.person(), read.scope().view()), history);
  }

  /**
   * The probation officers the actor may make responsible for a case, by name: for a probation
   * head every active officer within the head's territory, for an officer only themself.
   */
  @Transactional(readOnly = true)
  public List<CaseView.OfficerRef> assignableOfficers() {
    Scope scope = scopes.require(Capability.WRITE);
    if (!RegisterAccess.allows(scope.actor().role(), Capability.REASSIGN_OFFICER)) {
      return List.of(officers.names().of(scope.actor().userId()));
    }
    return officers.within(scope);
  }

  /** A case read for its card, with the reads written to the audit trail. */
  private record Read(Scope scope, ProbationCase found, Person person) {}

  private Read read(UUID id) {
    Scope scope = scopes.require(Capability.READ);
    ProbationCase found = findWithin(scope, id);
    Person person = persons.find(found.personId()).orElseThrow();
    if (firstReadInRequest(id)) {
      audit.record(RECORD_TYPE, id, AuditAction.VIEW, "card");
      audit.record(PersonService.RECORD_TYPE, person.id().value(), AuditAction.VIEW,
          "case card " + found.number());
    }
    return new Read(scope, found, person);
  }

  /**
   * Whether this is the first read of the case in the current web request. The case card reads
   * the case once for itself and once more in each other module's section; the reader opened
   * the record once, so the audit trail says so once. A read is counted only once its
   * transaction commits: a refused write rolls its audit row back, and the read after it then
   * still leaves one. Outside a web request (jobs, tests of services) every read counts.
   */
  private static boolean firstReadInRequest(UUID id) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      return true;
    }
    String key = CaseService.class.getName() + ".audited." + id;
    if (request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) != null) {
      return false;
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          request.setAttribute(key, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
      });
    } else {
      request.setAttribute(key, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
    }
    return true;
  }

  /**
   * Changes the terms, territory or officer of an open case. Only a probation head gives a case
   * to another officer.
   *
   * @throws NotFoundException when there is no such case within the actor's reach (404)
   * @throws InvalidInputException for bad input (400)
   * @throws ForbiddenException for a reassignment by a non-head, or a territory outside the
   *     actor's (403)
   * @throws ConflictException for a closed case or a stale version (409)
   */
  public CaseView update(UUID id, CaseChange change) {
    Scope scope = scopes.require(Capability.WRITE);
    ProbationCase found = findWithin(scope, id);
    Problems problems = new Problems();
    problems.missing("version", change.version());
    String territoryCode = change.territoryCode() == null ? null : change.territoryCode().strip();
    boolean territoryKnown = checkTerritoryExists(territoryCode, problems);
    boolean officerChanged = !Objects.equals(change.officerId(), found.officerId());
    boolean territoryChanged = !Objects.equals(territoryCode, found.territoryCode());
    if (!problems.missing("officerId", change.officerId()) && territoryKnown
        && (officerChanged || territoryChanged)) {
      officers.check(change.officerId(), territoryCode, problems);
    }
    Set<String> changed = new LinkedHashSet<>();
    try {
      changed.addAll(found.revise(change.terms(), territoryCode, change.officerId(), today()));
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    } catch (ConflictException closed) {
      problems.throwIfAny();
      throw closed;
    }
    problems.throwIfAny();
    if (officerChanged) {
      requireMayReassign(scope.actor());
    }
    PersonService.requireWithinScope(scope, territoryCode);
    if (change.version() != found.version()) {
      throw stale(found);
    }
    if (changed.isEmpty()) {
      audit.record(RECORD_TYPE, id, AuditAction.UPDATE, "no changes");
    } else {
      if (!cases.update(found, clock.instant())) {
        throw stale(found);
      }
      audit.record(RECORD_TYPE, id, AuditAction.UPDATE, "changed: " + String.join(", ", changed));
    }
    ProbationCase saved = cases.find(found.id()).orElseThrow();
    return card(saved, persons.find(saved.personId()).orElseThrow(), scope);
  }

  /**
   * Moves a case to another state.
   *
   * @throws NotFoundException when there is no such case within the actor's reach (404)
   * @throws InvalidInputException for missing or inconsistent input (400)
   * @throws ConflictException {@code case.transition-not-allowed} with the reason, or a stale
   *     version (409)
   */
  public CaseView transition(UUID id, Transition transition) {
    Scope scope = scopes.require(Capability.WRITE);
    ProbationCase found = findWithin(scope, id);
    Problems problems = new Problems();
    problems.missing("version", transition.version());
    CaseStateChanged changed;
    try {
      changed = found.transition(transition.target(), transition.on(), transition.reason(),
          transition.outcome(), today());
    } catch (InvalidInputException e) {
      throw new InvalidInputException(problems.addAll(e.problems()).list());
    } catch (ConflictException refused) {
      problems.throwIfAny();
      throw new ConflictException(refused.code(), refused.getMessage(),
          Labels.of(found.state()), Labels.of(transition.target()));
    }
    problems.throwIfAny();
    if (transition.version() != found.version() || !cases.update(found, clock.instant())) {
      throw stale(found);
    }
    cases.insertTransition(found.id(), changed.from(), changed.to(), changed.on(),
        transition.outcome(), transition.reason().strip(), scope.actor().userId(),
        clock.instant());
    found.events().forEach(events::publishEvent);
    audit.record(RECORD_TYPE, id, AuditAction.TRANSITION,
        changed.from() + " -> " + changed.to()
            + (transition.outcome() == null ? "" : " (" + transition.outcome() + ")"));
    ProbationCase saved = cases.find(found.id()).orElseThrow();
    return card(saved, persons.find(saved.personId()).orElseThrow(), scope);
  }

  /** Cases within the actor's reach, newest registration first. */
  public ResultPage<CaseSummary> search(CaseFilter filter, Paging paging) {
    Scope scope = scopes.require(Capability.READ);
    Problems problems = new Problems();
    NameQuery query = NameQuery.parse(filter.query(), problems);
    String[] within = personService.territoryFilter(filter.territoryCode(), problems);
    problems.throwIfAny();
    UUID officerId = filter.mine() ? scope.actor().userId() : filter.officerId();
    var criteria = new CaseRepository.Criteria(within, officerId, filter.state(), filter.kind(),
        filter.personId(), query);
    ResultPage<CaseRepository.CaseRow> rows = cases.search(scope, criteria, paging);
    Officers.Names names = officers.names();
    ResultPage<CaseSummary> page = rows.map(row -> new CaseSummary(row.id(), row.number(),
        row.person(), row.kind(), row.state(), row.stateSince(), row.registrationDate(),
        row.plannedEndDate(), row.territoryCode(), names.of(row.officerId())));
    String how = (query.iin() != null ? "search by IIN, "
        : query.isEmpty() ? "" : "search by name, ") + "list, page " + paging.page();
    audit.recordAll(RECORD_TYPE, page.items().stream().map(CaseSummary::id).toList(),
        AuditAction.LIST, how);
    audit.recordAll(PersonService.RECORD_TYPE,
        page.items().stream().map(c -> c.person().id()).distinct().toList(), AuditAction.LIST,
        "case " + how);
    return page;
  }

  /**
   * A case as a caseload sorts and filters it before it shows a page: no person data, so
   * reading it writes no audit row; {@link #summaries} reads (and audits) the page shown.
   */
  public record CaseKey(UUID id, CaseState state, LocalDate registrationDate) {}

  /**
   * Every case within the actor's reach that the filter matches, unpaged, in no particular
   * order: for a page that orders a caseload by what other modules know of each case (risk,
   * deadlines) and then shows one page of it. Ids and dates only, for a few thousand cases at
   * most (a unit's territory).
   */
  @Transactional(readOnly = true)
  public List<CaseKey> keys(CaseFilter filter) {
    Scope scope = scopes.require(Capability.READ);
    Problems problems = new Problems();
    NameQuery query = NameQuery.parse(filter.query(), problems);
    String[] within = personService.territoryFilter(filter.territoryCode(), problems);
    problems.throwIfAny();
    UUID officerId = filter.mine() ? scope.actor().userId() : filter.officerId();
    var criteria = new CaseRepository.Criteria(within, officerId, filter.state(), filter.kind(),
        filter.personId(), query);
    return cases.keys(scope, criteria).stream()
        .map(k -> new CaseKey(k.id(), k.state(), k.registrationDate()))
        .toList();
  }

  /**
   * The summaries of these cases, in the order given, leaving out any out of the actor's
   * reach; each read is written to the audit trail as a list read ({@code how} says which).
   */
  public List<CaseSummary> summaries(List<UUID> ids, String how) {
    Scope scope = scopes.require(Capability.READ);
    Map<UUID, CaseRepository.CaseRow> rows = new HashMap<>();
    cases.rows(scope, ids).forEach(row -> rows.put(row.id(), row));
    Officers.Names names = officers.names();
    List<CaseSummary> found = ids.stream().distinct().map(rows::get).filter(Objects::nonNull)
        .map(row -> new CaseSummary(row.id(), row.number(), row.person(), row.kind(),
            row.state(), row.stateSince(), row.registrationDate(), row.plannedEndDate(),
            row.territoryCode(), names.of(row.officerId())))
        .toList();
    audit.recordAll(RECORD_TYPE, found.stream().map(CaseSummary::id).toList(),
        AuditAction.LIST, how);
    audit.recordAll(PersonService.RECORD_TYPE,
        found.stream().map(c -> c.person().id()).distinct().toList(), AuditAction.LIST,
        "case " + how);
    return found;
  }

  /**
   * Every case within the actor's reach that the filter matches, in case-number order, handed
   * to {@code sink} in chunks of at most {@code chunk} summaries as a forward-only cursor reads
   * them: for a file export of a whole caseload (300,000 cases at ten times the national load)
   * with no more than one chunk in memory. Call it inside a transaction (the driver streams
   * only then; this method joins it), which holds one pooled connection while it runs.
   *
   * <p>It writes no audit row per case: an export is one act, which the caller writes to the
   * audit trail as one entry naming the filter, the number of cases and their ids (see
   * {@code docs/adr/0012-caseload-export-audit.md}). The caller must do so in the same
   * transaction.
   *
   * @param openOnly leave closed cases out (a caseload's default)
   * @return how many cases were handed over
   * @throws InvalidInputException for a malformed search or territory
   */
  public long export(CaseFilter filter, boolean openOnly, int chunk,
      Consumer<List<CaseSummary>> sink) {
    Scope scope = scopes.require(Capability.READ);
    Problems problems = new Problems();
    NameQuery query = NameQuery.parse(filter.query(), problems);
    String[] within = personService.territoryFilter(filter.territoryCode(), problems);
    problems.throwIfAny();
    UUID officerId = filter.mine() ? scope.actor().userId() : filter.officerId();
    var criteria = new CaseRepository.Criteria(within, officerId, filter.state(), filter.kind(),
        filter.personId(), query);
    // Officers' names are read once: their number grows with staff, not with cases.
    Officers.Names names = officers.allNames();
    return cases.stream(scope, criteria, openOnly, chunk, rows -> sink.accept(rows.stream()
        .map(row -> new CaseSummary(row.id(), row.number(), row.person(), row.kind(),
            row.state(), row.stateSince(), row.registrationDate(), row.plannedEndDate(),
            row.territoryCode(), names.of(row.officerId())))
        .toList()));
  }

  /**
   * Who read or changed a case, newest first.
   *
   * @throws NotFoundException when there is no such case within the actor's reach
   */
  @Transactional(readOnly = true)
  public ResultPage<AuditEntry> audit(UUID id, Paging paging) {
    Scope scope = scopes.require(Capability.READ_AUDIT);
    findWithin(scope, id);
    return new ResultPage<>(
        auditLog.history(RECORD_TYPE, id, Math.toIntExact(paging.offset()), paging.size()),
        paging.page(), paging.size(), auditLog.count(RECORD_TYPE, id));
  }

  private ProbationCase findWithin(Scope scope, UUID id) {
    return cases.find(new CaseId(id))
        .filter(c -> scope.covers(c.territoryCode()) && scope.reaches(c.personId().value()))
        .orElseThrow(() -> new NotFoundException("case", id));
  }

  private CaseView card(ProbationCase c, Person person, Scope scope) {
    var d = person.details();
    var personRef = new CaseView.PersonRef(person.id().value(), d.iin().value(), d.lastName(),
        d.firstName(), d.middleName());
    return CaseView.of(c, personRef, officers.names().of(c.officerId()), scope.view());
  }

  /** Whether a well-formed territory code exists; adds a problem when it does not. */
  private boolean checkTerritoryExists(String territoryCode, Problems problems) {
    if (territoryCode == null || !TERRITORY_CODE.matcher(territoryCode).matches()) {
      return false;
    }
    if (!territories.exists(territoryCode)) {
      problems.add("territoryCode", "territory.unknown", "there is no territory " + territoryCode,
          territoryCode);
      return false;
    }
    return true;
  }

  private static void requireMayReassign(Actor actor) {
    if (!RegisterAccess.allows(actor.role(), Capability.REASSIGN_OFFICER)) {
      throw new ForbiddenException("case.reassign-forbidden",
          "only a probation head gives a case to another officer");
    }
  }

  private static ConflictException stale(ProbationCase c) {
    return new ConflictException("case.stale-version",
        "someone changed this case since you read it; reload and try again", c.number());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
