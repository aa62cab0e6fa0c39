package kz.jol.supervision.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A new event's input once checked: the kind, its day and the fields that kind takes. */
public record EventDraft(EventKind kind, LocalDate day, String code, String excuseReason,
    String article, List<UUID> relatedIds, UUID checkInId, String note) {

  public EventDraft {
    relatedIds = relatedIds == null ? List.of() : List.copyOf(relatedIds);
  }
}
