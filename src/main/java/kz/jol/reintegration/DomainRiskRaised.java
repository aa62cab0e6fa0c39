package kz.jol.reintegration;

import java.time.LocalDate;
import java.util.UUID;
import kz.jol.reintegration.domain.Domain;

/**
 * A domain of a case reached risk R3 (a critical failure, a threat of violence, a risk of
 * exploitation). The routing module brings in the organisations responsible for the domain.
 *
 * @param caseId the probation case
 * @param domain the domain now at R3
 * @param on the day it was found at R3: the day of the assessment, or of the sweep
 *     that found a trigger date passed
 */
public record DomainRiskRaised(UUID caseId, Domain domain, LocalDate on) {}
