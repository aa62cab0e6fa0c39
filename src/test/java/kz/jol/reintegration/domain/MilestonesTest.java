package kz.jol.reintegration.domain;

import static kz.jol.reintegration.domain.CaseFixture.REGISTERED;
import static kz.jol.reintegration.domain.CaseFixture.TIMELINE;
import static kz.jol.reintegration.domain.CaseFixture.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import kz.jol.register.CaseId;
import kz.jol.shared.InvalidInputException;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class MilestonesTest {

  @Test
  void aCaseHasFiveMilestonesPassedOnlyAfterTheirDay() {
    List<Milestone> milestones = Milestones.of(TIMELINE, day(30));

    assertThat(milestones).containsExactly(
        new Milestone(MilestoneKind.PLAN_DUE, day(3), true),
        new Milestone(MilestoneKind.DAY_30, day(30), false),
        new Milestone(MilestoneKind.DAY_60, day(60), false),
        new Milestone(MilestoneKind.DAY_90, day(90), false),
        new Milestone(MilestoneKind.DAY_180, day(180), false));
    assertThat(Milestones.of(TIMELINE, day(31)).get(1).passed()).isTrue();
  }

  @Test
  void listsWhatFallsDueInTheNextDaysAcrossCasesEarliestFirst() {
    CaseId other = new CaseId(UUID.fromString("00000000-0000-0000-0000-000000000002"));
    // Registered 25 days later: its plan is due on day 29 and its day 30 is day 55.
    CaseTimeline later = new CaseTimeline(other, REGISTERED.plusDays(25), day(29));

    List<DueMilestone> due = Milestones.dueBetween(List.of(TIMELINE, later), day(28), 2);

    assertThat(due).extracting(d -> d.caseId(), d -> d.milestone().kind(), d -> d.milestone().date())
        .containsExactly(
            Tuple.tuple(other, MilestoneKind.PLAN_DUE, day(29)),
            Tuple.tuple(CaseFixture.CASE, MilestoneKind.DAY_30, day(30)));
    assertThat(Milestones.dueBetween(List.of(TIMELINE), day(30), 0))
        .extracting(d -> d.milestone().kind()).containsExactly(MilestoneKind.DAY_30);
    assertThat(Milestones.dueBetween(List.of(TIMELINE), day(31), 28)).isEmpty();
  }

  @Test
  void refusesANegativeWindow() {
    assertThatThrownBy(() -> Milestones.dueBetween(List.of(TIMELINE), day(0), -1))
        .isInstanceOf(InvalidInputException.class);
  }
}
