package kz.jol.register.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import kz.jol.register.CaseId;
import kz.jol.register.CaseOutcome;
import kz.jol.register.CaseRegistered;
import kz.jol.register.CaseState;
import kz.jol.register.CaseStateChanged;
import kz.jol.register.PersonId;
import kz.jol.register.ProbationKind;
import kz.jol.shared.ConflictException;

/**
 * A probation case (учётное дело): one person, one kind of probation, from registration (day 0)
 * to closing. The case owns its state: it changes only through {@link #transition}, which checks
 * the move against {@link CaseTransitions} and records a {@link CaseStateChanged}.
 */
public final class ProbationCase {

  static final int MAX_REASON = 1000;

  private final CaseId id;
  private final String number;
  private final PersonId personId;
  private final ProbationKind kind;
  private final LocalDate registrationDate;
  private final long version;
  private CaseTerms terms;
  private String territoryCode;
  private UUID officerId;
  private CaseState state;
  private CaseOutcome outcome;
  private LocalDate stateSince;
  private final List<Object> events = new ArrayList<>();

  private ProbationCase(CaseId id, String number, PersonId personId, ProbationKind kind,
      LocalDate registrationDate, CaseTerms terms, String territoryCode, UUID officerId,
      CaseState state, CaseOutcome outcome, LocalDate stateSince, long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.number = Objects.requireNonNull(number, "number");
    this.personId = Objects.requireNonNull(personId, "personId");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.registrationDate = Objects.requireNonNull(registrationDate, "registrationDate");
    this.terms = Objects.requireNonNull(terms, "terms");
    this.territoryCode = Objects.requireNonNull(territoryCode, "territoryCode");
    this.officerId = officerId;
    this.state = Objects.requireNonNull(state, "state");
    this.outcome = outcome;
    this.stateSince = Objects.requireNonNull(stateSince, "stateSince");
    this.version = version;
  }

  /**
   * Checks a new case's input without creating it, so that the caller can validate before it
   * spends a case number.
   *
   * @throws kz.jol.shared.InvalidInputException listing every problem found
   */
  public static void checkNew(ProbationKind kind, LocalDate registrationDate, CaseTerms terms,
      String territoryCode, LocalDate today) {
    Problems problems = new Problems();
    problems.missing("kind", kind);
    if (!problems.missing("registrationDate", registrationDate)
        && registrationDate.isAfter(today)) {
      problems.add("registrationDate", "case.date-future", "this date is in the future");
    }
    terms.check(kind, registrationDate, today, problems);
    checkTerritory(territoryCode, problems);
    problems.throwIfAny();
  }

  /**
   * Registers a case: penitentiary cases start in PRE_RELEASE (the person is still in prison),
   * all others ACTIVE, on the registration date. Records a {@link CaseRegistered}.
   */
  public static ProbationCase register(CaseId id, String number, PersonId personId,
      ProbationKind kind, LocalDate registrationDate, CaseTerms terms, String territoryCode,
      UUID officerId, LocalDate today) {
    checkNew(kind, registrationDate, terms, territoryCode, today);
    var registered = new ProbationCase(id, number, personId, kind, registrationDate, terms,
        territoryCode, officerId, kind.initialState(), null, registrationDate, 0);
    registered.events.add(
        new CaseRegistered(id, personId, kind, registrationDate, territoryCode));
    return registered;
  }

  /** A case as stored. */
  public static ProbationCase restore(CaseId id, String number, PersonId personId,
      ProbationKind kind, LocalDate registrationDate, CaseTerms terms, String territoryCode,
      UUID officerId, CaseState state, CaseOutcome outcome, LocalDate stateSince, long version) {
    return new ProbationCase(id, number, personId, kind, registrationDate, terms, territoryCode,
        officerId, state, outcome, stateSince, version);
  }

