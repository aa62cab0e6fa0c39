package kz.jol.routing;

import java.util.UUID;
import kz.jol.routing.domain.ReferralState;

/** The receiving organisation moved a referral on: accepted, in progress, done, declined... */
public record ReferralStateChanged(UUID referralId, UUID caseId, UUID organisationId,
    ReferralState from, ReferralState to) {}
