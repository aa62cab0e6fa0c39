package kz.jol.audit;

import java.util.List;
import java.util.UUID;

/**
 * Reads the audit trail. Callers check first that the reader may see the record (its
 * territory); this module does not know where records live.
 */
public interface AuditLog {

  /** The newest entries for a record first, at most {@code limit}, skipping {@code offset}. */
  List<AuditEntry> history(String recordType, UUID recordId, int offset, int limit);

  /** How many entries a record has. */
  long count(String recordType, UUID recordId);
}
