package kz.jol.supervision.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One entry of a case's supervision history, as stored: never changed, never deleted.
 *
 * @param day the day it happened (not the moment it was recorded)
 * @param code the kind's choice (see {@link EventKind}), or null
 * @param relatedIds a warning's violations, a decision's submission
 * @param checkInId the expected check-in a check-in answers, or null
 * @param recordedBy the user who recorded it, null for the system
 */
public record SupervisionEvent(UUID id, UUID caseId, EventKind kind, LocalDate day, String code,
    String excuseReason, String article, List<UUID> relatedIds, UUID checkInId, String note,
    UUID recordedBy, Instant recordedAt) {

  public SupervisionEvent {
    relatedIds = relatedIds == null ? List.of() : List.copyOf(relatedIds);
  }

  public boolean isContact() {
    return EventKind.isContact(kind, code);
  }
}
