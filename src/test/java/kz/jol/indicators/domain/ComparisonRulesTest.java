package kz.jol.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The trend against the previous period, the ranks among territories, the composite. */
class ComparisonRulesTest {

  @ParameterizedTest(name = "{0}: {1} after {2} is {3}")
  @CsvSource({
      "HIGHER_IS_BETTER, 0.6, 0.5, BETTER",
      "HIGHER_IS_BETTER, 0.4, 0.5, WORSE",
      "LOWER_IS_BETTER,  4.0, 6.5, BETTER",
      "LOWER_IS_BETTER,  7.0, 6.5, WORSE",
      "HIGHER_IS_BETTER, 0.5, 0.5, SAME",
      "NEUTRAL,          9.0, 1.0, NONE",
      "HIGHER_IS_BETTER,    , 0.5, NONE",
      "HIGHER_IS_BETTER, 0.5,    , NONE"})
  void theTrendReadsTheChangeThroughTheDirection(Direction direction, Double now,
      Double before, Trend trend) {
    assertThat(Trend.of(direction, now, before)).isEqualTo(trend);
  }

  @Test
  void equalValuesShareARankAndTheNextSkips() {
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("A", 0.9);
    values.put("B", 0.5);
    values.put("C", 0.5);
    values.put("D", 0.1);
    values.put("E", null);
    var standings = Ranking.of(values, Direction.HIGHER_IS_BETTER);
    assertThat(standings.get("A")).isEqualTo(new Ranking.Standing(1, 4, 1.0));
    assertThat(standings.get("B")).isEqualTo(new Ranking.Standing(2, 4, 0.5));
    assertThat(standings.get("C")).isEqualTo(new Ranking.Standing(2, 4, 0.5));
    assertThat(standings.get("D")).isEqualTo(new Ranking.Standing(4, 4, 0.0));
    assertThat(standings).doesNotContainKey("E");
    assertThat(Ranking.of(values, Direction.LOWER_IS_BETTER).get("D").rank()).isEqualTo(1);
  }

  @Test
  void oneTerritoryAloneHasARankButNoScore() {
    assertThat(Ranking.of(Map.of("A", 3.0), Direction.HIGHER_IS_BETTER).get("A"))
        .isEqualTo(new Ranking.Standing(1, 1, null));
  }

  @Test
  void theCompositeWeighsTheBlocksThatHaveScores() {
    // social-legal help 0.25 (mean 0.5), final results 0.20 (1.0), reintegration 0.25 (0.0 and
    // 1.0: mean 0.5); 0.70 in all: (0.125 + 0.2 + 0.125) / 0.7 = 0.643
    var result = Composite.of(List.of(
        new Composite.Score("EMPLOYED_AT_END", Block.SOCIAL_LEGAL_HELP, 0.5),
        new Composite.Score("REPEAT_CRIMINAL_OFFENCES", Block.FINAL_RESULTS, 1.0),
        new Composite.Score("SUCCESS_DAY_180", Block.REINTEGRATION_KPI, 0.0),
        new Composite.Score("SLA_COMPLIANCE", Block.REINTEGRATION_KPI, 1.0)));
    assertThat(result.value()).isEqualTo(64.3);
    // 0.2/0.7 × 0.5 = 14.3 up; 0.125/0.7 × 0.5 = 8.9 up and down; 0 for the middle
    assertThat(result.contributions()).extracting(Composite.Contribution::code,
            Composite.Contribution::contribution)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("REPEAT_CRIMINAL_OFFENCES", 14.3),
            org.assertj.core.groups.Tuple.tuple("SLA_COMPLIANCE", 8.9),
            org.assertj.core.groups.Tuple.tuple("SUCCESS_DAY_180", -8.9),
            org.assertj.core.groups.Tuple.tuple("EMPLOYED_AT_END", 0.0));
  }

  @Test
  void nothingScoredIsNoComposite() {
    assertThat(Composite.of(List.of()).value()).isNull();
  }

  @Test
  void theWeightsAddUpToOne() {
    assertThat(Composite.WEIGHTS.values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(Composite.WEIGHTS).containsOnlyKeys(Block.values());
  }

  @Property(tries = 300)
  void theContributionsAddUpToTheCompositesDistanceFromTheMiddle(
      @ForAll("scores") @Size(min = 1, max = 12) List<Composite.Score> scores) {
    var result = Composite.of(scores);
    double sum = result.contributions().stream()
        .mapToDouble(Composite.Contribution::contribution).sum();
    assertThat(result.value()).isBetween(0.0, 100.0);
    // each contribution is rounded to 0.1: the sum may be off by 0.05 per indicator
    assertThat(sum).isCloseTo(result.value() - 50.0,
        org.assertj.core.data.Offset.offset(0.05 * (scores.size() + 1)));
  }

  @Property(tries = 300)
  void aBetterValueNeverRanksLower(@ForAll("values") List<Double> values) {
    Map<String, Double> byTerritory = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      byTerritory.put("T" + i, values.get(i));
    }
    var standings = Ranking.of(byTerritory, Direction.HIGHER_IS_BETTER);
    for (var a : standings.entrySet()) {
      for (var b : standings.entrySet()) {
        if (byTerritory.get(a.getKey()) > byTerritory.get(b.getKey())) {
          assertThat(a.getValue().rank()).isLessThan(b.getValue().rank());
          assertThat(a.getValue().score()).isGreaterThan(b.getValue().score());
        }
      }
    }
  }

  @Provide
  Arbitrary<List<Composite.Score>> scores() {
    Arbitrary<Composite.Score> one = Combinators.combine(
            Arbitraries.of("A", "B", "C", "D"), Arbitraries.of(Block.values()),
            Arbitraries.doubles().between(0, 1))
        .as(Composite.Score::new);
    return one.list().ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<List<Double>> values() {
    return Arbitraries.integers().between(0, 20).map(i -> i / 20.0).list().ofMinSize(2)
        .ofMaxSize(10).map(ArrayList::new);
  }
}
