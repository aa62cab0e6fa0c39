package kz.jol.register;

import java.time.LocalDate;

/**
 * A probation case moved from one state to another.
 *
 * @param caseId the case
 * @param from the state before
 * @param to the state after
 * @param on the date the change took effect (not the moment it was recorded)
 */
public record CaseStateChanged(CaseId caseId, CaseState from, CaseState to, LocalDate on) {}
