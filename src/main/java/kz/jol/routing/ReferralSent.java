package kz.jol.routing;

import java.time.Instant;
import java.util.UUID;
import kz.jol.reintegration.domain.Domain;

/**
 * A referral went to an organisation.
 *
 * @param automatic made by the routing matrix, not by an officer's hand
 */
public record ReferralSent(UUID referralId, UUID caseId, UUID organisationId, Domain domain,
    String actionCode, Instant dueAt, boolean automatic) {}
