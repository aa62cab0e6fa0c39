package kz.jol.routing.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.CurrentActor;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.access.UserSummary;
import kz.jol.access.Users;
import kz.jol.audit.AuditAction;
import kz.jol.audit.AuditTrail;
import kz.jol.organisation.Organisations;
import kz.jol.register.application.Paging;
import kz.jol.register.application.ResultPage;
import kz.jol.reintegration.domain.Domain;
import kz.jol.routing.ReferralStateChanged;
import kz.jol.routing.domain.Escalation;
import kz.jol.routing.domain.EscalationLadder;
import kz.jol.routing.domain.LadderStep;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.ForbiddenException;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import kz.jol.territory.Territories;
import kz.jol.territory.TerritoryScope;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalations of breached referrals: who sees them, the head's answer, closing them when the
 * referral is finished, and the ladder an admin edits. An AGENCY_HEAD sees the escalations
 * addressed to their organisation or breached by it, and answers them; a PROBATION_HEAD those
 * of cases in their territory; a PROBATION_OFFICER those naming them as the case's officer.
 * Anything else is 404, as if it did not exist.
 */
@Service
public class EscalationService {

  private final EscalationRepository escalations;
  private final Organisations organisations;
  private final Users users;
  private final UserAdministration userAdministration;
  private final TerritoryScope territoryScope;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final Clock clock;

  EscalationService(EscalationRepository escalations, Organisations organisations, Users users,
      UserAdministration userAdministration, TerritoryScope territoryScope,
      CurrentActor currentActor, AuditTrail audit, Clock clock) {
    this.escalations = escalations;
    this.organisations = organisations;
    this.users = users;
    this.userAdministration = userAdministration;
    this.territoryScope = territoryScope;
    this.currentActor = currentActor;
    this.audit = audit;
    this.clock = clock;
  }

  // ---- Views

  /** A person named on an escalation. */
  public record PersonRef(UUID id, String fullName) {}

  /** An organisation on an escalation, with the names of its heads (AGENCY_HEAD users). */
  public record Party(UUID id, String name, kz.jol.organisation.OrganisationType type,
      List<String> heads) {}

  /** One change of an escalation's state. */
  public record HistoryEntry(Escalation.State from, Escalation.State to, Instant at, String by,
      String note) {}

  /**
   * An escalation as its readers see it: the referral's domain, action and deadline, but no
   * personal data of the person referred (the breaching organisation has it in its inbox).
   *
   * @param addressee the body of the ladder's level; null when none serves the territory
   * @param caseManager the case's probation officer when it was opened
   * @param deadline what the sweep judges it by: the new deadline once answered, else answerBy
   * @param overdue live and past its deadline
   */
  public record EscalationView(UUID id, UUID referralId, UUID caseId, int level,
      int ladderVersion, Domain domain, String action, Instant referralDueAt,
      Party breachedOrganisation, Party addressee, PersonRef caseManager,
      Instant missedDeadline, Instant openedAt, Instant answerBy, Escalation.State state,
      Instant stateAt, String reason, String measures, Instant newDeadline,
      PersonRef answeredBy, Instant answeredAt, Instant deadline, boolean overdue,
      long version, List<HistoryEntry> history) {}

  /** The head's answer: the reason for the delay, the corrective measures, a new deadline. */
  public record Answer(String reason, String measures, Instant newDeadline, Long version) {}

  // ---- Reading

  /**
   * The escalations the actor sees, live ones (OPEN, ANSWERED) first, each group newest first;
   * live ones only unless {@code all}.
   */
  @Transactional
  public ResultPage<EscalationView> list(boolean all, Paging paging) {
    Actor actor = requireReader();
    EscalationRepository.Filter filter = switch (actor.role()) {
      case AGENCY_HEAD -> new EscalationRepository.Filter(
          actor.organisationId() == null ? new UUID(0, 0) : actor.organisationId(), null, true,
          null, !all);
      case PROBATION_HEAD -> {
        boolean everywhere = Territories.REPUBLIC.equals(actor.territoryCode());
        yield new EscalationRepository.Filter(null,
            everywhere ? null : territoryScope.codesWithin(actor.territoryCode()), everywhere,
            null, !all);
      }
      default -> new EscalationRepository.Filter(null, null, true, actor.userId(), !all);
    };
    List<EscalationView> items = escalations.list(filter, paging.page() * paging.size(),
        paging.size()).stream().map(r -> view(r, false)).toList();
    if (!items.isEmpty()) {
      audit.recordAll("CASE", items.stream().map(EscalationView::caseId).distinct().toList(),
          AuditAction.LIST, "escalations");
    }
    return new ResultPage<>(items, paging.page(), paging.size(), escalations.count(filter));
  }

