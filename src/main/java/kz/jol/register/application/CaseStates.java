package kz.jol.register.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import kz.jol.audit.AuditAction;
import kz.jol.audit.AuditTrail;
import kz.jol.register.CaseId;
import kz.jol.register.CaseOutcome;
import kz.jol.register.CaseState;
import kz.jol.register.CaseStateChanged;
import kz.jol.register.domain.ProbationCase;
import kz.jol.shared.ConflictException;
import kz.jol.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a case's state on the authority of another module's record, not of an actor's request:
 * supervision declares a person wanted (the case becomes WANTED), ends the search (ACTIVE again)
 * or records the court's revocation (CLOSED, REVOKED). The register stays the owner of the
 * transition: the case's aggregate checks it as it checks {@link CaseService#transition} (the
 * allowed moves, the date not before the current state began nor after today, the outcome), the
 * move goes into the case's own history with the reason and the user who recorded the cause,
 * {@link CaseStateChanged} is published and the audit trail says which module moved it.
 *
 * <p>There is no role or territory check here: the calling module has read the case through
 * {@link CaseService} (so the actor reaches it) and decided that its record justifies the move.
 * It must call this in the transaction that stores that record, so that both commit or neither.
 */
@Service
public class CaseStates {

  private final CaseRepository cases;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CaseStates(CaseRepository cases, AuditTrail audit, ApplicationEventPublisher events,
      Clock clock) {
    this.cases = cases;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /**
   * A move requested by a module.
   *
   * @param target the new state
   * @param on the day it took effect (the day of the record that causes it)
   * @param outcome how the case ended: for CLOSED, and only for it
   * @param authority the module and record that cause it, e.g. {@code supervision: wanted
   *     declared}; kept in the case's history as the reason
   * @param recordedBy the user who recorded the cause, or null for a system job
   */
  public record Move(CaseState target, LocalDate on, CaseOutcome outcome, String authority,
      UUID recordedBy) {

    public Move {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(authority, "authority");
    }
  }

  /** The state a case is in now. */
  @Transactional(readOnly = true)
  public CaseState stateOf(UUID caseId) {
    return cases.find(new CaseId(caseId)).map(ProbationCase::state)
        .orElseThrow(() -> new NotFoundException("case", caseId));
  }

  /**
   * Moves the case, joining the caller's transaction.
   *
   * @return the recorded change
   * @throws NotFoundException when there is no such case (a caller's bug: it read it first)
   * @throws kz.jol.shared.InvalidInputException when the date does not fit the case (before its
   *     current state began, in the future)
   * @throws ConflictException {@code case.transition-not-allowed} when the case's state does not
   *     allow the move, {@code case.stale-version} when it changed meanwhile
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public CaseStateChanged move(UUID caseId, Move move) {
    ProbationCase found = cases.find(new CaseId(caseId))
        .orElseThrow(() -> new NotFoundException("case", caseId));
    CaseStateChanged changed;
    try {
      changed = found.transition(move.target(), move.on(), move.authority(), move.outcome(),
          LocalDate.now(clock));
    } catch (ConflictException refused) {
      throw new ConflictException(refused.code(), refused.getMessage(),
          Labels.of(found.state()), Labels.of(move.target()));
    }
    if (!cases.update(found, clock.instant())) {
      throw new ConflictException("case.stale-version",
          "someone changed this case since you read it; reload and try again", found.number());
    }
    cases.insertTransition(found.id(), changed.from(), changed.to(), changed.on(),
        move.outcome(), move.authority(), move.recordedBy(), clock.instant());
    found.events().forEach(events::publishEvent);
    audit.record(CaseService.RECORD_TYPE, caseId, AuditAction.TRANSITION,
        changed.from() + " -> " + changed.to()
            + (move.outcome() == null ? "" : " (" + move.outcome() + ")") + " by "
            + move.authority());
    return changed;
  }
}
