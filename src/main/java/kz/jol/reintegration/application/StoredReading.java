package kz.jol.reintegration.application;

import java.time.LocalDate;

/**
 * The official day-180 reading of a case as stored: the five scores, the index, success and
 * the critical failures in force that day (reason codes, comma-separated).
 */
public record StoredReading(LocalDate takenOn, int legal, int housing, int economic, int health,
    int institutional, int index, boolean successful, String criticalFailures) {}
