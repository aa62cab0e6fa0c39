package kz.jol.publication.domain;

import kz.jol.shared.MarginSuppression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The suppression of published tables against an attacker who solves the totals for the hidden
 * cells ({@link Attacker}): first that the attacker does break weaker rules (so its failure
 * below means something), then that it recovers nothing from what {@link MarginSuppression}
 * publishes, on hand-made tables and on random ones with many small counts.
 */
class MarginSuppressionTest {

  static final int TEN = 10;

  // --- the attacker works ---

  @Test
  void theAttackerRecoversALoneHiddenCellFromItsRowTotal() {
    long[][] counts = {{3, 40, 50}, {20, 30, 60}};
    boolean[][] primaryOnly = {{true, false, false}, {false, false, false}};
    var attacker = new Attacker(counts, primaryOnly, new boolean[2], new boolean[3], false);
    assertThat(attacker.peel()).contains(new Attacker.Recovered(0, 0, 3));
    assertThat(attacker.solve()).contains(new Attacker.Recovered(0, 0, 3));
  }

  @Test
  void theMarginsGiveNothingBackWhereARowTotalIsHidden() {
    // The indicators' former rule hid row 0's total (its 3 is alone) and the grand total, but
    // showed the column totals: grand = 53 + 55, and row 0's total = 108 − 35 − 70 = 3. A hidden
    // row total with the grand total and shown column totals was a bridge; now it is not.
    long[][] counts = {{3, 0}, {20, 15}, {30, 40}};
    var hidden = MarginSuppression.suppress(counts, TEN);
    assertThat(hidden.rowTotals()[0]).isTrue();
    var attacker = Attacker.of(counts, hidden);
    assertThat(attacker.peel()).isEmpty();
    assertThat(attacker.solve()).isEmpty();
  }

  @Test
  void theAttackerCombinesLinesThatNoSingleLineGivesAway() {
    // Two blocks of hidden cells and one hidden cell between them: each line has two or more
    // hidden values, yet rows 0 + 1 minus columns 0 + 1 leave only cell (0, 2).
    long[][] counts = {
        {4, 5, 6, 50},
        {7, 8, 40, 40},
        {40, 40, 5, 6},
        {40, 40, 7, 8}};
    boolean[][] cells = {
        {true, true, true, false},
        {true, true, false, false},
        {false, false, true, true},
        {false, false, true, true}};
    var attacker = new Attacker(counts, cells, new boolean[4], new boolean[4], false);
    assertThat(attacker.peel()).isEmpty();
    assertThat(attacker.solve()).contains(new Attacker.Recovered(0, 2, 6));
  }

  // --- the rule ---

  @Test
  void hidesOneToNineButShowsZeroAndTen() {
    var hidden = MarginSuppression.suppress(new long[][] {{0, 1, 9, 10, 40}}, TEN);
    assertThat(hidden.cells()[0]).containsExactly(false, true, true, false, false);
  }

  @Test
  void aTableWithNothingSmallHidesNothing() {
    var hidden = MarginSuppression.suppress(new long[][] {{10, 0, 30}, {12, 14, 0}}, TEN);
    assertThat(hidden.count()).isZero();
  }

  @Test
  void aLoneSmallCellTakesTheSmallestOtherCellOfItsRowAndColumn() {
    long[][] counts = {{3, 40, 50}, {20, 30, 60}, {25, 35, 70}};
    var hidden = MarginSuppression.suppress(counts, TEN);
    assertThat(hidden.cells()[0][0]).isTrue();
    assertThat(hidden.cells()[0][1]).as("the smallest other cell of row 0").isTrue();
    assertThat(hidden.cells()[1][0]).as("the smallest other cell of column 0").isTrue();
    assertNothingRecovered(counts, hidden);
  }

  @Test
  void aSmallCellAloneInItsLineHidesTheTotalAndProtectsTheMargins() {
    long[][] counts = {{3, 0}, {20, 15}, {30, 40}};
    var hidden = MarginSuppression.suppress(counts, TEN);
    assertThat(hidden.rowTotals()[0]).isTrue();
    assertNothingRecovered(counts, hidden);
  }

  @Test
  void aSmallTotalIsHiddenToo() {
    long[][] counts = {{0, 0}, {20, 15}, {30, 40}};
    assertThat(MarginSuppression.suppress(counts, TEN).count()).isZero();
    long[][] few = {{4, 5}, {20, 15}, {30, 40}};
    var hidden = MarginSuppression.suppress(few, TEN);
    assertThat(hidden.rowTotals()[0]).as("9 people in the row").isTrue();
    assertNothingRecovered(few, hidden);
  }

