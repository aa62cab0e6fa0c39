package kz.jol.reintegration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.jol.register.CaseId;
import kz.jol.shared.ConflictException;
import kz.jol.shared.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plan's state machine, every pair of states, and the day its approval counts from. */
class PlanTest {

  static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  static final PlanAction OPEN = new PlanAction(UUID.randomUUID(), Domain.LEGAL, "ID card",
      "Appointment at the public service centre", UUID.randomUUID(), DAY.plusDays(5),
      ActionStatus.OPEN, null, null);

  static Plan plan(PlanState state, LocalDate firstApproved) {
    return new Plan(UUID.randomUUID(), new CaseId(UUID.randomUUID()), state, firstApproved,
        List.of(OPEN), 3);
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
      "DRAFT,        DRAFT,        refused",
      "DRAFT,        APPROVED,     allowed",
      "DRAFT,        UNDER_REVIEW, refused",
      "DRAFT,        CLOSED,       allowed",
      "APPROVED,     DRAFT,        refused",
      "APPROVED,     APPROVED,     refused",
      "APPROVED,     UNDER_REVIEW, allowed",
      "APPROVED,     CLOSED,       allowed",
      "UNDER_REVIEW, DRAFT,        refused",
      "UNDER_REVIEW, APPROVED,     allowed",
      "UNDER_REVIEW, UNDER_REVIEW, refused",
      "UNDER_REVIEW, CLOSED,       allowed",
      "CLOSED,       DRAFT,        refused",
      "CLOSED,       APPROVED,     refused",
      "CLOSED,       UNDER_REVIEW, refused",
      "CLOSED,       CLOSED,       refused",
  })
  void transitions(PlanState from, PlanState to, String expected) {
    Plan plan = plan(from, from == PlanState.DRAFT ? null : DAY.minusDays(3));
    if (expected.equals("allowed")) {
      assertThat(plan.moveTo(to, DAY, "a reason").state()).isEqualTo(to);
    } else {
      assertThatThrownBy(() -> plan.moveTo(to, DAY, "a reason"))
          .isInstanceOf(ConflictException.class)
          .hasFieldOrPropertyWithValue("code", "plan.transition-not-allowed");
    }
  }

  @ParameterizedTest
  @CsvSource({"UNDER_REVIEW", "CLOSED"})
  void reviewAndClosingNeedAReason(PlanState to) {
    assertThatThrownBy(() -> plan(PlanState.APPROVED, DAY).moveTo(to, DAY, "  "))
        .isInstanceOf(InvalidInputException.class);
  }

  @org.junit.jupiter.api.Test
  void theFirstApprovalDayIsKeptThroughReviewAndReapproval() {
    Plan approved = plan(PlanState.DRAFT, null).moveTo(PlanState.APPROVED, DAY, null);
    assertThat(approved.firstApprovedOn()).isEqualTo(DAY);
    Plan again = approved.moveTo(PlanState.UNDER_REVIEW, DAY.plusDays(40), "new job")
        .moveTo(PlanState.APPROVED, DAY.plusDays(41), null);
    assertThat(again.firstApprovedOn()).isEqualTo(DAY);
    assertThat(again.status().isOverdueAsOf(DAY.minusDays(2), DAY.minusDays(1))).isTrue();
    assertThat(again.status().isOverdueAsOf(DAY.minusDays(2), DAY)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void aPlanWithNoOpenActionIsNotApproved() {
    Plan empty = new Plan(UUID.randomUUID(), new CaseId(UUID.randomUUID()), PlanState.DRAFT,
        null, List.of(new PlanAction(OPEN.id(), Domain.LEGAL, "g", "a", OPEN.responsibleOrganisationId(),
            DAY, ActionStatus.CANCELLED, "not needed", DAY)), 0);
    assertThatThrownBy(() -> empty.moveTo(PlanState.APPROVED, DAY, null))
        .hasFieldOrPropertyWithValue("code", "plan.no-open-action");
  }

  @ParameterizedTest(name = "due {0}, asOf {1}, approved {2}: overdue {3}")
  @CsvSource({
      "2026-03-05, 2026-03-05,           , false",
      "2026-03-05, 2026-03-06,           , true",
      "2026-03-05, 2026-03-06, 2026-03-06, false",
      "2026-03-05, 2026-03-06, 2026-03-07, true",
      "2026-03-05, 2026-03-04, 2026-03-01, false",
  })
  void overdueMeansAfterTheDueDayWithNoApprovalByThen(LocalDate due, LocalDate asOf,
      LocalDate approved, boolean overdue) {
    PlanStatus status = approved == null ? PlanStatus.notApproved()
        : PlanStatus.approvedOn(approved);
    assertThat(status.isOverdueAsOf(due, asOf)).isEqualTo(overdue);
  }
}
