package kz.jol.register;

import java.time.LocalDate;

/**
 * A probation case was put on the register: day 0 of the person's route.
 *
 * @param caseId the new case
 * @param personId its person
 * @param kind the kind of probation
 * @param registrationDate the date of registration (постановка на учёт), day 0
 * @param territoryCode the KATO code of the case's territory (a district)
 */
public record CaseRegistered(
    CaseId caseId, PersonId personId, ProbationKind kind, LocalDate registrationDate,
    String territoryCode) {}
