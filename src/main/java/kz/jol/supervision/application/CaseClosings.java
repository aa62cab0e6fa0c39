package kz.jol.supervision.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import kz.jol.register.CaseState;
import kz.jol.register.CaseStateChanged;
import kz.jol.supervision.SupervisionEventRecorded;
import kz.jol.supervision.domain.EventKind;
import kz.jol.supervision.domain.SupervisionEvent;
import kz.jol.supervision.domain.SupervisionPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the history true when the register moves a case by hand: a wanted case that leaves
 * WANTED some other way (closed, or made ACTIVE on the card) ends its search in the history
 * (found how: CASE_CLOSED, or OTHER), and a closed case expects no more check-ins and keeps no
 * alert open. Moves supervision caused itself find the history already in order.
 */
@Component
class CaseClosings {

  private final SupervisionRepository repository;
  private final SupervisionService supervision;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CaseClosings(SupervisionRepository repository, SupervisionService supervision,
      ApplicationEventPublisher events, Clock clock) {
    this.repository = repository;
    this.supervision = supervision;
    this.events = events;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(CaseStateChanged changed) {
    UUID caseId = changed.caseId().value();
    if (changed.from() == CaseState.WANTED) {
      repository.lock(caseId);
      var history = new SupervisionPolicy.History(repository.events(caseId));
      if (history.wantedSince().isPresent()) {
        var ended = new SupervisionEvent(UUID.randomUUID(), caseId, EventKind.WANTED_ENDED,
            changed.on(), changed.to() == CaseState.CLOSED
                ? EventKind.FoundHow.CASE_CLOSED.name() : EventKind.FoundHow.OTHER.name(),
            null, null, List.of(), null, null, null, clock.instant());
        repository.insert(ended);
        events.publishEvent(new SupervisionEventRecorded(caseId, ended.id(),
            ended.kind().name(), ended.day()));
      }
    }
    if (changed.to() == CaseState.CLOSED) {
      supervision.closed(caseId, changed.on());
    }
  }
}
