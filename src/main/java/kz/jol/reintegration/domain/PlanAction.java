package kz.jol.reintegration.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One action of a plan: in which domain, towards which goal, what is done, by which
 * organisation and by when; once done or cancelled, the outcome or reason and the day.
 *
 * @param outcome what came of it (DONE) or why not (CANCELLED); null while open
 * @param closedOn the day it was done or cancelled; null while open
 */
public record PlanAction(UUID id, Domain domain, String goal, String action,
    UUID responsibleOrganisationId, LocalDate dueOn, ActionStatus status, String outcome,
    LocalDate closedOn) {

  /** Open after its due date. */
  public boolean isOverdueAsOf(LocalDate asOf) {
    return status == ActionStatus.OPEN && dueOn.isBefore(asOf);
  }
}
