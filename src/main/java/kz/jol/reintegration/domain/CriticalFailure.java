package kz.jol.reintegration.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A critical failure in force on the evaluated day.
 *
 * @param reason what failed; it names the domain
 * @param since the first day of the uninterrupted run of days, up to the evaluated day, on which
 *     the failure held
 */
public record CriticalFailure(FailureReason reason, LocalDate since) {

  public CriticalFailure {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(since, "since");
  }

  public Domain domain() {
    return reason.domain();
  }
}
