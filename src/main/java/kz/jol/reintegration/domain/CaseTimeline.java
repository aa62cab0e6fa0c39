package kz.jol.reintegration.domain;

import java.time.LocalDate;
import java.util.Objects;
import kz.jol.register.CaseId;
import kz.jol.shared.InvalidInputException;

/**
 * The dates a case's reintegration is measured from. Day numbers count from the registration
 * date, which is day 0.
 *
 * @param caseId the case
 * @param registeredOn the registration date (постановка на учёт), day 0
 * @param planDueOn the day the individual plan is due: 3 working days after registration,
 *     computed by the working-day calendar and given here as an input
 */
public record CaseTimeline(CaseId caseId, LocalDate registeredOn, LocalDate planDueOn) {

  public CaseTimeline {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(registeredOn, "registeredOn");
    Objects.requireNonNull(planDueOn, "planDueOn");
    if (planDueOn.isBefore(registeredOn)) {
      throw new InvalidInputException("planDueOn", "plan.dueBeforeRegistration",
          "the plan cannot be due before the case is registered");
    }
  }

  /** The date of day {@code n} after registration. */
  public LocalDate day(int n) {
    return registeredOn.plusDays(n);
  }
}