  /**
   * Changes the terms, the territory or the responsible officer of an open case.
   *
   * @return the names of the fields that changed
   * @throws ConflictException {@code case.closed} when the case is closed
   * @throws kz.jol.shared.InvalidInputException listing every problem found
   */
  public Set<String> revise(CaseTerms revised, String newTerritoryCode, UUID newOfficerId,
      LocalDate today) {
    Problems problems = new Problems();
    revised.check(kind, registrationDate, today, problems);
    checkTerritory(newTerritoryCode, problems);
    problems.throwIfAny();
    if (state == CaseState.CLOSED) {
      throw new ConflictException("case.closed", "a CLOSED case cannot be changed");
    }
    Set<String> changed = new LinkedHashSet<>(revised.changedFrom(terms));
    if (!newTerritoryCode.equals(territoryCode)) {
      changed.add("territoryCode");
    }
    if (!Objects.equals(newOfficerId, officerId)) {
      changed.add("officerId");
    }
    terms = revised;
    territoryCode = newTerritoryCode;
    officerId = newOfficerId;
    return changed;
  }

  /**
   * Moves the case to another state as of a date. Input is checked first (400), then whether
   * the move is allowed from the current state (409).
   *
   * @param target the new state
   * @param on the date the change took effect: not before the current state began, not after
   *     today
   * @param reason why, in words (the order, the event)
   * @param closingOutcome how the case ended; required for CLOSED and only for it
   * @return the recorded event
   * @throws kz.jol.shared.InvalidInputException for missing or inconsistent input
   * @throws ConflictException {@code case.transition-not-allowed} with the reason
   */
  public CaseStateChanged transition(CaseState target, LocalDate on, String reason,
      CaseOutcome closingOutcome, LocalDate today) {
    Problems problems = new Problems();
    problems.missing("target", target);
    if (!problems.missing("on", on)) {
      if (on.isAfter(today)) {
        problems.add("on", "case.date-future", "this date is in the future");
      } else if (on.isBefore(stateSince)) {
        problems.add("on", "case.transition-before-state",
            "the case has been " + state + " since " + stateSince, state, stateSince);
      }
    }
    if (!problems.missing("reason", reason)) {
      Text.checkLength("reason", reason.strip(), MAX_REASON, problems);
    }
    if (target == CaseState.CLOSED && closingOutcome == null) {
      problems.add("outcome", "case.outcome-required", "say how the case ended");
    } else if (target != null && target != CaseState.CLOSED && closingOutcome != null) {
      problems.add("outcome", "case.outcome-not-allowed", "only a closed case has an outcome");
    }
    problems.throwIfAny();
    CaseTransitions.refusal(state, target).ifPresent(why -> {
      throw new ConflictException("case.transition-not-allowed", why, state, target);
    });
    CaseState from = state;
    state = target;
    outcome = closingOutcome;
    stateSince = on;
    var changed = new CaseStateChanged(id, from, target, on);
    events.add(changed);
    return changed;
  }

  private static void checkTerritory(String territoryCode, Problems problems) {
    if (!problems.missing("territoryCode", territoryCode)) {
      Text.checkTerritoryCode("territoryCode", territoryCode, problems);
      if (territoryCode.startsWith("00")) {
        problems.add("territoryCode", "case.territory-too-broad",
            "a case belongs to a region or district, not to the whole republic");
      }
    }
  }

  /** The events recorded since this instance was made; the caller publishes them once. */
  public List<Object> events() {
    return List.copyOf(events);
  }

  public CaseId id() {
    return id;
  }

  /** The human-readable number, e.g. {@code 35-2026-000123}. */
  public String number() {
    return number;
  }

  public PersonId personId() {
    return personId;
  }

  public ProbationKind kind() {
    return kind;
  }

  /** Day 0 of the route. */
  public LocalDate registrationDate() {
    return registrationDate;
  }

  public CaseTerms terms() {
    return terms;
  }

  public String territoryCode() {
    return territoryCode;
  }

  /** The responsible officer's user id. */
  public UUID officerId() {
    return officerId;
  }

  public CaseState state() {
    return state;
  }

  /** How the case ended; null unless CLOSED. */
  public CaseOutcome outcome() {
    return outcome;
  }

  /** The date the current state took effect. */
  public LocalDate stateSince() {
    return stateSince;
  }

  /** The version this case was read at; the store refuses a write over a newer one. */
  public long version() {
    return version;
  }
}
