package kz.jol.interaction.application;

import static kz.jol.access.Role.ADMIN;
import static kz.jol.access.Role.AGENCY_HEAD;
import static kz.jol.access.Role.AGENCY_WORKER;
import static kz.jol.access.Role.ANALYST;
import static kz.jol.access.Role.PROBATION_HEAD;
import static kz.jol.access.Role.PROSECUTOR;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import kz.jol.access.Actor;
import kz.jol.access.CurrentActor;
import kz.jol.interaction.CouncilArchive;
import kz.jol.interaction.application.CouncilData.Body;
import kz.jol.interaction.application.CouncilData.Change;
import kz.jol.interaction.application.CouncilData.Decision;
import kz.jol.interaction.application.CouncilData.Meeting;
import kz.jol.interaction.application.CouncilData.Member;
import kz.jol.interaction.application.CouncilData.StoredFile;
import kz.jol.interaction.application.CouncilInputs.BodyInput;
import kz.jol.interaction.application.CouncilInputs.ChangeInput;
import kz.jol.interaction.application.CouncilInputs.DecisionInput;
import kz.jol.interaction.application.CouncilInputs.HoldInput;
import kz.jol.interaction.application.CouncilInputs.MeetingInput;
import kz.jol.interaction.application.CouncilInputs.MemberInput;
import kz.jol.interaction.application.CouncilInputs.Upload;
import kz.jol.interaction.domain.AdvisoryBodyKind;
import kz.jol.interaction.domain.AdvisoryBodyMemberRole;
import kz.jol.interaction.domain.CouncilDocument;
import kz.jol.interaction.domain.CouncilTally;
import kz.jol.interaction.domain.DecisionStanding;
import kz.jol.interaction.domain.DecisionState;
import kz.jol.interaction.domain.MeetingStatus;
import kz.jol.organisation.Organisation;
import kz.jol.organisation.Organisations;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.ForbiddenException;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import kz.jol.territory.TerritoryScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Advisory bodies, their members, meetings and decisions, as the signed-in user may see and
 * change them (docs/interaction.md).
 *
 * <p>Who sees a body: an administrator every body; a probation head, an analyst or a prosecutor
 * the bodies of their territory and below; an agency head or worker the bodies their
 * organisation convenes, sits on or answers a decision of. Anything else is 404, as if it did not
 * exist. Who records: an administrator, or the agency head of the convening organisation (for a
 * territory within their own). Who reports on a decision: the agency heads and workers of its
 * responsible organisations (all states but CANCELLED, which is the body's own act).
 */
@Service
public class CouncilService implements CouncilArchive {

  public static final int MAX_AGENDA_ITEMS = 50;
  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){0,3}");

  private final CouncilRepository repository;
  private final CurrentActor currentActor;
  private final Organisations organisations;
  private final TerritoryScope territories;
  private final kz.jol.territory.Territories territoryTree;
  private final Clock clock;

  CouncilService(CouncilRepository repository, CurrentActor currentActor,
      Organisations organisations, TerritoryScope territories,
      kz.jol.territory.Territories territoryTree, Clock clock) {
    this.repository = repository;
    this.currentActor = currentActor;
    this.organisations = organisations;
    this.territories = territories;
    this.territoryTree = territoryTree;
    this.clock = clock;
  }

  // ---- views

  /** A body in the list, with what needs attention. */
  public record BodySummary(Body body, int meetings, int openDecisions, int overdue) {}

  /** A body's page. */
  public record BodyView(Body body, List<Member> members, List<Meeting> meetings,
      boolean canRecord, LocalDate asOf) {}

  /** A decision with its changes and what the reader may do with it. */
  public record DecisionLine(Decision decision, DecisionStanding standing, List<Change> changes,
      List<DecisionState> nextStates) {}

  /** A meeting's page. */
  public record MeetingView(Body body, Meeting meeting, List<Member> members,
      List<DecisionLine> decisions, boolean canRecord, LocalDate asOf) {}

  /** A decision on the dashboard, with its body. */
  public record DashboardItem(Body body, Decision decision, DecisionStanding standing) {}

  /** How one responsible organisation stands: its open, overdue and due-soon decisions. */
  public record ByOrganisation(UUID organisationId, int open, int overdue, int dueSoon,
      int carriedOut) {}

  /** One body's tally for the chosen period. */
  public record BodyShare(Body body, int meetingsHeld, int decisionsTaken,
      CouncilTally.Counts counts) {}

  /** The decisions dashboard. */
  public record Dashboard(LocalDate asOf, LocalDate from, LocalDate to,
      List<DashboardItem> overdue, List<DashboardItem> dueSoon,
      List<ByOrganisation> byOrganisation, List<BodyShare> shares) {}

  @Transactional(readOnly = true)
  public List<BodySummary> bodies() {
    Actor actor = currentActor.require();
    LocalDate today = today();
    List<Body> visible = visibleBodies(actor);
    List<Decision> decisions = repository.decisionsOfBodies(
        visible.stream().map(Body::id).toList());
    List<BodySummary> out = new ArrayList<>();
    for (Body b : visible) {
      List<Decision> mine = decisions.stream().filter(d -> d.bodyId().equals(b.id())).toList();
      out.add(new BodySummary(b, repository.meetings(b.id()).size(),
          (int) mine.stream().filter(d -> !d.state().closed()).count(),
          (int) mine.stream().filter(d -> d.standing(today) == DecisionStanding.OVERDUE).count()));
    }
    return out;
  }

  @Transactional(readOnly = true)
  public BodyView body(UUID bodyId) {
    Actor actor = currentActor.require();
    Body body = visibleBody(actor, bodyId);
    return new BodyView(body, repository.members(bodyId), repository.meetings(bodyId),
        canRecord(actor, body), today());
  }

  @Transactional(readOnly = true)
  public MeetingView meeting(UUID bodyId, UUID meetingId) {
    Actor actor = currentActor.require();
    Body body = visibleBody(actor, bodyId);
    Meeting meeting = meetingOf(body, meetingId);
    LocalDate today = today();
    boolean recorder = canRecord(actor, body);
    List<DecisionLine> lines = repository.decisionsOfMeeting(meetingId).stream()
        .map(d -> new DecisionLine(d, d.standing(today), repository.changes(d.id()),
            nextStates(actor, recorder, d)))
        .toList();
    return new MeetingView(body, meeting, repository.members(bodyId), lines, recorder, today);
  }

  /** The minutes' file of a meeting the reader can see. */
  @Transactional(readOnly = true)
  public StoredFile minutes(UUID bodyId, UUID meetingId) {
    Body body = visibleBody(currentActor.require(), bodyId);
    meetingOf(body, meetingId);
    return repository.minutesFile(meetingId)
        .orElseThrow(() -> new NotFoundException("council-minutes", meetingId));
  }

  /** The meeting that took a decision the reader can see. */
  @Transactional(readOnly = true)
  public UUID meetingOfDecision(UUID bodyId, UUID decisionId) {
    Body body = visibleBody(currentActor.require(), bodyId);
    return decisionOf(body, decisionId).meetingId();
  }

  /** The file attached to a change of a decision the reader can see. */
  @Transactional(readOnly = true)
  public StoredFile evidenceFile(UUID bodyId, UUID decisionId, UUID changeId) {
    Body body = visibleBody(currentActor.require(), bodyId);
    decisionOf(body, decisionId);
    return repository.changeFile(decisionId, changeId)
        .orElseThrow(() -> new NotFoundException("council-evidence", changeId));
  }

  /**
   * The decisions dashboard of the bodies the reader sees: overdue first, then due soon, each
   * responsible organisation's standing, and each body's share carried out in [from, to].
   */
  @Transactional(readOnly = true)
  public Dashboard dashboard(String from, String to) {
    Actor actor = currentActor.require();
    LocalDate today = today();
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate start = blank(from) ? today.withDayOfYear(1) : date(from, "from", problems);
    LocalDate end = blank(to) ? today.withMonth(12).withDayOfMonth(31)
        : date(to, "to", problems);
    if (start != null && end != null && end.isBefore(start)) {
      problems.add(new FieldProblem("to", "councils.period-reversed",
          "the period ends before it starts"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<Body> visible = visibleBodies(actor);
    Map<UUID, Body> byId = new LinkedHashMap<>();
    visible.forEach(b -> byId.put(b.id(), b));
    List<Decision> decisions = repository.decisionsOfBodies(byId.keySet());
    List<DashboardItem> overdue = new ArrayList<>();
    List<DashboardItem> soon = new ArrayList<>();
    Map<UUID, int[]> perOrg = new LinkedHashMap<>();
    for (Decision d : decisions) {
      DecisionStanding standing = d.standing(today);
      DashboardItem item = new DashboardItem(byId.get(d.bodyId()), d, standing);
      if (standing == DecisionStanding.OVERDUE) {
        overdue.add(item);
      } else if (standing == DecisionStanding.DUE_SOON) {
        soon.add(item);
      }
      for (UUID org : d.responsible()) {
        int[] c = perOrg.computeIfAbsent(org, k -> new int[4]);
        if (!d.state().closed()) {
          c[0]++;
        }
        if (standing == DecisionStanding.OVERDUE) {
          c[1]++;
        } else if (standing == DecisionStanding.DUE_SOON) {
          c[2]++;
        } else if (d.state() == DecisionState.DONE) {
          c[3]++;
        }
      }
    }
    List<ByOrganisation> orgs = perOrg.entrySet().stream()
        .map(e -> new ByOrganisation(e.getKey(), e.getValue()[0], e.getValue()[1],
            e.getValue()[2], e.getValue()[3]))
        .sorted(Comparator.comparingInt(ByOrganisation::overdue).reversed()
            .thenComparing(Comparator.comparingInt(ByOrganisation::open).reversed()))
        .toList();
    Map<UUID, Integer> held = repository.meetingsHeld(byId.keySet(), start, end);
    List<BodyShare> shares = new ArrayList<>();
    for (Body b : visible) {
      shares.add(share(b, decisions, held.getOrDefault(b.id(), 0), start, end, today));
    }
    return new Dashboard(today, start, end, overdue, soon, orgs, shares);
  }

  static BodyShare share(Body b, List<Decision> decisions, int meetingsHeld, LocalDate from,
      LocalDate to, LocalDate today) {
    List<Decision> mine = decisions.stream().filter(d -> d.bodyId().equals(b.id())).toList();
    int taken = (int) mine.stream().filter(d -> within(d.meetingOn(), from, to)).count();
    CouncilTally.Counts counts = CouncilTally.of(mine.stream()
        .filter(d -> within(d.dueOn(), from, to))
        .map(d -> new CouncilTally.Decision(d.state(), d.dueOn(), d.closedOn())).toList(), today);
    return new BodyShare(b, meetingsHeld, taken, counts);
  }

  static boolean within(LocalDate day, LocalDate from, LocalDate to) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  /** The organisations named on a page, by id (an unknown id is left out). */
  public Map<UUID, Organisation> organisations(Collection<UUID> ids) {
    Map<UUID, Organisation> out = new LinkedHashMap<>();
    for (UUID id : new LinkedHashSet<>(ids)) {
      if (id != null) {
        organisations.find(id).ifPresent(o -> out.put(id, o));
      }
    }
    return out;
  }

  /**
   * The organisations offered to a recorder as members or responsible: those of the body's region
   * (a city's КСО counts regional bodies among its members), or of its territory when it is a
   * region or the republic.
   */
  @Transactional(readOnly = true)
  public List<Organisation> organisationsOf(Body body, java.util.Locale locale) {
    List<kz.jol.territory.Territory> path = territoryTree.path(body.territoryCode());
    String scope = path.size() > 1 ? path.get(1).code() : body.territoryCode();
    return organisations.list(new kz.jol.organisation.OrganisationFilter(null, scope, null,
        true), 0, Organisations.MAX_PAGE_SIZE, locale).items();
  }

  // ---- recording

  /**
   * Registers an advisory body.
   *
   * @throws InvalidInputException naming every wrong field
   */
  @Transactional
  public Body createBody(BodyInput input) {
    Actor actor = currentActor.require();
    if (!actor.is(ADMIN, AGENCY_HEAD)) {
      throw new ForbiddenException("councils.not-a-recorder",
          "only an agency head of the convening organisation records advisory bodies");
    }
    BodyInput in = input == null ? new BodyInput(null, null, null, null, null, null, null, null)
        : input;
    List<FieldProblem> problems = new ArrayList<>();
    AdvisoryBodyKind kind = choice(AdvisoryBodyKind.class, in.kind(), "kind", problems);
    String territory = blank(in.territoryCode()) ? null : in.territoryCode().strip();
    if (territory == null) {
      problems.add(required("territoryCode"));
    } else if (!territories.exists(territory)) {
      problems.add(new FieldProblem("territoryCode", "councils.territory-unknown",
          "no such territory", territory));
      territory = null;
    } else if (!actor.is(ADMIN) && !territories.isWithin(territory, actor.territoryCode())) {
      problems.add(new FieldProblem("territoryCode", "councils.territory-out-of-scope",
          "the territory is outside yours", territory));
    }
    UUID convener = actor.is(ADMIN) ? uuid(in.conveningOrganisationId(),
        "conveningOrganisationId", problems) : actor.organisationId();
    Organisation convening = convener == null ? null : organisations.find(convener).orElse(null);
    if (convener != null && convening == null) {
      problems.add(new FieldProblem("conveningOrganisationId", "councils.organisation-unknown",
          "no such organisation"));
    } else if (convening != null && kind != null && !kind.convenableBy(convening.type())) {
      problems.add(new FieldProblem("conveningOrganisationId", "councils.convener-not-akimat",
          "a КСО or an МВК is convened by an akimat department"));
    }
    String kk = text(in.nameKk(), "nameKk", 500, problems);
    String ru = text(in.nameRu(), "nameRu", 500, problems);
    String en = text(in.nameEn(), "nameEn", 500, problems);
    LocalDate from = blank(in.activeFrom()) ? today() : date(in.activeFrom(), "activeFrom",
        problems);
    LocalDate to = blank(in.activeTo()) ? null : date(in.activeTo(), "activeTo", problems);
    if (from != null && to != null && to.isBefore(from)) {
      problems.add(new FieldProblem("activeTo", "councils.active-to-before-from",
          "the body cannot end before it starts"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Body body = new Body(UUID.randomUUID(), kind, territory, convener, kk, ru, en, from, to);
    repository.insert(body, actor.userId(), clock.instant());
    return body;
  }

  /** Adds a member to a body. */
  @Transactional
  public Member addMember(UUID bodyId, MemberInput input) {
    Actor actor = currentActor.require();
    Body body = recordable(actor, bodyId);
    MemberInput in = input == null ? new MemberInput(null, null, null, null, null) : input;
    List<FieldProblem> problems = new ArrayList<>();
    UUID org = blank(in.organisationId()) ? null
        : uuid(in.organisationId(), "organisationId", problems);
    if (org != null && organisations.find(org).isEmpty()) {
      problems.add(new FieldProblem("organisationId", "councils.organisation-unknown",
          "no such organisation"));
    }
    String name = optional(in.fullName(), "fullName", 300, problems);
    String position = optional(in.position(), "position", 300, problems);
    String affiliation = optional(in.affiliation(), "affiliation", 300, problems);
    if (name == null && org == null && !problems.stream()
        .anyMatch(p -> p.field().equals("organisationId"))) {
      problems.add(new FieldProblem("fullName", "councils.member-needs-name-or-organisation",
          "name a person or choose an organisation"));
    }
    if (name == null && (position != null || affiliation != null)) {
      problems.add(new FieldProblem("fullName", "councils.member-needs-name",
          "a position or an affiliation belongs to a person: give the name"));
    }
    AdvisoryBodyMemberRole role = blank(in.role()) ? AdvisoryBodyMemberRole.MEMBER
        : choice(AdvisoryBodyMemberRole.class, in.role(), "role", problems);
    if (role != null && role != AdvisoryBodyMemberRole.MEMBER && problems.isEmpty()
        && repository.members(bodyId).stream().anyMatch(m -> m.role() == role)) {
      problems.add(new FieldProblem("role", "councils.role-taken",
          "the body has one already", role.name()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Member member = new Member(UUID.randomUUID(), body.id(), org, name, position, affiliation,
        role, 0);
    repository.insert(member);
    return member;
  }

  /** Records a meeting, planned or held. */
  @Transactional
  public Meeting createMeeting(UUID bodyId, MeetingInput input) {
    Actor actor = currentActor.require();
    Body body = recordable(actor, bodyId);
    return createMeeting(body, input, actor.userId());
  }

  private Meeting createMeeting(Body body, MeetingInput input, UUID by) {
    MeetingInput in = input == null
        ? new MeetingInput(null, null, null, null, null, null, null) : input;
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate on = blank(in.date()) ? missing("date", problems) : date(in.date(), "date",
        problems);
    String place = text(in.place(), "place", 500, problems);
    List<String> agenda = agenda(in.agenda(), problems);
    MeetingStatus status = blank(in.status()) ? MeetingStatus.PLANNED
        : choice(MeetingStatus.class, in.status(), "status", problems);
    LocalDate today = today();
    if (on != null && on.isBefore(body.activeFrom())) {
      problems.add(new FieldProblem("date", "councils.meeting-before-body",
          "the body did not exist yet"));
    }
    String number = null;
    LocalDate minutesOn = null;
    List<UUID> present = List.of();
    if (status == MeetingStatus.HELD) {
      if (on != null && on.isAfter(today)) {
        problems.add(new FieldProblem("date", "councils.held-in-future",
            "a meeting cannot be held in the future"));
      }
      number = optional(in.minutesNumber(), "minutesNumber", 50, problems);
      minutesOn = blank(in.minutesDate()) ? null : date(in.minutesDate(), "minutesDate",
          problems);
      present = present(body, in.present(), problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Meeting meeting = new Meeting(UUID.randomUUID(), body.id(), on, place, MeetingStatus.PLANNED,
        null, null, null, null, null, agenda, List.of());
    repository.insert(meeting, by, clock.instant());
    if (status == MeetingStatus.HELD) {
      repository.hold(meeting.id(), on, number, minutesOn, present);
    }
    return repository.meeting(meeting.id()).orElseThrow();
  }

  /**
   * Marks a planned meeting held.
   *
   * @throws ConflictException when it was held already
   */
  @Transactional
  public Meeting hold(UUID bodyId, UUID meetingId, HoldInput input) {
    Actor actor = currentActor.require();
    Body body = recordable(actor, bodyId);
    Meeting meeting = meetingOf(body, meetingId);
    HoldInput in = input == null ? new HoldInput(null, null, null, null) : input;
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate on = blank(in.date()) ? meeting.meetingOn() : date(in.date(), "date", problems);
    if (on != null && on.isAfter(today())) {
      problems.add(new FieldProblem("date", "councils.held-in-future",
          "a meeting cannot be held in the future"));
    }
    String number = optional(in.minutesNumber(), "minutesNumber", 50, problems);
    LocalDate minutesOn = blank(in.minutesDate()) ? null : date(in.minutesDate(), "minutesDate",
        problems);
    List<UUID> present = present(body, in.present(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (!repository.hold(meetingId, on, number, minutesOn, present)) {
      throw new ConflictException("councils.meeting-held-already",
          "the meeting was marked held already");
    }
    return repository.meeting(meetingId).orElseThrow();
  }

  /** Attaches (or replaces) the minutes' file of a held meeting. */
  @Transactional
  public Meeting attachMinutes(UUID bodyId, UUID meetingId, Upload upload) {
    Actor actor = currentActor.require();
    Body body = recordable(actor, bodyId);
    Meeting meeting = meetingOf(body, meetingId);
    if (!meeting.held()) {
      throw new ConflictException("councils.meeting-not-held",
          "the meeting has not been held yet");
    }
    StoredFile file = file(upload, "file", true);
    repository.minutes(meetingId, file);
    return repository.meeting(meetingId).orElseThrow();
  }

  /** Records a decision of a held meeting. */
  @Transactional
  public Decision addDecision(UUID bodyId, UUID meetingId, DecisionInput input) {
    Actor actor = currentActor.require();
    Body body = recordable(actor, bodyId);
    return addDecision(body, meetingOf(body, meetingId), input, actor.userId());
  }

  private Decision addDecision(Body body, Meeting meeting, DecisionInput input, UUID by) {
    if (!meeting.held()) {
      throw new ConflictException("councils.meeting-not-held",
          "the meeting has not been held yet");
    }
    DecisionInput in = input == null ? new DecisionInput(null, null, null, null) : input;
    List<FieldProblem> problems = new ArrayList<>();
    String number = blank(in.number()) ? null : in.number().strip();
    if (number == null) {
      problems.add(required("number"));
    } else if (!NUMBER.matcher(number).matches()) {
      problems.add(new FieldProblem("number", "councils.number-malformed",
          "a number such as 2 or 2.1", number));
    } else if (repository.numberTaken(meeting.id(), number)) {
      problems.add(new FieldProblem("number", "councils.number-taken",
          "the meeting has a decision with this number", number));
    }
    String text = text(in.text(), "text", 4000, problems);
    LocalDate due = blank(in.dueDate()) ? missing("dueDate", problems)
        : date(in.dueDate(), "dueDate", problems);
    if (due != null && due.isBefore(meeting.meetingOn())) {
      problems.add(new FieldProblem("dueDate", "councils.due-before-meeting",
          "a decision cannot be due before the meeting took it"));
    }
    List<UUID> responsible = new ArrayList<>();
    for (String s : in.responsible() == null ? List.<String>of() : in.responsible()) {
      if (blank(s)) {
        continue;
      }
      UUID id = uuid(s, "responsible", problems);
      if (id != null && organisations.find(id).isEmpty()) {
        problems.add(new FieldProblem("responsible", "councils.organisation-unknown",
            "no such organisation"));
      } else if (id != null && !responsible.contains(id)) {
        responsible.add(id);
      }
    }
    if (responsible.isEmpty() && problems.stream().noneMatch(p -> p.field().equals(
        "responsible"))) {
      problems.add(new FieldProblem("responsible", "councils.responsible-required",
          "name at least one responsible organisation"));
    }
    if (responsible.size() > 20) {
      problems.add(new FieldProblem("responsible", "councils.responsible-too-many",
          "at most 20 organisations", 20));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Decision decision = new Decision(UUID.randomUUID(), meeting.id(), body.id(),
        meeting.meetingOn(), number, text, due, DecisionState.NOT_STARTED, null, null,
        List.copyOf(responsible));
    repository.insert(decision, by, clock.instant());
    return decision;
  }

  /**
   * Moves a decision to a new state with the evidence (and the reason for NOT_DONE or
   * CANCELLED), as of today.
   *
   * @throws ForbiddenException when the reader's organisation does not answer for the decision
   * @throws ConflictException when the state cannot follow the present one
   */
  @Transactional
  public Decision change(UUID bodyId, UUID decisionId, ChangeInput input, Upload upload) {
    Actor actor = currentActor.require();
    Body body = visibleBody(actor, bodyId);
    Decision decision = decisionOf(body, decisionId);
    boolean recorder = canRecord(actor, body);
    boolean responsible = actor.is(AGENCY_HEAD, AGENCY_WORKER)
        && decision.responsible().contains(actor.organisationId());
    if (!recorder && !responsible) {
      throw new ForbiddenException("councils.not-responsible",
          "your organisation does not answer for this decision");
    }
    ChangeInput in = input == null ? new ChangeInput(null, null, null) : input;
    List<FieldProblem> problems = new ArrayList<>();
    DecisionState target = choice(DecisionState.class, in.state(), "state", problems);
    String evidence = text(in.evidence(), "evidence", 4000, problems);
    String reason = optional(in.reason(), "reason", 2000, problems);
    if (target != null && target.needsReason() && reason == null) {
      problems.add(new FieldProblem("reason", "councils.reason-required." + target.name(),
          "give the reason"));
    }
    StoredFile file = upload == null || upload.empty() ? null : fileOrProblem(upload, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (target == DecisionState.CANCELLED && !recorder) {
      throw new ForbiddenException("councils.cancel-by-body",
          "only the body cancels its decision, by a later decision");
    }
    return move(decision, target, today(), evidence, reason, file, actor.userId(),
        actor.organisationId());
  }

  private Decision move(Decision decision, DecisionState target, LocalDate on, String evidence,
      String reason, StoredFile file, UUID by, UUID organisationId) {
    if (!decision.state().canMoveTo(target)) {
      throw new ConflictException("councils.state-not-allowed",
          "the decision cannot move from its state to this one", decision.state().name(),
          target.name());
    }
    LocalDate closedOn = target.closed() ? on : null;
    if (!repository.move(decision.id(), decision.state(), target, closedOn, reason)) {
      throw new ConflictException("councils.state-changed-meanwhile",
          "someone changed the decision meanwhile: reload it");
    }
    repository.insert(new Change(UUID.randomUUID(), decision.id(), decision.state(), target, on,
        evidence, reason, file == null ? null : file.fileName(), clock.instant(), null,
        organisationId), by, file);
    return repository.decision(decision.id()).orElseThrow();
  }

  // ---- the archive (CouncilArchive): no signed-in user, dates from the paper

  @Override
  @Transactional
  public UUID body(String kind, String territoryCode, UUID conveningOrganisationId,
      String nameKk, String nameRu, String nameEn, LocalDate activeFrom,
      List<CouncilArchive.MemberEntry> members) {
    AdvisoryBodyKind k = AdvisoryBodyKind.valueOf(kind);
    Organisation convening = organisations.find(conveningOrganisationId)
        .orElseThrow(() -> new NotFoundException("organisation", conveningOrganisationId));
    if (!k.convenableBy(convening.type()) || !territories.exists(territoryCode)) {
      throw new InvalidInputException("conveningOrganisationId", "councils.convener-not-akimat",
          "a КСО or an МВК is convened by an akimat department");
    }
    Body body = new Body(UUID.randomUUID(), k, territoryCode, conveningOrganisationId, nameKk,
        nameRu, nameEn, activeFrom, null);
    repository.insert(body, null, clock.instant());
    for (CouncilArchive.MemberEntry m : members) {
      repository.insert(new Member(UUID.randomUUID(), body.id(), m.organisationId(),
          m.fullName(), m.position(), m.affiliation(), AdvisoryBodyMemberRole.valueOf(m.role()),
          0));
    }
    return body.id();
  }

  @Override
  @Transactional
  public UUID heldMeeting(UUID bodyId, LocalDate on, String place, List<String> agenda,
      List<Integer> present, String minutesNumber) {
    Body body = repository.body(bodyId).orElseThrow(() -> notFound(bodyId));
    List<Member> members = repository.members(bodyId);
    List<String> ids = present.stream().map(i -> members.get(i).id().toString()).toList();
    Meeting m = createMeeting(body, new MeetingInput(on.toString(), place, agenda, "HELD",
        minutesNumber, on.toString(), ids), null);
    return m.id();
  }

  @Override
  @Transactional
  public UUID decision(UUID meetingId, String number, String text, LocalDate dueOn,
      List<UUID> responsibleOrganisationIds) {
    Meeting meeting = repository.meeting(meetingId)
        .orElseThrow(() -> new NotFoundException("council-meeting", meetingId));
    Body body = repository.body(meeting.bodyId()).orElseThrow();
    return addDecision(body, meeting, new DecisionInput(number, text, dueOn.toString(),
        responsibleOrganisationIds.stream().map(UUID::toString).toList()), null).id();
  }

  @Override
  @Transactional
  public void change(UUID decisionId, String state, LocalDate on, String evidence,
      String reason) {
    Decision decision = repository.decision(decisionId)
        .orElseThrow(() -> new NotFoundException("council-decision", decisionId));
    DecisionState target = DecisionState.valueOf(state);
    if (blank(evidence) || (target.needsReason() && blank(reason))) {
      throw new InvalidInputException("evidence", "field.required", "evidence is required");
    }
    move(decision, target, on, evidence.strip(), blank(reason) ? null : reason.strip(), null,
        null, decision.responsible().getFirst());
  }

  // ---- scope

  /** The bodies the actor sees. */
  List<Body> visibleBodies(Actor actor) {
    if (actor.is(ADMIN)) {
      return repository.allBodies();
    }
    if (actor.is(PROBATION_HEAD, ANALYST, PROSECUTOR)) {
      return repository.bodiesIn(territories.codesWithin(actor.territoryCode()));
    }
    if (actor.is(AGENCY_HEAD, AGENCY_WORKER) && actor.organisationId() != null) {
      return repository.bodiesOf(actor.organisationId());
    }
    return List.of();
  }

  private Body visibleBody(Actor actor, UUID bodyId) {
    Body body = repository.body(bodyId).orElseThrow(() -> notFound(bodyId));
    if (!sees(actor, body)) {
      throw notFound(bodyId);
    }
    return body;
  }

  private boolean sees(Actor actor, Body body) {
    if (actor.is(ADMIN)) {
      return true;
    }
    if (actor.is(PROBATION_HEAD, ANALYST, PROSECUTOR)) {
      return territories.isWithin(body.territoryCode(), actor.territoryCode());
    }
    if (actor.is(AGENCY_HEAD, AGENCY_WORKER) && actor.organisationId() != null) {
      return repository.bodiesOf(actor.organisationId()).stream()
          .anyMatch(b -> b.id().equals(body.id()));
    }
    return false;
  }

  private Body recordable(Actor actor, UUID bodyId) {
    Body body = visibleBody(actor, bodyId);
    if (!canRecord(actor, body)) {
      throw new ForbiddenException("councils.not-a-recorder",
          "only an agency head of the convening organisation records for the body");
    }
    return body;
  }

  boolean canRecord(Actor actor, Body body) {
    return actor.is(ADMIN) || (actor.is(AGENCY_HEAD)
        && Objects.equals(actor.organisationId(), body.conveningOrganisationId())
        && territories.isWithin(body.territoryCode(), actor.territoryCode()));
  }

  private List<DecisionState> nextStates(Actor actor, boolean recorder, Decision d) {
    boolean responsible = actor.is(AGENCY_HEAD, AGENCY_WORKER)
        && d.responsible().contains(actor.organisationId());
    if (!recorder && !responsible) {
      return List.of();
    }
    return d.state().next().stream()
        .filter(s -> recorder || s.reportableByResponsible()).toList();
  }

  private Meeting meetingOf(Body body, UUID meetingId) {
    return repository.meeting(meetingId).filter(m -> m.bodyId().equals(body.id()))
        .orElseThrow(() -> new NotFoundException("council-meeting", meetingId));
  }

  private Decision decisionOf(Body body, UUID decisionId) {
    return repository.decision(decisionId).filter(d -> d.bodyId().equals(body.id()))
        .orElseThrow(() -> new NotFoundException("council-decision", decisionId));
  }

  // ---- input checks

  private List<UUID> present(Body body, List<String> present, List<FieldProblem> problems) {
    Set<UUID> members = new HashSet<>();
    repository.members(body.id()).forEach(m -> members.add(m.id()));
    List<UUID> out = new ArrayList<>();
    for (String s : present == null ? List.<String>of() : present) {
      if (blank(s)) {
        continue;
      }
      UUID id = uuid(s, "present", problems);
      if (id != null && !members.contains(id)) {
        problems.add(new FieldProblem("present", "councils.not-a-member",
            "not a member of the body"));
      } else if (id != null && !out.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }

  private static List<String> agenda(List<String> items, List<FieldProblem> problems) {
    List<String> out = new ArrayList<>();
    for (String item : items == null ? List.<String>of() : items) {
      if (item == null) {
        continue;
      }
      // A textarea sends the agenda one item a line.
      for (String line : item.split("\\R")) {
        String s = line.strip();
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
    }
    if (out.isEmpty()) {
      problems.add(new FieldProblem("agenda", "councils.agenda-required",
          "give at least one agenda item"));
    } else if (out.size() > MAX_AGENDA_ITEMS) {
      problems.add(new FieldProblem("agenda", "councils.agenda-too-long",
          "at most " + MAX_AGENDA_ITEMS + " items", MAX_AGENDA_ITEMS));
    } else if (out.stream().anyMatch(s -> s.length() > 2000)) {
      problems.add(new FieldProblem("agenda", "councils.too-long", "too long", 2000));
    }
    return out;
  }

  private StoredFile fileOrProblem(Upload upload, List<FieldProblem> problems) {
    try {
      return file(upload, "file", false);
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  private static StoredFile file(Upload upload, String field, boolean required) {
    if (upload == null || upload.empty()) {
      throw new InvalidInputException(field, "councils.file-required", "attach the file");
    }
    if (upload.bytes().length > CouncilDocument.MAX_BYTES) {
      throw new InvalidInputException(field, "councils.file-too-large",
          "the file is larger than 4 MB", 4);
    }
    String name = CouncilDocument.baseName(upload.fileName());
    String type = CouncilDocument.contentType(name, upload.bytes());
    if (type == null) {
      throw new InvalidInputException(field, "councils.file-type",
          "attach a PDF or a DOCX file");
    }
    return new StoredFile(name, type, upload.bytes());
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String value, String field,
      List<FieldProblem> problems) {
    if (blank(value)) {
      problems.add(required(field));
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, "councils.not-a-choice", "not one of the choices",
          value));
      return null;
    }
  }

  private static UUID uuid(String value, String field, List<FieldProblem> problems) {
    if (blank(value)) {
      problems.add(required(field));
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, "councils.not-a-choice", "not one of the choices",
          value));
      return null;
    }
  }

  private static LocalDate date(String value, String field, List<FieldProblem> problems) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "councils.date-malformed",
          "a date such as 2026-03-31", value));
      return null;
    }
  }

  private static LocalDate missing(String field, List<FieldProblem> problems) {
    problems.add(required(field));
    return null;
  }

  private static String text(String value, String field, int max, List<FieldProblem> problems) {
    if (blank(value)) {
      problems.add(required(field));
      return null;
    }
    return optional(value, field, max, problems);
  }

  private static String optional(String value, String field, int max,
      List<FieldProblem> problems) {
    if (blank(value)) {
      return null;
    }
    String s = value.strip();
    if (s.length() > max) {
      problems.add(new FieldProblem(field, "councils.too-long", "too long", max));
      return null;
    }
    return s;
  }

  private static FieldProblem required(String field) {
    return new FieldProblem(field, "councils.required", "required");
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  Instant now() {
    return clock.instant();
  }

  private static NotFoundException notFound(UUID bodyId) {
    return new NotFoundException("advisory-body", bodyId);
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  Optional<Body> bodyRow(UUID id) {
    return repository.body(id);
  }
}
