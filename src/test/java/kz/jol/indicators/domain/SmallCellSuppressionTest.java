package kz.jol.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import java.util.List;

class SmallCellSuppressionTest {

  @Test
  void hidesCountsFromOneToFourButShowsZerosAndFivesAndAbove() {
    boolean[][] hidden = SmallCellSuppression.suppress(new long[][] {{0, 1, 4, 5, 40, 3}}, 5).cells();
    assertThat(hidden[0]).containsExactly(false, true, true, false, false, true);
  }

  @Test
  void aLoneHiddenCellTakesTheSmallestOtherCellOfItsRowWithIt() {
    // Otherwise the row total 60 minus the shown 7 and 50 would give the 3 back.
    boolean[][] hidden = SmallCellSuppression.suppress(new long[][] {{3, 7, 50}}, 5).cells();
    assertThat(hidden[0]).containsExactly(true, true, false);
  }

  @Test
  void aLoneHiddenCellInAColumnIsProtectedToo() {
    boolean[][] hidden = SmallCellSuppression.suppress(new long[][] {
        {2, 9, 0},
        {2, 30, 0},
        {12, 40, 8}}, 5).cells();
    // Column 0: 2, 2 hidden, 12 visible: two hidden, safe. Rows 0 and 1 each have one hidden
    // cell, so 9 and 30 go; column 1 then has two hidden cells.
    assertThat(hidden[0]).containsExactly(true, true, false);
    assertThat(hidden[1]).containsExactly(true, true, false);
    assertThat(hidden[2]).containsExactly(false, false, false);
  }

  @Test
  void whenNothingElseCanBeHiddenTheTotalIsHiddenInstead() {
    var hidden = SmallCellSuppression.suppress(new long[][] {{0, 3}, {7, 0}}, 5);
    // Column 1 holds only the 3: its total would be the 3 itself. Row 0 likewise.
    assertThat(hidden.cells()[0]).containsExactly(false, true);
    assertThat(hidden.columnTotals()).containsExactly(false, true);
    assertThat(hidden.rowTotals()).containsExactly(true, false);
    assertThat(hidden.grandTotal()).isTrue();
  }

  @Test
  void refusesRaggedTablesAndNegativeCounts() {
    assertThatThrownBy(() -> SmallCellSuppression.suppress(new long[][] {{1, 2}, {3}}, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SmallCellSuppression.suppress(new long[][] {{-1}}, 5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Whatever the table, every small count is hidden, and a row or column with exactly one hidden
   * cell has its total hidden: shown totals never give a small count back.
   */
  @Property(tries = 300)
  void noLineGivesAHiddenCellBack(
      @ForAll @Size(min = 1, max = 6) List<@Size(value = 4) List<@LongRange(max = 12) Long>> table,
      @ForAll @IntRange(min = 2, max = 6) int threshold) {
    long[][] counts = table.stream()
        .map(row -> row.stream().mapToLong(Long::longValue).toArray())
        .toArray(long[][]::new);
    var result = SmallCellSuppression.suppress(counts, threshold);
    boolean[][] hidden = result.cells();
    for (int r = 0; r < counts.length; r++) {
      int inRow = 0;
      for (int c = 0; c < 4; c++) {
        if (counts[r][c] > 0 && counts[r][c] < threshold) {
          assertThat(hidden[r][c]).isTrue();
        }
        inRow += hidden[r][c] ? 1 : 0;
      }
      if (inRow == 1) {
        assertThat(result.rowTotals()[r]).as("total of row %d", r).isTrue();
      }
    }
    for (int c = 0; c < 4; c++) {
      int inColumn = 0;
      for (int r = 0; r < counts.length; r++) {
        inColumn += hidden[r][c] ? 1 : 0;
      }
      if (inColumn == 1) {
        assertThat(result.columnTotals()[c]).as("total of column %d", c).isTrue();
      }
    }
  }
}
