package kz.jol.routing.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.CurrentActor;
import kz.jol.access.Role;
import kz.jol.access.UserSummary;
import kz.jol.access.Users;
import kz.jol.audit.AuditAction;
import kz.jol.audit.AuditTrail;
import kz.jol.calendar.WorkingDays;
import kz.jol.organisation.Organisation;
import kz.jol.organisation.OrganisationType;
import kz.jol.organisation.Organisations;
import kz.jol.register.CaseState;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.CaseSubjects;
import kz.jol.register.application.CaseView;
import kz.jol.register.application.Paging;
import kz.jol.register.application.ResultPage;
import kz.jol.reintegration.application.AssessmentInput;
import kz.jol.reintegration.application.HealthFacts;
import kz.jol.reintegration.application.ReintegrationService;
import kz.jol.reintegration.domain.Domain;
import kz.jol.reintegration.domain.DomainFacts;
import kz.jol.reintegration.domain.RiskLevel;
import kz.jol.routing.ReferralSent;
import kz.jol.routing.ReferralStateChanged;
import kz.jol.routing.domain.Deadline;
import kz.jol.routing.domain.Priority;
import kz.jol.routing.domain.Referral;
import kz.jol.routing.domain.ReferralState;
import kz.jol.routing.domain.RoutingMatrix;
import kz.jol.routing.domain.RoutingRule;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.ForbiddenException;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals of cases to organisations: made by the routing matrix or by an officer's hand,
 * answered by the receiving organisation through its inbox, and closed by the officer who
 * confirms the result. The probation side reaches a referral through its case (the register's
 * scope, 404 otherwise); the agency side only through its own organisation.
 */
@Service
public class ReferralService {

  private static final Set<ReferralState> OPEN =
      EnumSet.of(ReferralState.SENT, ReferralState.ACCEPTED, ReferralState.IN_PROGRESS);

  private final CaseService cases;
  private final CaseSubjects subjects;
  private final ReferralRepository referrals;
  private final RoutingMatrixService matrix;
  private final ResponsibleOrganisations responsible;
  private final Organisations organisations;
  private final HealthFacts healthFacts;
  private final ReintegrationService reintegration;
  private final WorkingDays workingDays;
  private final Users users;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Duration feedSettle;

  ReferralService(CaseService cases, CaseSubjects subjects, ReferralRepository referrals,
      RoutingMatrixService matrix, ResponsibleOrganisations responsible,
      Organisations organisations, HealthFacts healthFacts, ReintegrationService reintegration,
      WorkingDays workingDays, Users users, CurrentActor currentActor, AuditTrail audit,
      ApplicationEventPublisher events, Clock clock,
      @Value("${jol.partner.feed-settle:PT2S}") Duration feedSettle) {
    this.cases = cases;
    this.subjects = subjects;
    this.referrals = referrals;
    this.matrix = matrix;
    this.responsible = responsible;
    this.organisations = organisations;
    this.healthFacts = healthFacts;
    this.reintegration = reintegration;
    this.workingDays = workingDays;
    this.users = users;
    this.currentActor = currentActor;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
    this.feedSettle = feedSettle;
  }

  // ---- Views

  /** The organisation a referral goes to, named in the reader's language. */
  public record OrganisationRef(UUID id, String name, OrganisationType type) {}

  /** One change of a referral's state. */
  public record HistoryEntry(ReferralState from, ReferralState to, Instant at, String by,
      String note) {}

  /**
   * A referral as probation staff see it.
   *
   * @param automatic made by the routing matrix (version {@code matrixVersion})
   * @param overdue open past its deadline
   */
  public record ReferralView(UUID id, UUID caseId, Domain domain, String actionCode,
      String action, OrganisationRef organisation, Priority priority, boolean automatic,
      Integer matrixVersion, RiskLevel riskLevel, Instant createdAt, Instant dueAt,
      Instant targetAt, boolean overdue, String note, ReferralState state, Instant stateAt,
      String outcome, String evidence, Instant confirmedAt, long version,
      List<HistoryEntry> history) {}

