package kz.jol.audit;

import java.util.Collection;
import java.util.UUID;

/**
 * Appends to the audit trail. The actor and the client address are taken from the current
 * request; the caller says which record and what was done. Writes join the caller's
 * transaction, so a failed change leaves no "UPDATE" row behind, while reads are recorded even
 * when nothing else is written.
 */
public interface AuditTrail {

  /**
   * @param recordType the kind of record, e.g. {@code PERSON}, {@code CASE}
   * @param recordId the record's id
   * @param action what was done
   * @param detail a short free text (changed fields, the transition, the search filter); never
   *     the personal data itself
   */
  void record(String recordType, UUID recordId, AuditAction action, String detail);

  /** Records one action on many records at once (a list page). */
  void recordAll(String recordType, Collection<UUID> recordIds, AuditAction action, String detail);
}
