package kz.jol.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class FigureSuppressionTest {

  static final int MIN = 5;

  @Test
  void aShareHasItsNumeratorDenominatorAndValueRounded() {
    assertThat(Measure.share(2, 3).value()).isEqualTo(0.667);
    assertThat(Measure.share(0, 0).value()).isNull();
    assertThatThrownBy(() -> Measure.share(4, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aShareOfASmallDenominatorIsHiddenWhole() {
    assertThat(FigureSuppression.apply(Measure.share(2, 4), MIN))
        .isEqualTo(new Measure(Unit.SHARE, null, null, null, true, List.of()));
  }

  @Test
  void aSmallNumeratorOrASmallComplementHidesTheNumeratorButNotTheDenominator() {
    assertThat(FigureSuppression.apply(Measure.share(3, 20), MIN))
        .isEqualTo(new Measure(Unit.SHARE, null, 20L, null, true, List.of()));
    assertThat(FigureSuppression.apply(Measure.share(17, 20), MIN))
        .as("the 3 others would be given back")
        .isEqualTo(new Measure(Unit.SHARE, null, 20L, null, true, List.of()));
    assertThat(FigureSuppression.apply(Measure.share(0, 20), MIN).value()).isEqualTo(0.0);
    assertThat(FigureSuppression.apply(Measure.share(20, 20), MIN).value()).isEqualTo(1.0);
  }

  @Test
  void aMedianOverFewValuesIsHidden() {
    assertThat(FigureSuppression.apply(Measure.medianDays(List.of(1, 2, 3)), MIN).value())
        .isNull();
    assertThat(FigureSuppression.apply(Measure.medianDays(List.of(1, 2, 3, 4, 5, 6)), MIN)
        .value()).isEqualTo(3.5);
  }

  @Test
  void thingsThatAreNotPersonsAreNeverHidden() {
    assertThat(FigureSuppression.apply(Measure.countOfThings(2), MIN).numerator()).isEqualTo(2L);
    assertThat(FigureSuppression.apply(Measure.count(2), MIN).numerator()).isNull();
  }

  @Test
  void oneSmallPartHidesTheSmallestOtherSoTheWholeCannotGiveItBack() {
    Measure m = Measure.count(33).withParts(List.of(
        new Measure.Part("domain", "LEGAL", 2L, null, 2.0),
        new Measure.Part("domain", "HOUSING", 10L, null, 10.0),
        new Measure.Part("domain", "ECONOMIC", 21L, null, 21.0)));
    var shown = FigureSuppression.apply(m, MIN);
    assertThat(shown.numerator()).isEqualTo(33L);
    assertThat(shown.parts()).extracting(Measure.Part::numerator)
        .containsExactly(null, null, 21L);
  }

  @Property(tries = 300)
  void noShownShareGivesBackASmallCount(@ForAll @LongRange(max = 40) long numerator,
      @ForAll @LongRange(max = 40) long extra, @ForAll @IntRange(min = 2, max = 11) int min) {
    Measure shown = FigureSuppression.apply(Measure.share(numerator, numerator + extra), min);
    if (shown.numerator() != null) {
      assertThat(FigureSuppression.small(shown.numerator(), min)).isFalse();
      assertThat(FigureSuppression.small(shown.denominator() - shown.numerator(), min)).isFalse();
    }
    if (shown.denominator() != null) {
      assertThat(FigureSuppression.small(shown.denominator(), min)).isFalse();
    }
  }
}