  /** The person, as much as a partner organisation needs. */
  public record PersonForPartner(String fullName, String iin, LocalDate birthDate, String phone,
      String residenceAddress, String registrationAddress, String probationOfficer) {}

  /** Health facts, shown only to a clinic. */
  public record HealthForClinic(String need, boolean helpReceived, boolean attachedToClinic,
      boolean screeningDone) {}

  /**
   * A referral as the receiving organisation sees it: the action, the deadline and the person,
   * without criminal-record detail, and without health data unless the organisation is a clinic.
   */
  public record InboxItem(UUID id, Domain domain, String action, Priority priority,
      Instant createdAt, Instant dueAt, Instant targetAt, boolean overdue, String note,
      ReferralState state, Instant stateAt, String outcome, String evidence, long version,
      PersonForPartner person, HealthForClinic health) {}

  // ---- Probation side

  /**
   * A referral by an officer's hand: either an action of the matrix for the domain (its names,
   * and its deadline unless {@code dueOn} is given) or the officer's own words and due date.
   *
   * @param actionCode an action of the matrix for this domain, or null
   * @param action the officer's words for the action, when there is no {@code actionCode}
   * @param dueOn the last day (until 18:00); required without {@code actionCode}
   */
  public record ManualReferral(Domain domain, String actionCode, String action,
      UUID organisationId, LocalDate dueOn, Priority priority, String note) {}

