package kz.jol.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ColumnSuppressionTest {

  @Test
  void aSmallPartTakesTheSmallestOtherWithIt() {
    var hidden = ColumnSuppression.suppress(new long[] {20, 3, 9, 0}, null, 32, false, 5);
    assertThat(hidden.parts()).containsExactly(false, true, true, false);
    assertThat(hidden.whole()).isFalse();
  }

  @Test
  void aSmallPartWithNoOtherToHideHidesTheWhole() {
    var hidden = ColumnSuppression.suppress(new long[] {2, 0}, null, 2, false, 5);
    assertThat(hidden.parts()).containsExactly(true, false);
    assertThat(hidden.whole()).isTrue();
  }

  @Test
  void aPartTheCallerHidesIsProtectedLikeASmallOne() {
    var hidden = ColumnSuppression.suppress(new long[] {8, 12, 30}, new boolean[] {true, false,
        false}, 50, false, 5);
    assertThat(hidden.parts()).containsExactly(true, true, false);
  }

  @Test
  void aHiddenWholeIsNotTheSumOfShownParts() {
    var hidden = ColumnSuppression.suppress(new long[] {6, 7}, null, 13, true, 5);
    assertThat(hidden.parts()).containsExactly(true, false);
    assertThat(hidden.whole()).isTrue();
  }

  @Test
  void zerosAndLargeCountsStay() {
    var hidden = ColumnSuppression.suppress(new long[] {0, 5, 0}, null, 5, false, 5);
    assertThat(hidden.parts()).containsExactly(false, false, false);
    assertThat(hidden.whole()).isFalse();
  }

  @Test
  void thePartsMustAddUpToTheWhole() {
    assertThatThrownBy(() -> ColumnSuppression.suppress(new long[] {1, 2}, null, 4, false, 5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
