package kz.jol.supervision;

import java.time.LocalDate;
import java.util.UUID;

/** An expected check-in's day ended with no result recorded; the sweep flagged it missed. */
public record CheckInMissed(UUID caseId, UUID checkInId, LocalDate dueOn) {}