  /**
   * Refers the case by hand.
   *
   * @throws ConflictException {@code referral.open-already} when the same action is open;
   *     {@code case.closed}
   */
  @Transactional
  public ReferralView refer(UUID caseId, ManualReferral input) {
    Actor actor = requireReferrer();
    CaseView view = cases.get(caseId);
    requireOpen(view);
    List<FieldProblem> problems = new ArrayList<>();
    if (input == null) {
      throw new InvalidInputException("domain", "field.required", "is required");
    }
    if (input.domain() == null) {
      problems.add(required("domain"));
    }
    RoutingMatrix current = matrix.current();
    Optional<RoutingRule> rule = Optional.empty();
    if (input.actionCode() != null && input.domain() != null) {
      rule = current.rules().stream()
          .filter(r -> r.domain() == input.domain() && r.actionCode().equals(input.actionCode()))
          .max(Comparator.comparing(RoutingRule::level));
      if (rule.isEmpty()) {
        problems.add(new FieldProblem("actionCode", "referral.action-unknown",
            "the routing matrix has no such action for this domain"));
      }
    } else if (input.action() == null || input.action().isBlank()) {
      problems.add(required("action"));
    } else if (input.action().strip().length() > 300) {
      problems.add(new FieldProblem("action", "field.too-long", "at most 300 characters", 300));
    }
    if (input.actionCode() == null && input.dueOn() == null) {
      problems.add(required("dueOn"));
    }
    LocalDate today = LocalDate.now(clock);
    if (input.dueOn() != null && input.dueOn().isBefore(today)) {
      problems.add(new FieldProblem("dueOn", "referral.due-past", "the due day has passed"));
    }
    if (input.note() != null && input.note().length() > Referral.MAX_TEXT) {
      problems.add(new FieldProblem("note", "field.too-long",
          "at most " + Referral.MAX_TEXT + " characters", Referral.MAX_TEXT));
    }
    Organisation organisation = null;
    if (input.organisationId() == null) {
      problems.add(required("organisationId"));
    } else {
      organisation = organisations.find(input.organisationId()).orElse(null);
      if (organisation == null) {
        problems.add(new FieldProblem("organisationId", "referral.organisation-unknown",
            "no such organisation"));
      } else if (!organisation.active()) {
        problems.add(new FieldProblem("organisationId", "referral.organisation-inactive",
            "the organisation no longer takes work"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Instant now = clock.instant();
    ZoneId zone = clock.getZone();
    Instant due;
    Instant target = null;
    ReferralRepository.ActionNames names;
    String code;
    if (rule.isPresent()) {
      RoutingRule r = rule.get();
      code = r.actionCode();
      names = new ReferralRepository.ActionNames(r.actionKk(), r.actionRu(), r.actionEn());
      LocalDate registered = view.registrationDate();
      due = input.dueOn() != null ? endOf(input.dueOn(), zone)
          : r.deadline().dueAt(now, registered, workingDays, zone);
      target = input.dueOn() != null || r.target() == null ? null
          : r.target().dueAt(now, registered, workingDays, zone);
    } else {
      code = "MANUAL_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
      String words = input.action().strip();
      names = new ReferralRepository.ActionNames(words, words, words);
      due = endOf(input.dueOn(), zone);
    }
    Priority priority = input.priority() != null ? input.priority()
        : rule.map(RoutingRule::priority).orElse(Priority.NORMAL);
    Referral referral = new Referral(UUID.randomUUID(), caseId, input.domain(), code,
        organisation.id(), priority, null, actor.userId(), now, due, target,
        blankToNull(input.note()), ReferralState.SENT, now, null, null, null, 0);
    if (!referrals.insert(referral, names, null)) {
      throw new ConflictException("referral.open-already",
          "the case has an open referral for this action; follow it up or wait for the answer");
    }
    sent(referral, actor.userId(), false);
    return view(referrals.row(referral.id()).orElseThrow());
  }

  /** The case's referrals, newest first. */
  @Transactional
  public List<ReferralView> ofCase(UUID caseId) {
    cases.get(caseId);
    return referrals.ofCase(caseId).stream().map(this::view).toList();
  }

  /** One referral of a case the actor reaches. */
  @Transactional
  public ReferralView get(UUID referralId) {
    ReferralRepository.Row row = referrals.row(referralId)
        .orElseThrow(() -> new NotFoundException("referral", referralId));
    cases.get(row.referral().caseId()); // scope: 404 when the case is out of reach
    return view(row);
  }

  /**
   * The officer confirms the result of a referral done by the organisation and records the
   * domain's assessment through the engine (a 2 closes the domain). The evidence defaults to
   * the organisation's result and evidence.
   *
   * @throws ConflictException {@code referral.not-done}, {@code referral.confirmed}
   */
  @Transactional
  public ReferralView confirm(UUID referralId, AssessmentInput assessment) {
    Actor actor = requireProbationStaff();
    ReferralRepository.Row row = referrals.row(referralId)
        .orElseThrow(() -> new NotFoundException("referral", referralId));
    Referral referral = row.referral();
    cases.get(referral.caseId());
    if (assessment == null) {
      throw new InvalidInputException("score", "field.required", "is required");
    }
    if (assessment.domain() != null && assessment.domain() != referral.domain()) {
      throw new InvalidInputException(new FieldProblem("domain", "referral.domain-mismatch",
          "the referral is about " + referral.domain(), referral.domain()));
    }
    Referral confirmed = referral.confirm(clock.instant());
    String evidence = assessment.evidence() == null || assessment.evidence().isBlank()
        ? (referral.outcome() + " — " + referral.evidence())
        : assessment.evidence();
    reintegration.assess(referral.caseId(), withDomainAndEvidence(assessment,
        referral.domain(), evidence.length() > 2000 ? evidence.substring(0, 2000) : evidence));
    if (!referrals.update(confirmed, actor.userId())) {
      throw stale();
    }
    referrals.insertEvent(referral.id(), ReferralState.DONE, ReferralState.DONE,
        clock.instant(), actor.userId(), "result confirmed");
    audit.record("CASE", referral.caseId(), AuditAction.UPDATE,
        "referral result confirmed: " + referral.domain());
    return view(referrals.row(referralId).orElseThrow());
  }

  // ---- Agency side

  /**
   * The actor's organisation's referrals in these states (open ones when empty), the most
   * urgent and the earliest due first.
   */
  @Transactional
  public ResultPage<InboxItem> inbox(Set<ReferralState> states, Paging paging) {
    Actor actor = requireAgency();
    Set<ReferralState> wanted = states == null || states.isEmpty() ? OPEN : states;
    Set<UUID> reach = casesReached(actor);
    UUID[] caseIds = reach == null ? null : reach.toArray(UUID[]::new);
    List<ReferralRepository.Row> rows = referrals.inbox(actor.organisationId(), wanted,
        paging.page() * paging.size(), paging.size(), caseIds);
    long total = referrals.countInbox(actor.organisationId(), wanted, caseIds);
    var people = subjects.of(rows.stream().map(r -> r.referral().caseId()).toList());
    List<InboxItem> items = rows.stream()
        .map(r -> inboxItem(r, null, people.get(r.referral().caseId())))
        .toList();
    if (!items.isEmpty()) {
      audit.record("ORGANISATION", actor.organisationId(), AuditAction.LIST,
          "referral inbox: " + items.size() + " referrals");
    }
    return new ResultPage<>(items, paging.page(), paging.size(), total);
  }

  /** One referral of the actor's organisation; 404 for any other. */
  @Transactional
  public InboxItem inboxItem(UUID referralId) {
    Actor actor = requireAgency();
    ReferralRepository.Row row = agencyRow(actor, referralId);
    audit.record("CASE", row.referral().caseId(), AuditAction.VIEW, "referral " + referralId);
    return inboxItem(row, organisationType(actor),
        subjects.of(row.referral().caseId()).orElse(null));
  }

  /**
   * The changes of one referral of the actor's organisation, oldest first, for its page in the
   * inbox; 404 for any other. Read together with {@link #inboxItem(UUID)}, which audits.
   */
  @Transactional(readOnly = true)
  public List<HistoryEntry> inboxHistory(UUID referralId) {
    agencyRow(requireAgency(), referralId);
    return history(referralId);
  }

  /**
   * One change in the partner feed: the referral as it stands now, and the feed position to
   * resume after it.
   */
  public record FeedChange(long position, InboxItem referral) {}

  /**
   * A page of the partner feed.
   *
   * @param next the cursor for the next call: the last change's position, or the one sent
   * @param more whether more changes wait after {@code next}
   */
  public record FeedPage(List<FeedChange> changes, long next, boolean more) {}

  /**
   * The referrals to the actor's organisation created or changed after the feed position
   * {@code after}, in the order of their latest change (ADR 0009). The position is the id of
   * the referral's history entry; changes younger than the settle time wait for the next call,
   * so that a change still being committed is not overtaken by a later one. A referral changed
   * again later appears again; lists carry no health facts, like the inbox.
   */
  @Transactional
  public FeedPage feed(long after, int limit) {
    Actor actor = requireAgency();
    if (actor.is(Role.POLICE_INSPECTOR)) {
      throw new ForbiddenException("access.denied", "the feed is for partner systems");
    }
    Instant settled = clock.instant().minus(feedSettle);
    List<ReferralRepository.Change> found = referrals.changes(actor.organisationId(), after,
        settled, limit + 1);
    boolean more = found.size() > limit;
    List<ReferralRepository.Change> page = more ? found.subList(0, limit) : found;
    var people = subjects.of(page.stream().map(c -> c.row().referral().caseId()).toList());
    List<FeedChange> changes = page.stream()
        .map(c -> new FeedChange(c.position(), inboxItem(c.row(), null,
            people.get(c.row().referral().caseId()))))
        .toList();
    if (!changes.isEmpty()) {
      audit.record("ORGANISATION", actor.organisationId(), AuditAction.LIST,
          "partner feed: " + changes.size() + " referrals");
    }
    return new FeedPage(changes, changes.isEmpty() ? after : changes.getLast().position(), more);
  }

  /**
   * The organisation's answer: the state it moves the referral to, with the result and evidence
   * (DONE) or the reason (DECLINED, IMPOSSIBLE).
   */
  public record Answer(ReferralState state, String result, String evidence, String reason,
      Long version) {}

  /**
   * Moves a referral of the actor's organisation on.
   *
   * @throws ConflictException {@code referral.transition-not-allowed}, a stale version
   */
  @Transactional
  public InboxItem answer(UUID referralId, Answer answer) {
    Actor actor = requireAgency();
    ReferralRepository.Row row = agencyRow(actor, referralId);
    Referral referral = row.referral();
    if (answer == null) {
      throw new InvalidInputException("state", "field.required", "is required");
    }
    String text = answer.state() == ReferralState.DONE ? answer.result() : answer.reason();
    Instant now = clock.instant();
    Referral moved = referral.moveTo(answer.state(), now, text, answer.evidence());
    if (answer.version() != null && answer.version() != referral.version()
        || !referrals.update(moved, null)) {
      throw stale();
    }
    referrals.insertEvent(referral.id(), referral.state(), moved.state(), now, actor.userId(),
        moved.outcome());
    events.publishEvent(new ReferralStateChanged(referral.id(), referral.caseId(),
        referral.organisationId(), referral.state(), moved.state()));
    audit.record("CASE", referral.caseId(), AuditAction.UPDATE,
        "referral " + referral.state() + " -> " + moved.state());
    return inboxItem(referrals.row(referralId).orElseThrow(), organisationType(actor),
        subjects.of(referral.caseId()).orElse(null));
  }

  // ---- Automatic routing

  /**
   * Routes a domain found at a level since a day: every action the matrix in force lists for
   * it, to the responsible organisation of the case's territory, once per episode. Safe to call
   * again and from several nodes: the trigger row decides who routes. Answers how many
   * referrals this call created.
   */
  @Transactional
  public int route(UUID caseId, Domain domain, RiskLevel level, LocalDate since) {
    RoutingMatrix current = matrix.current();
    int created = 0;
    for (RoutingRule rule : current.rulesFor(domain, level)) {
      if (referrals.claimTrigger(caseId, domain, rule.actionCode(), since, level,
          rule.targetType().name(), clock.instant())) {
        created += routeClaimed(caseId, domain, rule.actionCode(), since, level, current);
      }
    }
    return created;
  }

  /**
   * Tries the routing gaps again (an organisation may have been registered since); answers how
   * many referrals it created.
   */
  @Transactional
  public int retryGaps(int limit) {
    RoutingMatrix current = matrix.current();
    int created = 0;
    for (ReferralRepository.Gap gap : referrals.gaps(null, limit)) {
      created += routeClaimed(gap.caseId(), gap.domain(), gap.actionCode(), gap.since(),
          gap.level(), current);
    }
    return created;
  }

  /** A domain that should have been routed but found no organisation to route to. */
  public record RoutingGap(UUID caseId, Domain domain, String actionCode, RiskLevel level,
      OrganisationType organisationType, LocalDate since, Instant foundAt) {}

  /** The case's routing gaps: actions the matrix asks for that found no organisation. */
  @Transactional
  public List<RoutingGap> gaps(UUID caseId) {
    cases.get(caseId);
    return referrals.gaps(List.of(caseId), 100).stream()
        .map(g -> new RoutingGap(g.caseId(), g.domain(), g.actionCode(), g.level(),
            OrganisationType.valueOf(g.targetType()), g.since(), g.foundAt()))
        .toList();
  }

  private int routeClaimed(UUID caseId, Domain domain, String actionCode, LocalDate since,
      RiskLevel level, RoutingMatrix current) {
    Optional<RoutingRule> rule = current.rulesFor(domain, level).stream()
        .filter(r -> r.actionCode().equals(actionCode)).findFirst();
    Optional<CaseSubjects.Subject> subject = subjects.of(caseId);
    if (rule.isEmpty() || subject.isEmpty()) {
      return 0; // the matrix no longer asks for it at this level; the gap stays on record
    }
    Optional<UUID> open = referrals.openReferral(caseId, domain, actionCode);
    if (open.isPresent()) {
      referrals.linkTrigger(caseId, domain, actionCode, since, open.get());
      return 0; // already in the organisation's hands
    }
    Optional<Organisation> organisation =
        responsible.find(rule.get().targetType(), subject.get().caseTerritoryCode());
    if (organisation.isEmpty()) {
      return 0; // a routing gap: shown to probation staff, retried by the sweep
    }
    RoutingRule r = rule.get();
    Instant now = clock.instant();
    ZoneId zone = clock.getZone();
    LocalDate registered = subject.get().registrationDate();
    Referral referral = new Referral(UUID.randomUUID(), caseId, domain, actionCode,
        organisation.get().id(), r.priority(), current.version(), null, now,
        r.deadline().dueAt(now, registered, workingDays, zone),
        r.target() == null ? null : r.target().dueAt(now, registered, workingDays, zone), null,
        ReferralState.SENT, now, null, null, null, 0);
    if (!referrals.insert(referral, new ReferralRepository.ActionNames(r.actionKk(),
        r.actionRu(), r.actionEn()), level)) {
      return 0; // an officer referred by hand in the same moment
    }
    referrals.linkTrigger(caseId, domain, actionCode, since, referral.id());
    sent(referral, null, true);
    return 1;
  }

  // ---- Helpers

  private List<HistoryEntry> history(UUID referralId) {
    return referrals.events(referralId).stream()
        .map(e -> new HistoryEntry(e.from(), e.to(), e.at(),
            e.by() == null ? null : users.find(e.by()).map(UserSummary::fullName).orElse(null),
            e.note()))
        .toList();
  }

  private void sent(Referral referral, UUID by, boolean automatic) {
    referrals.insertEvent(referral.id(), null, ReferralState.SENT, referral.createdAt(), by,
        automatic ? "routing matrix" : null);
    events.publishEvent(new ReferralSent(referral.id(), referral.caseId(),
        referral.organisationId(), referral.domain(), referral.actionCode(), referral.dueAt(),
        automatic));
    audit.record("CASE", referral.caseId(), AuditAction.CREATE,
        "referral " + referral.domain() + " " + referral.actionCode());
  }

  private ReferralView view(ReferralRepository.Row row) {
    Referral r = row.referral();
    Locale locale = LocaleContextHolder.getLocale();
    List<HistoryEntry> history = history(r.id());
    return new ReferralView(r.id(), r.caseId(), r.domain(), r.actionCode(),
        name(row.names(), locale), organisation(r.organisationId(), locale), r.priority(),
        r.matrixVersion() != null, r.matrixVersion(), row.level(), r.createdAt(), r.dueAt(),
        r.targetAt(), r.isOverdueAt(clock.instant()), r.note(), r.state(), r.stateAt(),
        r.outcome(), r.evidence(), r.confirmedAt(), r.version(), history);
  }

  /**
   * A referral for its organisation; health facts only when {@code receiver} is a clinic (null:
   * none, as in lists).
   */
  private InboxItem inboxItem(ReferralRepository.Row row, OrganisationType receiver,
      CaseSubjects.Subject subject) {
    Referral r = row.referral();
    PersonForPartner person = subject == null ? null : new PersonForPartner(subject.fullName(),
        subject.iin(), subject.birthDate(), subject.phone(), subject.residenceAddress(),
        subject.registrationAddress(), subject.officerId() == null ? null
            : users.find(subject.officerId()).map(UserSummary::fullName).orElse(null));
    HealthForClinic health = null;
    if (receiver == OrganisationType.HEALTH_CLINIC) {
      health = healthFacts.current(r.caseId())
          .map(ReferralService::health).orElse(null);
    }
    return new InboxItem(r.id(), r.domain(), name(row.names(), LocaleContextHolder.getLocale()),
        r.priority(), r.createdAt(), r.dueAt(), r.targetAt(), r.isOverdueAt(clock.instant()),
        r.note(), r.state(), r.stateAt(), r.outcome(), r.evidence(), r.version(), person,
        health);
  }

  private static HealthForClinic health(DomainFacts.Health h) {
    return new HealthForClinic(h.need().name(), h.helpReceived(), h.attachedToClinic(),
        h.screeningDone());
  }

  private OrganisationType organisationType(Actor actor) {
    return organisations.find(actor.organisationId()).map(Organisation::type).orElse(null);
  }

  private ReferralRepository.Row agencyRow(Actor actor, UUID referralId) {
    Set<UUID> reach = casesReached(actor);
    return referrals.row(referralId)
        .filter(r -> r.referral().organisationId().equals(actor.organisationId()))
        .filter(r -> reach == null || reach.contains(r.referral().caseId()))
        .orElseThrow(() -> new NotFoundException("referral", referralId));
  }

  /**
   * The cases a police inspector reaches (those of the persons living in the inspector's
   * precincts, as the register decides), whose referrals to the inspector's unit the inspector
   * answers; null for everyone else, who sees all of the organisation's referrals.
   */
  private Set<UUID> casesReached(Actor actor) {
    if (!actor.is(Role.POLICE_INSPECTOR)) {
      return null;
    }
    return cases.keys(new CaseService.CaseFilter(null, null, false, null, null, null)).stream()
        .map(CaseService.CaseKey::id).collect(java.util.stream.Collectors.toSet());
  }

  private OrganisationRef organisation(UUID id, Locale locale) {
    return organisations.find(id)
        .map(o -> new OrganisationRef(o.id(), o.name(locale), o.type()))
        .orElse(new OrganisationRef(id, null, null));
  }

  private static String name(ReferralRepository.ActionNames names, Locale locale) {
    return switch (locale == null ? "" : locale.getLanguage()) {
      case "ru" -> names.ru();
      case "en" -> names.en();
      default -> names.kk();
    };
  }

  private static AssessmentInput withDomainAndEvidence(AssessmentInput a, Domain domain,
      String evidence) {
    return new AssessmentInput(domain, a.score(), evidence, a.assessedOn(),
        a.hasIdentityDocument(), a.hasRegistration(), a.homeless(), a.livesWithAggressor(),
        a.threatOfViolence(), a.hasLegalIncome(), a.hasEmploymentTrack(),
        a.riskOfExploitation(), a.healthNeed(), a.helpReceived(), a.attachedToClinic(),
        a.screeningDone(), a.realReferralExists(), a.supervisionOnly());
  }

  /**
   * Probation staff refer a case; a district inspector refers a person living in the
   * inspector's precinct (the register decides the reach) to rehabilitation or employment
   * programmes (seed 004).
   */
  private Actor requireReferrer() {
    Actor actor = currentActor.require();
    if (!actor.is(Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.POLICE_INSPECTOR)) {
      throw new ForbiddenException("access.denied", "only probation staff and inspectors refer");
    }
    return actor;
  }

  private Actor requireProbationStaff() {
    Actor actor = currentActor.require();
    if (!actor.is(Role.PROBATION_OFFICER, Role.PROBATION_HEAD)) {
      throw new ForbiddenException("access.denied", "only probation staff refer a case");
    }
    return actor;
  }

  private Actor requireAgency() {
    Actor actor = currentActor.require();
    if (!actor.is(Role.AGENCY_WORKER, Role.AGENCY_HEAD, Role.PARTNER_SYSTEM,
        Role.POLICE_INSPECTOR) || actor.organisationId() == null) {
      throw new ForbiddenException("access.denied",
          "only the staff of an organisation answer its referrals");
    }
    return actor;
  }

  private static void requireOpen(CaseView view) {
    if (view.state() == CaseState.CLOSED) {
      throw new ConflictException("case.closed", "the case is closed");
    }
  }


  private static Instant endOf(LocalDate day, ZoneId zone) {
    return ZonedDateTime.of(day, Deadline.END_OF_WORKING_DAY, zone).toInstant();
  }

  private static FieldProblem required(String field) {
    return new FieldProblem(field, "field.required", "is required");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static ConflictException stale() {
    return new ConflictException("referral.stale-version",
        "the referral was changed by someone else; reload and try again");
  }
}
