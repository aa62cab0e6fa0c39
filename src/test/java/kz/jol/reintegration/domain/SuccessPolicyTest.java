package kz.jol.reintegration.domain;

import static kz.jol.reintegration.domain.CaseFixture.approvedOnDay;
import static kz.jol.reintegration.domain.CaseFixture.evaluate;
import static kz.jol.reintegration.domain.CaseFixture.housing;
import static kz.jol.reintegration.domain.CaseFixture.scored;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The integral index and the success rule of seed 001. */
class SuccessPolicyTest {

  @ParameterizedTest(name = "LEGAL {0} HOUSING {1} ECONOMIC {2} HEALTH {3} INSTITUTIONAL {4}"
      + " -> index {5}, successful {6}")
  @CsvSource({
      // index 6: below the threshold
      "2, 1, 1, 1, 1, 6, false",
      "2, 2, 2, 0, 0, 6, false",
      "2, 2, 1, 1, 0, 6, false",
      // index 7: the threshold, without and with a zero
      "2, 2, 1, 1, 1, 7, true",
      "2, 2, 2, 1, 0, 7, false",
      // above the threshold with a zero: never successful
      "2, 2, 2, 2, 0, 8, false",
      "0, 2, 2, 2, 2, 8, false",
      "2, 2, 2, 2, 2, 10, true",
      "1, 1, 1, 1, 1, 5, false",
      "0, 0, 0, 0, 0, 0, false",
  })
  void indexIsTheSumAndSuccessNeedsSevenWithoutAZero(int legal, int housing, int economic,
      int health, int institutional, int index, boolean successful) {
    int[] scores = {legal, housing, economic, health, institutional};
    List<Assessment> assessments = new ArrayList<>();
    for (Domain domain : Domain.values()) {
      assessments.add(scored(domain, 0, scores[domain.ordinal()]));
    }

    CaseEvaluation evaluation =
        evaluate(AssessmentHistory.of(assessments), approvedOnDay(1), 100);

    assertThat(evaluation.criticalFailures()).isEmpty();
    assertThat(evaluation.index()).isEqualTo(index);
    assertThat(evaluation.successful()).isEqualTo(successful);
  }

  @Test
  void aCriticalFailureExcludesSuccessWhateverTheSum() {
    List<Assessment> assessments = new ArrayList<>();
    for (Domain domain : Domain.values()) {
      assessments.add(scored(domain, 0, 2));
    }
    // The housing score is still 2 on record, but the person now lives with the aggressor.
    assessments.add(new Assessment(Score.TWO, "lease signed", "officer-1", CaseFixture.day(50),
        new DomainFacts.Housing(false, true, false)));

    CaseEvaluation evaluation =
        evaluate(AssessmentHistory.of(assessments), approvedOnDay(1), 100);

    assertThat(evaluation.index()).isEqualTo(10);
    assertThat(evaluation.criticalFailures())
        .extracting(CriticalFailure::reason).containsExactly(FailureReason.LIVES_WITH_AGGRESSOR);
    assertThat(evaluation.successful()).isFalse();
  }

  @Test
  void aDomainNotAssessedCountsZero() {
    List<Assessment> assessments = new ArrayList<>();
    for (Domain domain : List.of(Domain.LEGAL, Domain.HOUSING, Domain.ECONOMIC, Domain.HEALTH)) {
      assessments.add(scored(domain, 0, 2));
    }

    CaseEvaluation evaluation =
        evaluate(AssessmentHistory.of(assessments), approvedOnDay(1), 100);

    assertThat(evaluation.index()).isEqualTo(8);
    assertThat(evaluation.domain(Domain.INSTITUTIONAL).current()).isEmpty();
    assertThat(evaluation.domain(Domain.INSTITUTIONAL).score()).isEqualTo(Score.ZERO);
    assertThat(evaluation.successful()).isFalse();
  }

  @Test
  void officialReadingIsTheCaseOnDay180AndIgnoresLaterAssessments() {
    List<Assessment> assessments = new ArrayList<>();
    for (Domain domain : Domain.values()) {
      assessments.add(scored(domain, 10, 1));
    }
    assessments.add(scored(Domain.LEGAL, 180, 2));
    assessments.add(scored(Domain.HOUSING, 181, 2));
    assessments.add(housing(200, 0, true, false, false));

    OfficialReading reading = ReintegrationPolicy.officialReading(CaseFixture.TIMELINE,
        AssessmentHistory.of(assessments), approvedOnDay(1), RiskRules.DEFAULTS);

    assertThat(reading.takenOn()).isEqualTo(CaseFixture.day(180));
    assertThat(reading.scores()).containsEntry(Domain.LEGAL, Score.TWO)
        .containsEntry(Domain.HOUSING, Score.ONE);
    assertThat(reading.index()).isEqualTo(6);
    assertThat(reading.successful()).isFalse();
    assertThat(reading.criticalFailures()).isEmpty();
  }
}
