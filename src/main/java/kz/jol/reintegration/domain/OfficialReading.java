package kz.jol.reintegration.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.jol.register.CaseId;

/**
 * The official reading of the integral index, taken on day 180 after registration: what the
 * effectiveness of probation is measured by. The service stores it once taken; it is a value of
 * that day and is never recomputed from a later history.
 *
 * @param caseId the case
 * @param takenOn day 180
 * @param scores the five scores on that day
 * @param index their sum
 * @param successful whether the case was a successful reintegration on that day
 * @param criticalFailures the critical failures in force on that day
 */
public record OfficialReading(
    CaseId caseId,
    LocalDate takenOn,
    Map<Domain, Score> scores,
    int index,
    boolean successful,
    List<CriticalFailure> criticalFailures) {

  public static final int DAY = 180;

  public OfficialReading {
    scores = Collections.unmodifiableMap(new EnumMap<>(scores));
    criticalFailures = List.copyOf(criticalFailures);
  }
}