  /** One escalation the actor sees, with its history. */
  @Transactional
  public EscalationView get(UUID id) {
    Actor actor = requireReader();
    EscalationRepository.Row row = visibleRow(actor, id);
    audit.record("CASE", row.escalation().caseId(), AuditAction.VIEW, "escalation " + id);
    return view(row, true);
  }

  /** The escalations of a referral, lowest level first, for modules and tests. */
  @Transactional(readOnly = true)
  public List<Escalation> ofReferral(UUID referralId) {
    return escalations.ofReferral(referralId).stream()
        .map(EscalationRepository.Row::escalation).toList();
  }

  // ---- The head's answer

  /**
   * The head of the addressed body or of the breaching organisation answers: reason, measures
   * and a new deadline, which the sweep then watches (a second breach goes one level up).
   *
   * @throws NotFoundException for an escalation the actor's organisation is not party to
   * @throws InvalidInputException every problem of the answer at once
   * @throws ConflictException {@code escalation.answered}, {@code escalation.closed},
   *     {@code escalation.stale-version}
   */
  @Transactional
  public EscalationView answer(UUID id, Answer answer) {
    Actor actor = currentActor.require();
    if (!actor.is(Role.AGENCY_HEAD)) {
      throw new ForbiddenException("access.denied",
          "only the head of the addressed body or of the organisation answers");
    }
    EscalationRepository.Row row = visibleRow(actor, id);
    Escalation escalation = row.escalation();
    Answer given = answer == null ? new Answer(null, null, null, null) : answer;
    Instant now = clock.instant();
    Escalation answered = escalation.answer(given.reason(), given.measures(),
        given.newDeadline(), actor.userId(), now);
    if (given.version() != null && given.version() != escalation.version()
        || !escalations.answer(answered)) {
      throw new ConflictException("escalation.stale-version",
          "the escalation was changed by someone else; reload and try again");
    }
    escalations.insertEvent(id, escalation.state(), Escalation.State.ANSWERED, now,
        actor.userId(), answered.reason());
    audit.record("CASE", escalation.caseId(), AuditAction.UPDATE,
        "escalation " + id + " answered");
    return view(escalations.row(id).orElseThrow(), true);
  }

  // ---- Closing

  /** A referral that was finished closes its live escalations. */
  @ApplicationModuleListener
  void on(ReferralStateChanged event) {
    if (event.to().isOpen()) {
      return;
    }
    Instant now = clock.instant();
    for (EscalationRepository.Live live : escalations.liveOf(event.referralId())) {
      close(live, now, "referral " + event.to());
    }
  }

  /** Closes up to {@code limit} live escalations of finished referrals; answers how many. */
  @Transactional
  int closeFinished(int limit, Instant now) {
    int closed = 0;
    for (EscalationRepository.Live live : escalations.liveOfFinishedReferrals(limit)) {
      closed += close(live, now, "referral finished") ? 1 : 0;
    }
    return closed;
  }

  private boolean close(EscalationRepository.Live live, Instant now, String note) {
    if (escalations.finish(live.id(), Escalation.State.CLOSED, now)) {
      escalations.insertEvent(live.id(), live.state(), Escalation.State.CLOSED, now, null, note);
      return true;
    }
    return false;
  }

  // ---- The ladder

  /** The ladder as an admin reads it: its version, who wrote it, when and why, the levels. */
  public record LadderView(int version, String createdBy, Instant createdAt, String note,
      List<LadderStep> steps) {}

  /** A whole new ladder, made against the version read; the first step is level 1. */
  public record NewLadder(Integer baseVersion, String note,
      List<EscalationLadder.StepInput> steps) {}

  @Transactional(readOnly = true)
  public EscalationLadder currentLadder() {
    return escalations.ladder(escalations.currentLadderVersion());
  }

  @Transactional(readOnly = true)
  public LadderView ladder() {
    return ladderView(escalations.currentLadderVersion());
  }

