package kz.jol.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the police side needs of a case's supervision: the court's duties in force, since when
 * the person is wanted (null when not), and the day of the last contact (an attended check-in
 * or a home visit that found the person; null when there was none).
 */
public record SupervisionSummary(UUID caseId, List<Duty> duties, LocalDate wantedSince,
    LocalDate lastContact) {

  public SupervisionSummary {
    duties = List.copyOf(duties);
  }

  /**
   * A duty in force.
   *
   * @param detail the court's words; null for a treatment duty (health data)
   */
  public record Duty(DutyKind kind, String detail, LocalDate imposedOn) {}
}
