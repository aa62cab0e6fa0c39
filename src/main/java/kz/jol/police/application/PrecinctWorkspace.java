package kz.jol.police.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.jol.access.Actor;
import kz.jol.access.CurrentActor;
import kz.jol.access.Role;
import kz.jol.audit.AuditAction;
import kz.jol.audit.AuditTrail;
import kz.jol.police.PreventionMeasureRecorded;
import kz.jol.police.application.Workspace.Measure;
import kz.jol.police.application.Workspace.Mediation;
import kz.jol.police.application.Workspace.Place;
import kz.jol.police.application.Workspace.PreventivePerson;
import kz.jol.police.application.Workspace.ProbationResident;
import kz.jol.police.application.Workspace.Reception;
import kz.jol.police.domain.SocialMap.MeasureKind;
import kz.jol.police.domain.SocialMap.MediationKind;
import kz.jol.police.domain.SocialMap.MediationOutcome;
import kz.jol.police.domain.SocialMap.PartnerKind;
import kz.jol.police.domain.SocialMap.PlaceKind;
import kz.jol.police.domain.SocialMap.PreventiveCategory;
import kz.jol.register.CaseState;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.CaseService.CaseFilter;
import kz.jol.register.application.CaseSummary;
import kz.jol.register.application.Residences;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.ForbiddenException;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import kz.jol.supervision.SupervisionSummaries;
import kz.jol.supervision.SupervisionSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district inspector's workspace: the social map of each of the inspector's precincts and
 * what the inspector records in it. Only an inspector assigned to the precinct reaches it (any
 * other precinct is "not found"). The persons of the probation register come from the register,
 * read as the inspector (so the register's reach and audit apply); the rest is the police's
 * own. Reads of persons are audited; every record is written with its author.
 */
@Service
@Transactional
public class PrecinctWorkspace {

  static final String PREVENTIVE_PERSON = "PREVENTIVE_PERSON";
  static final int MAX_SHORT = 200;
  static final int MAX_TEXT = 2000;

  private final PrecinctRepository precincts;
  private final SupervisionSummaries supervision;
  private final WorkspaceRepository records;
  private final CaseService cases;
  private final Residences residences;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PrecinctWorkspace(PrecinctRepository precincts, WorkspaceRepository records,
      CaseService cases, Residences residences, SupervisionSummaries supervision,
      CurrentActor currentActor, AuditTrail audit, ApplicationEventPublisher events,
      Clock clock) {
    this.precincts = precincts;
    this.supervision = supervision;
    this.records = records;
    this.cases = cases;
    this.residences = residences;
    this.currentActor = currentActor;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** A precinct in the inspector's list. */
  public record PrecinctRef(UUID id, String number, String name, String territoryCode) {}

  public record PreventivePersonForm(PreventiveCategory category, String fullName,
      LocalDate birthDate, String address, String basis, LocalDate since, LocalDate until,
      LocalDate protectionOrderUntil) {}

  public record PlaceForm(PlaceKind kind, PartnerKind partnerKind, String name, String address,
      String contact, String note) {}

  /**
   * @param personIds persons of the probation register living in the precinct it concerned
   * @param preventivePersonIds persons of the precinct's preventive register it concerned
   */
  public record MeasureForm(MeasureKind kind, LocalDate heldOn, String participants,
      String findings, Integer personsReached, Integer foundCount, List<UUID> personIds,
      List<UUID> preventivePersonIds) {}

  public record ReceptionForm(LocalDate heldOn, Integer residentsSeen, String topics) {}

  public record MediationForm(MediationKind kind, LocalDate heldOn, String parties,
      String subject, MediationOutcome outcome) {}

  /** The signed-in inspector's precincts, by number. */
  @Transactional(readOnly = true)
  public List<PrecinctRef> mine() {
    Actor actor = requireInspector();
    return precincts.ofInspector(actor.userId()).stream()
        .map(r -> new PrecinctRef(r.id(), r.number(), r.name(), r.territoryCode()))
        .toList();
  }

  /**
   * The precinct's social map.
   *
   * @throws NotFoundException when the inspector is not assigned to the precinct
   */
  public Workspace get(UUID precinctId) {
    Actor actor = requireInspector();
    var precinct = reachable(precinctId, actor);
    List<ProbationResident> probation = probationResidents(precinctId);
    List<PreventivePerson> preventive = records.preventive(precinctId);
    audit.recordAll(PREVENTIVE_PERSON, preventive.stream().map(PreventivePerson::id).toList(),
        AuditAction.LIST, "precinct " + precinct.number());
    Map<UUID, String> names = new HashMap<>();
    probation.forEach(p -> names.put(p.personId(), p.fullName()));
    preventive.forEach(p -> names.put(p.id(), p.fullName()));
    return new Workspace(precinctId, precinct.number(), precinct.name(),
        precinct.territoryCode(), probation, preventive, records.places(precinctId),
        records.measures(precinctId, names), records.receptions(precinctId),
        records.mediations(precinctId));
  }

  /**
   * The open cases of the persons living in the precinct, read through the register as the
   * inspector: the register narrows the inspector's reach to the inspector's precincts and
   * audits the read.
   */
  private List<ProbationResident> probationResidents(UUID precinctId) {
    Set<UUID> living = precincts.residents(List.of(precinctId)).stream()
        .map(PrecinctRepository.Filing::personId).collect(Collectors.toSet());
    if (living.isEmpty()) {
      return List.of();
    }
    List<UUID> caseIds = cases.keys(new CaseFilter(null, null, false, null, null, null))
        .stream().filter(k -> k.state() != CaseState.CLOSED).map(CaseService.CaseKey::id)
        .toList();
    List<CaseSummary> summaries = cases.summaries(caseIds, "police precinct view").stream()
        .filter(c -> living.contains(c.person().id()))
        .toList();
    Map<UUID, String> addresses = new HashMap<>();
    residences.of(summaries.stream().map(c -> c.person().id()).collect(Collectors.toSet()))
        .forEach(r -> addresses.put(r.personId(), r.line()));
    Map<UUID, SupervisionSummary> supervised =
        supervision.of(summaries.stream().map(CaseSummary::id).toList());
    return summaries.stream()
        .map(c -> {
          SupervisionSummary s = supervised.get(c.id());
          return new ProbationResident(c.person().id(), fullName(c), c.person().iin(),
              addresses.get(c.person().id()), c.id(), c.caseNumber(), c.state(), c.stateSince(),
              s == null ? List.of() : s.duties(), s == null ? null : s.lastContact());
        })
        .sorted(java.util.Comparator.comparing(ProbationResident::wanted).reversed()
            .thenComparing(ProbationResident::fullName))
        .toList();
  }

  private static String fullName(CaseSummary c) {
    var p = c.person();
    return p.lastName() + " " + p.firstName() + (p.middleName() == null ? ""
        : " " + p.middleName());
  }

  public UUID addPreventivePerson(UUID precinctId, PreventivePersonForm form) {
    Actor actor = requireInspector();
    reachable(precinctId, actor);
    Check check = new Check();
    check.required("category", form.category());
    String name = check.text("fullName", form.fullName(), MAX_SHORT, true);
    String address = check.text("address", form.address(), 300, true);
    String basis = check.text("basis", form.basis(), 500, true);
    check.required("since", form.since());
    check.notFuture("since", form.since(), today());
    check.notFuture("birthDate", form.birthDate(), today());
    if (form.since() != null && form.until() != null && form.until().isBefore(form.since())) {
      check.add("until", "police.date-order", "comes before the start");
    }
    if (form.protectionOrderUntil() != null) {
      if (form.category() != PreventiveCategory.DOMESTIC_VIOLENCE) {
        check.add("protectionOrderUntil", "police.protection-order-category",
            "only for family-household violence");
      } else if (form.since() != null
          && form.protectionOrderUntil().isAfter(form.since().plusDays(30))) {
        check.add("protectionOrderUntil", "police.protection-order-length",
            "a protection order lasts up to 30 days");
      }
    }
    check.throwIfAny();
    UUID id = UUID.randomUUID();
    records.insertPreventive(precinctId, new PreventivePerson(id, form.category(), name,
        form.birthDate(), address, basis, form.since(), form.until(),
        form.protectionOrderUntil()), actor.userId(), clock.instant());
    audit.record(PREVENTIVE_PERSON, id, AuditAction.CREATE, form.category().name());
    return id;
  }

  public UUID addPlace(UUID precinctId, PlaceForm form) {
    Actor actor = requireInspector();
    reachable(precinctId, actor);
    Check check = new Check();
    check.required("kind", form.kind());
    if (form.kind() == PlaceKind.PARTNER) {
      check.required("partnerKind", form.partnerKind());
    }
    String name = check.text("name", form.name(), MAX_SHORT, true);
    String address = check.text("address", form.address(), 300, false);
    String contact = check.text("contact", form.contact(), MAX_SHORT, false);
    String note = check.text("note", form.note(), 1000, false);
    check.throwIfAny();
    UUID id = UUID.randomUUID();
    records.insertPlace(precinctId, new Place(id, form.kind(),
        form.kind() == PlaceKind.PARTNER ? form.partnerKind() : null, name, address, contact,
        note), actor.userId(), clock.instant());
    audit.record("PRECINCT_PLACE", id, AuditAction.CREATE, form.kind().name());
    return id;
  }

  /** Records a prevention measure and publishes {@link PreventionMeasureRecorded}. */
  public UUID addMeasure(UUID precinctId, MeasureForm form) {
    Actor actor = requireInspector();
    reachable(precinctId, actor);
    Check check = new Check();
    check.required("kind", form.kind());
    check.required("heldOn", form.heldOn());
    check.notFuture("heldOn", form.heldOn(), today());
    String participants = check.text("participants", form.participants(), 500, true);
    String findings = check.text("findings", form.findings(), MAX_TEXT, true);
    check.count("foundCount", form.foundCount(), 10_000);
    Set<UUID> persons = new LinkedHashSet<>(orEmpty(form.personIds()));
    Set<UUID> living = precincts.residents(List.of(precinctId)).stream()
        .map(PrecinctRepository.Filing::personId).collect(Collectors.toSet());
    if (!living.containsAll(persons)) {
      check.add("personIds", "police.not-in-precinct",
          "names a person who does not live in the precinct");
    }
    Set<UUID> preventive = new LinkedHashSet<>(orEmpty(form.preventivePersonIds()));
    Set<UUID> known = records.preventive(precinctId).stream().map(PreventivePerson::id)
        .collect(Collectors.toSet());
    if (!known.containsAll(preventive)) {
      check.add("preventivePersonIds", "police.not-in-precinct",
          "names a person who is not on the precinct's preventive register");
    }
    int linked = persons.size() + preventive.size();
    int reached = form.personsReached() == null ? linked : form.personsReached();
    check.count("personsReached", reached, 10_000);
    if (reached < linked) {
      check.add("personsReached", "police.reached-below-linked",
          "is fewer than the persons named", linked);
    }
    check.throwIfAny();
    UUID id = UUID.randomUUID();
    records.insertMeasure(precinctId, new Measure(id, form.kind(), form.heldOn(), participants,
        findings, reached, form.foundCount() == null ? 0 : form.foundCount(), List.of()),
        List.copyOf(persons), List.copyOf(preventive), actor.userId(), clock.instant());
    audit.record("PREVENTION_MEASURE", id, AuditAction.CREATE, form.kind().name());
    persons.forEach(p -> audit.record(Residents.PERSON, p, AuditAction.UPDATE,
        "police: prevention measure " + form.kind()));
    events.publishEvent(new PreventionMeasureRecorded(id, precinctId, form.kind().name(),
        form.heldOn()));
    return id;
  }

  public UUID addReception(UUID precinctId, ReceptionForm form) {
    Actor actor = requireInspector();
    reachable(precinctId, actor);
    Check check = new Check();
    check.required("heldOn", form.heldOn());
    check.notFuture("heldOn", form.heldOn(), today());
    check.required("residentsSeen", form.residentsSeen());
    check.count("residentsSeen", form.residentsSeen(), 1000);
    String topics = check.text("topics", form.topics(), 1000, true);
    check.throwIfAny();
    UUID id = UUID.randomUUID();
    records.insertReception(precinctId, new Reception(id, form.heldOn(), form.residentsSeen(),
        topics), actor.userId(), clock.instant());
    audit.record("PRECINCT_RECEPTION", id, AuditAction.CREATE, "reception");
    return id;
  }

  public UUID addMediation(UUID precinctId, MediationForm form) {
    Actor actor = requireInspector();
    reachable(precinctId, actor);
    Check check = new Check();
    check.required("kind", form.kind());
    check.required("heldOn", form.heldOn());
    check.notFuture("heldOn", form.heldOn(), today());
    String parties = check.text("parties", form.parties(), 500, true);
    String subject = check.text("subject", form.subject(), 1000, true);
    check.required("outcome", form.outcome());
    check.throwIfAny();
    UUID id = UUID.randomUUID();
    records.insertMediation(precinctId, new Mediation(id, form.kind(), form.heldOn(), parties,
        subject, form.outcome()), actor.userId(), clock.instant());
    audit.record("PRECINCT_MEDIATION", id, AuditAction.CREATE, form.kind().name());
    return id;
  }

  private PrecinctRepository.Row reachable(UUID precinctId, Actor actor) {
    return precincts.find(precinctId)
        .filter(p -> precincts.isInspectorOf(p.id(), actor.userId()))
        .orElseThrow(() -> new NotFoundException("precinct", precinctId));
  }

  private Actor requireInspector() {
    Actor actor = currentActor.find()
        .orElseThrow(() -> new ForbiddenException("access.unauthenticated", "sign in first"));
    if (!actor.is(Role.POLICE_INSPECTOR)) {
      throw new ForbiddenException("access.denied", "your role may not do this");
    }
    return actor;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
  }

  /** Collects every problem of a form before refusing it. */
  private static final class Check {
    private final List<FieldProblem> problems = new ArrayList<>();

    void add(String field, String code, String message, Object... args) {
      problems.add(new FieldProblem(field, code, message, args));
    }

    void required(String field, Object value) {
      if (value == null) {
        add(field, "field.required", "is required");
      }
    }

    String text(String field, String value, int max, boolean required) {
      String clean = value == null ? null : value.strip();
      if (clean == null || clean.isEmpty()) {
        if (required) {
          add(field, "field.required", "is required");
        }
        return null;
      }
      if (clean.length() > max) {
        add(field, "field.size", "is longer than " + max + " characters");
      }
      return clean;
    }

    void notFuture(String field, LocalDate date, LocalDate today) {
      if (date != null && date.isAfter(today)) {
        add(field, "police.future-date", "lies in the future");
      }
    }

    void count(String field, Integer value, int max) {
      if (value != null && (value < 0 || value > max)) {
        add(field, "police.count", "from 0 to " + max, max);
      }
    }

    void throwIfAny() {
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
    }
  }
}
