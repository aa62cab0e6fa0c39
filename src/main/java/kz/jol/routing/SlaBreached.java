package kz.jol.routing;

import java.time.Instant;
import java.util.UUID;

/**
 * A referral's deadline passed while it was open, and the SLA sweep opened an escalation for
 * the breach: published once per escalation, in the transaction that opened it.
 *
 * @param organisationId the organisation that breached
 * @param level the ladder level escalated to (1 for the referral's own deadline)
 * @param dueAt the deadline that was missed: the referral's own, or the previous level's
 */
public record SlaBreached(UUID referralId, UUID caseId, UUID organisationId, UUID escalationId,
    int level, Instant dueAt) {}