  @Test
  void aHiddenCellBetweenTwoHiddenBlocksIsTiedIntoACycle() {
    long[][] counts = {
        {4, 5, 6, 50},
        {7, 8, 40, 40},
        {40, 40, 5, 6},
        {40, 40, 7, 8}};
    var hidden = MarginSuppression.suppress(counts, TEN);
    assertNothingRecovered(counts, hidden);
  }

  @Test
  void aWholeTableOfSmallCountsHidesEverythingButZeros() {
    long[][] counts = {{1, 2}, {0, 3}};
    var hidden = MarginSuppression.suppress(counts, TEN);
    assertThat(hidden.cells()[1][0]).isFalse();
    assertThat(hidden.grandTotal()).isTrue();
    assertNothingRecovered(counts, hidden);
  }

  @Test
  void aThresholdOfOneHidesNothing() {
    assertThat(MarginSuppression.suppress(new long[][] {{1, 2}, {3, 0}}, 1).count()).isZero();
  }

  @Test
  void refusesRaggedNegativeOrAThresholdBelowOne() {
    assertThatThrownBy(() -> MarginSuppression.suppress(new long[][] {{1, 2}, {3}}, TEN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MarginSuppression.suppress(new long[][] {{-1}}, TEN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MarginSuppression.suppress(new long[][] {{1}}, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEmptyTableIsEmpty() {
    var hidden = MarginSuppression.suppress(new long[0][0], TEN);
    assertThat(hidden.count()).isZero();
  }

  // --- random tables ---

  @Property(tries = 1500)
  void noHiddenValueCanBeRecoveredFromARandomTable(@ForAll("tables") long[][] counts,
      @ForAll @IntRange(min = 2, max = 15) int threshold) {
    var hidden = MarginSuppression.suppress(counts, threshold);
    assertEverySmallValueHidden(counts, hidden, threshold);
    assertNothingRecovered(counts, hidden);
  }

  @Property(tries = 500)
  void noHiddenValueCanBeRecoveredAtTheDefaultThreshold(@ForAll("tables") long[][] counts) {
    var hidden = MarginSuppression.suppress(counts, TEN);
    assertEverySmallValueHidden(counts, hidden, TEN);
    assertNothingRecovered(counts, hidden);
  }

  @Provide
  Arbitrary<long[][]> tables() {
    Arbitrary<Long> count = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.just(0L)),
        net.jqwik.api.Tuple.of(5, Arbitraries.longs().between(1, 12)),
        net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(10, 60)),
        net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(60, 5000)));
    return Combinators.combine(Arbitraries.integers().between(1, 7),
            Arbitraries.integers().between(1, 6))
        .flatAs((rows, columns) -> count.array(long[].class).ofSize(columns)
            .array(long[][].class).ofSize(rows));
  }

  private static void assertEverySmallValueHidden(long[][] counts, MarginSuppression.Hidden hidden,
      int threshold) {
    long grand = 0;
    long[] columnSums = new long[counts.length == 0 ? 0 : counts[0].length];
    for (int r = 0; r < counts.length; r++) {
      long rowSum = 0;
      for (int c = 0; c < counts[r].length; c++) {
        long n = counts[r][c];
        if (n > 0 && n < threshold) {
          assertThat(hidden.cells()[r][c]).as("cell %d,%d = %d", r, c, n).isTrue();
        }
        rowSum += n;
        columnSums[c] += n;
      }
      grand += rowSum;
      if (rowSum > 0 && rowSum < threshold) {
        assertThat(hidden.rowTotals()[r]).isTrue();
      }
    }
    for (int c = 0; c < columnSums.length; c++) {
      if (columnSums[c] > 0 && columnSums[c] < threshold) {
        assertThat(hidden.columnTotals()[c]).isTrue();
      }
    }
    if (grand > 0 && grand < threshold) {
      assertThat(hidden.grandTotal()).isTrue();
    }
  }

  static void assertNothingRecovered(long[][] counts, MarginSuppression.Hidden hidden) {
    var attacker = Attacker.of(counts, hidden);
    List<Attacker.Recovered> peeled = attacker.peel();
    assertThat(peeled).as("line by line, from %s", java.util.Arrays.deepToString(counts))
        .isEmpty();
    assertThat(attacker.solve()).as("by linear algebra, from %s",
        java.util.Arrays.deepToString(counts)).isEmpty();
  }
}
