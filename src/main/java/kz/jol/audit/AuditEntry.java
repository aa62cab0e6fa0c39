package kz.jol.audit;

import java.time.Instant;
import java.util.UUID;

/** One row of the audit trail, as shown to a prosecutor or a probation head. */
public record AuditEntry(
    long id, Instant occurredAt, UUID userId, String username, String role, String recordType,
    UUID recordId, AuditAction action, String detail, String clientAddress) {}
