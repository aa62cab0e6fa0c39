package kz.jol.supervision.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.jol.access.Role;
import kz.jol.audit.AuditAction;
import kz.jol.audit.AuditTrail;
import kz.jol.supervision.SupervisionSummaries;
import kz.jol.supervision.SupervisionSummary;
import kz.jol.supervision.domain.SupervisionPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link SupervisionSummaries} for the police side: the duties in force (a treatment duty
 * without its words, which are health data), wanted since and the last contact.
 */
@Service
class Summaries implements SupervisionSummaries {

  private final SupervisionRepository repository;
  private final AuditTrail audit;

  Summaries(SupervisionRepository repository, AuditTrail audit) {
    this.repository = repository;
    this.audit = audit;
  }

  @Override
  @Transactional
  public Map<UUID, SupervisionSummary> of(Collection<UUID> caseIds) {
    List<UUID> ids = caseIds.stream().distinct().toList();
    Map<UUID, SupervisionSummary> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    var duties = repository.duties(ids);
    var events = repository.events(ids);
    var known = repository.knownCases(ids);
    for (UUID id : known) {
      var history = new SupervisionPolicy.History(events.getOrDefault(id, List.of()));
      List<SupervisionSummary.Duty> inForce = duties.getOrDefault(id, List.of()).stream()
          .filter(d -> d.endedOn() == null)
          .map(d -> SupervisionService.view(d, Role.POLICE_INSPECTOR))
          .map(d -> new SupervisionSummary.Duty(d.kind(), d.detail(), d.imposedOn()))
          .toList();
      found.put(id, new SupervisionSummary(id, inForce, history.wantedSince().orElse(null),
          history.lastContact().orElse(null)));
    }
    audit.recordAll(SupervisionService.RECORD_TYPE, found.keySet(), AuditAction.VIEW,
        "supervision summary");
    return found;
  }
}
