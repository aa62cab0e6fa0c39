package kz.jol.supervision.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.jol.access.Role;
import kz.jol.register.CaseState;
import kz.jol.shared.ConflictException;
import kz.jol.shared.ForbiddenException;
import kz.jol.shared.InvalidInputException;

/**
 * The rules of a case's supervision history: who may record what, which event the case's state
 * and history allow (guards, refused with 409 and the reason), and what an event does to the
 * case's state. Plain functions of their inputs.
 */
public final class SupervisionPolicy {

  private SupervisionPolicy() {}

  /** What recording an event does to the case's state. */
  public enum Effect {
    /** Nothing. */
    NONE,
    /** The case becomes WANTED. */
    BECOMES_WANTED,
    /** The case becomes ACTIVE again. */
    BECOMES_ACTIVE,
    /** The case closes with the outcome REVOKED. */
    CLOSES_REVOKED
  }

  /** The kinds a police inspector records: the visit's result and the person found. */
  static final Set<EventKind> INSPECTOR_RECORDS =
      Set.of(EventKind.HOME_VISIT, EventKind.WANTED_ENDED);

  /**
   * Whether a role may record events of this kind: probation officers and heads every kind, a
   * police inspector a home visit and "wanted ended", nobody else anything.
   *
   * @throws ForbiddenException {@code supervision.role-may-not} otherwise
   */
  public static void requireMayRecord(Role role, EventKind kind) {
    boolean may = switch (role) {
      case PROBATION_OFFICER, PROBATION_HEAD -> true;
      case POLICE_INSPECTOR -> INSPECTOR_RECORDS.contains(kind);
      default -> false;
    };
    if (!may) {
      throw new ForbiddenException("supervision.role-may-not",
          "your role may not record this kind of event", kind);
    }
  }

  /**
   * Whether a reader of this role sees the event, and how: a police inspector sees no request
   * for help (it may be about health or family) and no notes or excuse reasons (free text about
   * the person's health or family); everyone else who reads a case's supervision sees it all.
   */
  public static Optional<SupervisionEvent> shownTo(Role role, SupervisionEvent event) {
    if (role != Role.POLICE_INSPECTOR) {
      return Optional.of(event);
    }
    if (event.kind() == EventKind.HELP_REQUEST) {
      return Optional.empty();
    }
    return Optional.of(new SupervisionEvent(event.id(), event.caseId(), event.kind(),
        event.day(), event.code(), null, event.article(), event.relatedIds(), event.checkInId(),
        null, event.recordedBy(), event.recordedAt()));
  }

  /**
   * Checks the draft against the case's state and history and says what it does to the state.
   *
   * @param state the case's state now
   * @param history the case's events so far, in any order
   * @throws ConflictException with the reason when the state or history does not allow it
   * @throws InvalidInputException when a related record is unknown or the day does not fit it
   */
  public static Effect check(CaseState state, List<SupervisionEvent> history, EventDraft draft) {
    History h = new History(history);
    if (state == CaseState.CLOSED && draft.kind() != EventKind.COURT_DECISION) {
      throw new ConflictException("supervision.case-closed",
          "nothing more is recorded on a closed case");
    }
    return switch (draft.kind()) {
      case WANTED_DECLARED -> {
        if (state == CaseState.WANTED || h.wantedSince().isPresent()) {
          throw new ConflictException("supervision.already-wanted", "the person is wanted already");
        }
        if (state != CaseState.ACTIVE) {
          throw new ConflictException("supervision.wanted-needs-active",
              "only a person under active supervision is declared wanted", state);
        }
        yield Effect.BECOMES_WANTED;
      }
      case WANTED_ENDED -> {
        if (state != CaseState.WANTED) {
          throw new ConflictException("supervision.not-wanted", "the person is not wanted");
        }
        h.wantedSince().filter(since -> draft.day().isBefore(since)).ifPresent(since -> {
          throw new InvalidInputException("day", "supervision.day-before-wanted",
              "the person was declared wanted on " + since, since);
        });
        yield Effect.BECOMES_ACTIVE;
      }
      case WARNING -> {
        Set<UUID> violations = h.ids(EventKind.VIOLATION);
        List<UUID> unknown = draft.relatedIds().stream()
            .filter(id -> !violations.contains(id)).toList();
        if (!unknown.isEmpty()) {
          throw new InvalidInputException("violationIds", "supervision.violation-unknown",
              "no such violation is recorded on this case", unknown.getFirst());
        }
        yield Effect.NONE;
      }
      case COURT_SUBMISSION -> {
        if (h.openSubmissions().stream().anyMatch(s -> s.code().equals(draft.code()))) {
          throw new ConflictException("supervision.submission-open",
              "a submission of this kind awaits the court's decision already", draft.code());
        }
        yield Effect.NONE;
      }
      case COURT_DECISION -> {
        UUID submissionId = draft.relatedIds().getFirst();
        SupervisionEvent submission = h.openSubmissions().stream()
            .filter(s -> s.id().equals(submissionId)).findFirst()
            .orElseThrow(() -> new ConflictException("supervision.no-open-submission",
                "the court decides only on a submission that awaits its decision"));
        if (draft.day().isBefore(submission.day())) {
          throw new InvalidInputException("day", "supervision.day-before-submission",
              "the submission was made on " + submission.day(), submission.day());
        }
        boolean revokes = EventKind.CourtDecision.GRANTED.name().equals(draft.code())
            && EventKind.SubmissionKind.valueOf(submission.code()).revokes();
        yield revokes && state != CaseState.CLOSED ? Effect.CLOSES_REVOKED : Effect.NONE;
      }
      default -> Effect.NONE;
    };
  }

  /** What a case's history says, derived from its events. */
  public static final class History {

    private final List<SupervisionEvent> events;

    public History(List<SupervisionEvent> events) {
      this.events = events.stream()
          .sorted(Comparator.comparing(SupervisionEvent::day)
              .thenComparing(SupervisionEvent::recordedAt))
          .toList();
    }

    /** The day the person was declared wanted, when the search has not ended since. */
    public Optional<LocalDate> wantedSince() {
      LocalDate since = null;
      for (SupervisionEvent e : events) {
        if (e.kind() == EventKind.WANTED_DECLARED) {
          since = e.day();
        } else if (e.kind() == EventKind.WANTED_ENDED) {
          since = null;
        }
      }
      return Optional.ofNullable(since);
    }

    /** The day of the last contact with the person, if any. */
    public Optional<LocalDate> lastContact() {
      return events.stream().filter(SupervisionEvent::isContact).map(SupervisionEvent::day)
          .max(Comparator.naturalOrder());
    }

    /** The submissions with no decision yet, oldest first. */
    public List<SupervisionEvent> openSubmissions() {
      Set<UUID> decided = events.stream().filter(e -> e.kind() == EventKind.COURT_DECISION)
          .flatMap(e -> e.relatedIds().stream()).collect(Collectors.toSet());
      return events.stream().filter(e -> e.kind() == EventKind.COURT_SUBMISSION)
          .filter(e -> !decided.contains(e.id())).toList();
    }

    Set<UUID> ids(EventKind kind) {
      return events.stream().filter(e -> e.kind() == kind).map(SupervisionEvent::id)
          .collect(Collectors.toSet());
    }
  }
}
