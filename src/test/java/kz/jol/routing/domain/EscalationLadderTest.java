package kz.jol.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import kz.jol.organisation.OrganisationType;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ladder's rule of the next level, line by line, and the head's answer. */
class EscalationLadderTest {

  static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

  static final EscalationLadder DEFAULTS = new EscalationLadder(1, List.of(
      new LadderStep(1, Reach.CASE_TERRITORY, OrganisationType.AKIMAT_DEPARTMENT, 48),
      new LadderStep(2, Reach.REGION, OrganisationType.AKIMAT_DEPARTMENT, 48),
      new LadderStep(3, Reach.REPUBLIC, OrganisationType.MINISTRY, 72)));

  /**
   * referral due and last deadline in minutes from now (negative: passed); last level 0 = no
   * escalation yet; the level due now, 0 = none.
   */
  @ParameterizedTest(name = "due {0} min, last level {1} {2} deadline {3} min -> level {4}")
  @CsvSource({
      // no escalation yet: the referral's own deadline decides
      "-1,    0, ,          ,   1",
      "-9999, 0, ,          ,   1",
      "0,     0, ,          ,   0",  // due this very moment: not yet past
      "60,    0, ,          ,   0",
      // a live escalation whose own deadline passed goes one level up
      "-600,  1, OPEN,      -1, 2",
      "-600,  1, ANSWERED,  -1, 2",
      "-600,  2, ANSWERED,  -5, 3",
      "-600,  1, OPEN,      30, 0",  // the head still has time to answer
      "-600,  1, ANSWERED,  30, 0",  // the new deadline still runs
      "-600,  1, ANSWERED,  0,  0",
      // the top of the ladder: nobody higher
      "-600,  3, OPEN,      -1, 0",
      "-600,  3, ANSWERED,  -1, 0",
      // no longer live: escalated further or closed with the referral
      "-600,  1, ESCALATED, -1, 0",
      "-600,  2, CLOSED,    -1, 0",
  })
  void theLevelDueNow(int dueMinutes, int lastLevel, Escalation.State lastState,
      Integer lastDeadlineMinutes, int expected) {
    EscalationLadder.Last last = lastLevel == 0 ? null : new EscalationLadder.Last(lastLevel,
        lastState, NOW.plus(Duration.ofMinutes(lastDeadlineMinutes)));
    var due = DEFAULTS.due(NOW.plus(Duration.ofMinutes(dueMinutes)), last, NOW);
    assertThat(due.map(LadderStep::level).orElse(0)).isEqualTo(expected);
  }

  @Test
  void aShorterLadderStopsEarlier() {
    EscalationLadder one = new EscalationLadder(2, List.of(
        new LadderStep(1, Reach.CASE_TERRITORY, OrganisationType.AKIMAT_DEPARTMENT, 24)));
    assertThat(one.topLevel()).isEqualTo(1);
    assertThat(one.due(NOW.minusSeconds(1), null, NOW)).isPresent();
    assertThat(one.due(NOW.minusSeconds(1),
        new EscalationLadder.Last(1, Escalation.State.OPEN, NOW.minusSeconds(1)), NOW)).isEmpty();
  }

  @Test
  void anAdminsLadderIsCheckedWholeAndNumberedInOrder() {
    assertThat(EscalationLadder.check(List.of(
        new EscalationLadder.StepInput(Reach.CASE_TERRITORY,
            OrganisationType.AKIMAT_DEPARTMENT, 24),
        new EscalationLadder.StepInput(Reach.REPUBLIC, OrganisationType.MINISTRY, 72))))
        .extracting(LadderStep::level).containsExactly(1, 2);
    assertThatThrownBy(() -> EscalationLadder.check(Arrays.asList(
        new EscalationLadder.StepInput(null, null, 0),
        new EscalationLadder.StepInput(Reach.REGION, OrganisationType.AKIMAT_DEPARTMENT, 745))))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).extracting(FieldProblem::field).containsExactly(
                "steps[0].reach", "steps[0].organisationType", "steps[0].answerHours",
                "steps[1].answerHours"));
    assertThatThrownBy(() -> EscalationLadder.check(List.of()))
        .isInstanceOf(InvalidInputException.class);
  }

  static Escalation opened() {
    return Escalation.open(UUID.randomUUID(), UUID.randomUUID(), DEFAULTS.step(1).orElseThrow(),
        1, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "551010000",
        NOW.minusSeconds(60), NOW);
  }

  @Test
  void anEscalationOpensWithTheStepsTimeToAnswer() {
    Escalation e = opened();
    assertThat(e.state()).isEqualTo(Escalation.State.OPEN);
    assertThat(e.answerBy()).isEqualTo(NOW.plus(Duration.ofHours(48)));
    assertThat(e.deadline()).isEqualTo(e.answerBy());
  }

  @Test
  void theHeadAnswersOnceWithReasonMeasuresAndAFutureDeadline() {
    Escalation e = opened();
    assertThatThrownBy(() -> e.answer(" ", null, NOW, UUID.randomUUID(), NOW))
        .isInstanceOfSatisfying(InvalidInputException.class, x ->
            assertThat(x.problems()).extracting(FieldProblem::field)
                .containsExactly("reason", "measures", "newDeadline"));
    assertThatThrownBy(() -> e.answer("r", "m", NOW.plus(Duration.ofDays(400)),
        UUID.randomUUID(), NOW)).isInstanceOf(InvalidInputException.class);
    Instant newDeadline = NOW.plus(Duration.ofDays(3));
    Escalation answered = e.answer(" full ", "measures", newDeadline, UUID.randomUUID(), NOW);
    assertThat(answered.state()).isEqualTo(Escalation.State.ANSWERED);
    assertThat(answered.reason()).isEqualTo("full");
    assertThat(answered.deadline()).isEqualTo(newDeadline);
    assertThatThrownBy(() -> answered.answer("r", "m", newDeadline, UUID.randomUUID(), NOW))
        .isInstanceOfSatisfying(ConflictException.class,
            x -> assertThat(x.code()).isEqualTo("escalation.answered"));
  }
}
