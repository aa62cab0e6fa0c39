package kz.jol.register.application;

import java.time.LocalDate;
import java.util.UUID;
import kz.jol.register.Sex;

/** A person in a list or search result: identity only, the same for every role that may read. */
public record PersonSummary(
    UUID id, String iin, String lastName, String firstName, String middleName,
    LocalDate birthDate, Sex sex, String homeTerritoryCode) {}
