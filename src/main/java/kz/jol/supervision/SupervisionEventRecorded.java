package kz.jol.supervision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Something was recorded in a case's supervision history.
 *
 * @param caseId the case
 * @param eventId the event
 * @param kind the event's kind, e.g. {@code WANTED_DECLARED}
 * @param day the day it happened
 */
public record SupervisionEventRecorded(UUID caseId, UUID eventId, String kind, LocalDate day) {}
