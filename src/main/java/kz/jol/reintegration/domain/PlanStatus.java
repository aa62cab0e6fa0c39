package kz.jol.reintegration.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether and since when the case's individual reintegration plan is approved. Once approved, a
 * plan counts as approved on every later day (a plan under review or closed was approved).
 *
 * @param approvedOn the day the plan was first approved, or null when it never was
 */
public record PlanStatus(LocalDate approvedOn) {

  private static final PlanStatus NOT_APPROVED = new PlanStatus(null);

  public static PlanStatus notApproved() {
    return NOT_APPROVED;
  }

  public static PlanStatus approvedOn(LocalDate day) {
    return new PlanStatus(java.util.Objects.requireNonNull(day, "day"));
  }

  public Optional<LocalDate> approvalDate() {
    return Optional.ofNullable(approvedOn);
  }

  public boolean isApprovedAsOf(LocalDate asOf) {
    return approvedOn != null && !approvedOn.isAfter(asOf);
  }

  /**
   * Whether the plan is overdue on {@code asOf}: the day is after the due date and no plan was
   * approved by then. The plan may still be approved on the due day itself.
   */
  public boolean isOverdueAsOf(LocalDate dueOn, LocalDate asOf) {
    return asOf.isAfter(dueOn) && !isApprovedAsOf(asOf);
  }
}
