package kz.jol.reintegration;

import java.time.LocalDate;
import java.util.UUID;
import kz.jol.reintegration.domain.Domain;

/**
 * A probation officer or head recorded an assessment of a domain of a case. The routing module
 * reads it as the officer's confirmation of a referral of that domain the organisation has
 * reported done: the officer has looked at the person's situation since.
 *
 * @param caseId the probation case
 * @param domain the domain assessed
 * @param score the score given, 0..2
 * @param assessedOn the day the assessment holds from
 * @param assessorId the user who recorded it
 */
public record DomainAssessed(UUID caseId, Domain domain, int score, LocalDate assessedOn,
    UUID assessorId) {}
