package kz.jol.reintegration.domain;

import static kz.jol.reintegration.domain.CaseFixture.day;
import static kz.jol.reintegration.domain.CaseFixture.history;
import static kz.jol.reintegration.domain.CaseFixture.legal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What an assessment must carry, and how the history answers "as of". */
class AssessmentTest {

  static final DomainFacts LEGAL_OK = new DomainFacts.Legal(true, true);

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void refusesATwoWithoutEvidence(String evidence) {
    assertThatThrownBy(() -> new Assessment(Score.TWO, evidence, "officer-1", day(1), LEGAL_OK))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(FieldProblem::field, FieldProblem::code)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("evidence", "evidence.required")));
  }

  @Test
  void refusesATwoWithNullEvidenceButAcceptsAOne() {
    assertThatThrownBy(() -> new Assessment(Score.TWO, null, "officer-1", day(1), LEGAL_OK))
        .isInstanceOf(InvalidInputException.class);
    assertThat(new Assessment(Score.ONE, null, "officer-1", day(1), LEGAL_OK).score())
        .isEqualTo(Score.ONE);
  }

  @Test
  void listsEveryMissingField() {
    assertThatThrownBy(() -> new Assessment(null, null, " ", null, null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(FieldProblem::field)
            .containsExactly("score", "assessedBy", "assessedOn", "facts"));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 3, 10})
  void scoresAreZeroOneOrTwo(int value) {
    assertThatThrownBy(() -> Score.of(value))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.problems().get(0).code()).isEqualTo("score.range"));
  }

  @Test
  void riskRulesRefuseNegativeWindows() {
    assertThatThrownBy(() -> new RiskRules(-1, 0, 0, 0, 0))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(FieldProblem::field)
            .containsExactly("legalWarningDays", "healthScreeningDay"));
  }

  @Test
  void theStateAsOfADayIsTheLatestAssessmentOnOrBeforeIt() {
    Assessment first = legal(5, 0, false, false);
    Assessment second = legal(10, 1, true, false);
    Assessment sameDayCorrection = legal(10, 1, true, true);
    AssessmentHistory history = history(second, first, sameDayCorrection);

    assertThat(history.current(Domain.LEGAL, day(4))).isEmpty();
    assertThat(history.current(Domain.LEGAL, day(5))).contains(first);
    assertThat(history.current(Domain.LEGAL, day(9))).contains(first);
    assertThat(history.current(Domain.LEGAL, day(10))).contains(sameDayCorrection);
    assertThat(history.current(Domain.LEGAL, day(99))).contains(sameDayCorrection);
    assertThat(history.current(Domain.HOUSING, day(99))).isEmpty();
    assertThat(history.upTo(Domain.LEGAL, day(9))).containsExactly(first);
    assertThat(history.with(legal(7, 1, true, false)).upTo(Domain.LEGAL, day(9)))
        .extracting(Assessment::assessedOn).containsExactly(day(5), day(7));
  }
}