  /**
   * Writes the steps as the next version of the ladder, if the current one is still
   * {@code baseVersion}. Escalations opened already keep the version that opened them; the
   * next level of any referral is taken from the ladder in force.
   */
  @Transactional
  public LadderView replaceLadder(NewLadder input) {
    String by = currentActor.require().username();
    List<FieldProblem> problems = new ArrayList<>();
    if (input == null || input.baseVersion() == null) {
      problems.add(new FieldProblem("baseVersion", "field.required", "is required"));
    }
    if (input != null && input.note() != null && input.note().length() > 1000) {
      problems.add(new FieldProblem("note", "field.too-long", "at most 1000 characters", 1000));
    }
    List<LadderStep> steps = List.of();
    try {
      steps = EscalationLadder.check(input == null ? null : input.steps());
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    int current = escalations.currentLadderVersion();
    if (input.baseVersion() != current
        || !escalations.insertLadder(current + 1, by, clock.instant(),
            input.note() == null || input.note().isBlank() ? null : input.note().strip(),
            steps)) {
      throw new ConflictException("escalation.ladder-stale-version",
          "the ladder was changed by someone else; reload and try again");
    }
    return ladderView(current + 1);
  }

  /** A version of the ladder: who wrote it, when and why, without its levels. */
  public record LadderVersion(int version, String createdBy, Instant createdAt, String note) {}

  /** Every version of the ladder, newest first: the history an admin reads. */
  public List<LadderVersion> ladderVersions() {
    return escalations.ladderVersions().stream()
        .map(v -> new LadderVersion(v.version(), v.createdBy(), v.createdAt(), v.note()))
        .toList();
  }

  /** A past (or the current) version of the ladder as it was; 404 for one never written. */
  public LadderView ladder(int version) {
    if (escalations.ladderInfo(version).isEmpty()) {
      throw new NotFoundException("escalation ladder version", version);
    }
    return ladderView(version);
  }

  private LadderView ladderView(int version) {
    EscalationRepository.LadderInfo info = escalations.ladderInfo(version).orElseThrow();
    return new LadderView(version, info.createdBy(), info.createdAt(), info.note(),
        escalations.ladder(version).steps());
  }

  // ---- Helpers

  private Actor requireReader() {
    Actor actor = currentActor.require();
    if (!actor.is(Role.AGENCY_HEAD, Role.PROBATION_HEAD, Role.PROBATION_OFFICER)) {
      throw new ForbiddenException("access.denied", "your role does not follow escalations");
    }
    return actor;
  }

  private EscalationRepository.Row visibleRow(Actor actor, UUID id) {
    return escalations.row(id)
        .filter(r -> sees(actor, r.escalation()))
        .orElseThrow(() -> new NotFoundException("escalation", id));
  }

  private boolean sees(Actor actor, Escalation e) {
    return switch (actor.role()) {
      case AGENCY_HEAD -> actor.organisationId() != null
          && (actor.organisationId().equals(e.addresseeOrganisationId())
              || actor.organisationId().equals(e.breachedOrganisationId()));
      case PROBATION_HEAD -> Territories.REPUBLIC.equals(actor.territoryCode())
          || territoryScope.isWithin(e.caseTerritoryCode(), actor.territoryCode());
      case PROBATION_OFFICER -> actor.userId().equals(e.officerId());
      default -> false;
    };
  }

  private EscalationView view(EscalationRepository.Row row, boolean withHistory) {
    Escalation e = row.escalation();
    Locale locale = LocaleContextHolder.getLocale();
    String action = switch (locale == null ? "" : locale.getLanguage()) {
      case "ru" -> row.actionRu();
      case "en" -> row.actionEn();
      default -> row.actionKk();
    };
    List<HistoryEntry> history = !withHistory ? List.of() : escalations.events(e.id()).stream()
        .map(h -> new HistoryEntry(h.from(), h.to(), h.at(),
            h.by() == null ? null : users.find(h.by()).map(UserSummary::fullName).orElse(null),
            h.note()))
        .toList();
    return new EscalationView(e.id(), e.referralId(), e.caseId(), e.level(), e.ladderVersion(),
        row.domain(), action, row.referralDueAt(), party(e.breachedOrganisationId(), locale),
        party(e.addresseeOrganisationId(), locale), person(e.officerId()), e.missedDeadline(),
        e.openedAt(), e.answerBy(), e.state(), e.stateAt(), e.reason(), e.measures(),
        e.newDeadline(), person(e.answeredBy()), e.answeredAt(), e.deadline(),
        e.isOverdueAt(clock.instant()), e.version(), history);
  }

  private Party party(UUID organisationId, Locale locale) {
    if (organisationId == null) {
      return null;
    }
    List<String> heads = userAdministration.list(Role.AGENCY_HEAD, organisationId, 0, 20)
        .stream().map(UserAdministration.ManagedUser::user).filter(UserSummary::enabled)
        .map(UserSummary::fullName).toList();
    return organisations.find(organisationId)
        .map(o -> new Party(o.id(), o.name(locale), o.type(), heads))
        .orElse(new Party(organisationId, null, null, heads));
  }

  private PersonRef person(UUID userId) {
    return userId == null ? null : new PersonRef(userId,
        users.find(userId).map(UserSummary::fullName).orElse(null));
  }
}
