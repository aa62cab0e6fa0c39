package kz.jol.reintegration;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A case's official day-180 reading was taken and stored; indicators count it.
 *
 * @param caseId the case
 * @param takenOn day 180 after registration
 * @param index the integral index on that day
 * @param successful whether it was a successful reintegration
 */
public record OfficialReadingTaken(UUID caseId, LocalDate takenOn, int index, boolean successful) {}
