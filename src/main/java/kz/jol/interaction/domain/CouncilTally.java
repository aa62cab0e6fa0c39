package kz.jol.interaction.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Counts the decisions due in a period by how they stand as of a day (docs/interaction.md gives
 * the definitions the indicators rely on).
 */
public final class CouncilTally {

  private CouncilTally() {}

  /** One decision as the tally sees it. */
  public record Decision(DecisionState state, LocalDate dueOn, LocalDate closedOn) {}

  /**
   * The decisions due in a period by how they stand.
   *
   * @param due not cancelled, due in the period
   * @param doneOnTime DONE on or before the due day
   * @param doneLate DONE after the due day
   * @param notDone closed as not carried out
   * @param overdueOpen still open with the due day behind
   * @param notYetDue still open, due today or later
   * @param cancelled cancelled by a later decision (not in {@code due})
   */
  public record Counts(int due, int doneOnTime, int doneLate, int notDone, int overdueOpen,
      int notYetDue, int cancelled) {

    /** Carried out, on time or late: the share's numerator. */
    public int carriedOut() {
      return doneOnTime + doneLate;
    }

    /** Due and judged by now (closed, or its due day behind): the share's denominator. */
    public int judged() {
      return due - notYetDue;
    }
  }

  /** Tallies decisions already known to be due in the period. */
  public static Counts of(List<Decision> dueInPeriod, LocalDate today) {
    int due = 0;
    int onTime = 0;
    int late = 0;
    int notDone = 0;
    int overdue = 0;
    int notYet = 0;
    int cancelled = 0;
    for (Decision d : dueInPeriod) {
      DecisionStanding standing = DecisionStanding.of(d.state(), d.dueOn(), d.closedOn(), today);
      if (standing == DecisionStanding.CANCELLED) {
        cancelled++;
        continue;
      }
      due++;
      switch (standing) {
        case DONE_ON_TIME -> onTime++;
        case DONE_LATE -> late++;
        case NOT_DONE -> notDone++;
        case OVERDUE -> overdue++;
        default -> notYet++;
      }
    }
    return new Counts(due, onTime, late, notDone, overdue, notYet, cancelled);
  }
}
