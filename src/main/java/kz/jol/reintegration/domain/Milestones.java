package kz.jol.reintegration.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kz.jol.shared.InvalidInputException;

/** The milestones of a case's timeline, and what falls due across a caseload. */
public final class Milestones {

  private static final Comparator<DueMilestone> BY_DATE = Comparator
      .comparing((DueMilestone d) -> d.milestone().date())
      .thenComparing(d -> d.milestone().kind())
      .thenComparing(d -> d.caseId().value());

  private Milestones() {}

  /** The case's five milestones in date order, each marked passed or not as of the date. */
  public static List<Milestone> of(CaseTimeline timeline, LocalDate asOf) {
    return List.of(
        milestone(MilestoneKind.PLAN_DUE, timeline.planDueOn(), asOf),
        milestone(MilestoneKind.DAY_30, timeline.day(30), asOf),
        milestone(MilestoneKind.DAY_60, timeline.day(60), asOf),
        milestone(MilestoneKind.DAY_90, timeline.day(90), asOf),
        milestone(MilestoneKind.DAY_180, timeline.day(180), asOf));
  }

  /**
   * The milestones of these cases that fall on {@code asOf} or within the next {@code days}
   * days (both ends included), earliest first.
   */
  public static List<DueMilestone> dueBetween(List<CaseTimeline> cases, LocalDate asOf,
      int days) {
    if (days < 0) {
      throw new InvalidInputException("days", "days.negative", "must be at least 0", 0);
    }
    LocalDate until = asOf.plusDays(days);
    List<DueMilestone> due = new ArrayList<>();
    for (CaseTimeline timeline : cases) {
      for (Milestone m : of(timeline, asOf)) {
        if (!m.date().isBefore(asOf) && !m.date().isAfter(until)) {
          due.add(new DueMilestone(timeline.caseId(), m));
        }
      }
    }
    due.sort(BY_DATE);
    return due;
  }

  private static Milestone milestone(MilestoneKind kind, LocalDate date, LocalDate asOf) {
    return new Milestone(kind, date, date.isBefore(asOf));
  }
}
