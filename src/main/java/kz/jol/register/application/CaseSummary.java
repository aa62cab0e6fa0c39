package kz.jol.register.application;

import java.time.LocalDate;
import java.util.UUID;
import kz.jol.register.CaseState;
import kz.jol.register.ProbationKind;

/**
 * A case in a list: number, person, kind, state, dates, territory and officer. The same for
 * every role that may read; legal and court details are only on the full card.
 */
public record CaseSummary(
    UUID id, String caseNumber, CaseView.PersonRef person, ProbationKind kind, CaseState state,
    LocalDate stateSince, LocalDate registrationDate, LocalDate plannedEndDate,
    String territoryCode, CaseView.OfficerRef officer) {}
