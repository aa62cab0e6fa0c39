package kz.jol.supervision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A case has had no contact for the configured number of days: raised once per stretch of
 * silence, the stretch named by the day of the last contact before it.
 */
public record ContactLost(UUID caseId, UUID alertId, LocalDate sinceDay, int days) {}
