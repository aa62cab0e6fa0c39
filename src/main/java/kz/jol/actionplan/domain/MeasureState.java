package kz.jol.actionplan.domain;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Where a measure stands, as of a day, from its deadline and the states its reports claim
 * (docs/actionplan.md):
 *
 * <ol>
 *   <li>DONE when the lead's latest consolidated report claims it done — only the lead, who
 *       convenes the executors, can close a measure;
 *   <li>otherwise OVERDUE once the deadline's last day has passed;
 *   <li>otherwise IN_PROGRESS when any report (an executor's or the lead's) claims work started
 *       or done;
 *   <li>otherwise NOT_STARTED.
 * </ol>
 */
public enum MeasureState {
  NOT_STARTED, IN_PROGRESS, DONE, OVERDUE;

  /**
   * @param deadline the measure's deadline
   * @param latestConsolidated the state the lead's latest consolidated report claims, or null
   * @param executorClaims the states the executors' reports claim, any period
   * @param today the day as of which to judge
   */
  public static MeasureState of(Deadline deadline, ReportState latestConsolidated,
      Collection<ReportState> executorClaims, LocalDate today) {
    if (latestConsolidated == ReportState.DONE) {
      return DONE;
    }
    if (deadline.passedOn(today)) {
      return OVERDUE;
    }
    boolean started = (latestConsolidated != null && latestConsolidated != ReportState.NOT_STARTED)
        || executorClaims.stream().anyMatch(s -> s != ReportState.NOT_STARTED);
    return started ? IN_PROGRESS : NOT_STARTED;
  }
}
