package kz.jol.indicators.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Hides counts that could let a person be recognised: every cell from 1 to {@code threshold - 1}
 * (primary suppression), and then, wherever a row or a column has exactly one hidden cell, its
 * smallest other non-zero cell too (secondary suppression) — otherwise the shown total minus the
 * shown cells would give the hidden one back. Repeats until no row or column gives one away.
 * Where a line has no other non-zero cell to hide, its total is hidden instead, and the grand
 * total too when it would give back the one hidden row or column total. Zeros stay visible:
 * "nobody" identifies nobody.
 */
public final class SmallCellSuppression {

  private SmallCellSuppression() {}

  /**
   * What to hide in a table with row totals, column totals and a grand total.
   *
   * @param cells for each cell, whether it is hidden
   * @param rowTotals for each row, whether its total is hidden
   * @param columnTotals for each column, whether its total is hidden
   * @param grandTotal whether the grand total is hidden
   */
  public record Hidden(boolean[][] cells, boolean[] rowTotals, boolean[] columnTotals,
      boolean grandTotal) {}

  /**
   * @param counts a table of counts, rows of equal length
   * @param threshold the smallest count that may be shown (e.g. 5)
   * @return what must be hidden
   */
  public static Hidden suppress(long[][] counts, int threshold) {
    int rows = counts.length;
    int columns = rows == 0 ? 0 : counts[0].length;
    boolean[][] hidden = new boolean[rows][columns];
    for (int r = 0; r < rows; r++) {
      if (counts[r].length != columns) {
        throw new IllegalArgumentException("row " + r + " has " + counts[r].length
            + " cells, not " + columns);
      }
      for (int c = 0; c < columns; c++) {
        if (counts[r][c] < 0) {
          throw new IllegalArgumentException("a count cannot be negative: " + counts[r][c]);
        }
        hidden[r][c] = counts[r][c] > 0 && counts[r][c] < threshold;
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int r = 0; r < rows; r++) {
        changed |= protectLine(counts, hidden, lineOfRow(r, columns));
      }
      for (int c = 0; c < columns; c++) {
        changed |= protectLine(counts, hidden, lineOfColumn(c, rows));
      }
    }
    boolean[] rowTotals = new boolean[rows];
    for (int r = 0; r < rows; r++) {
      rowTotals[r] = hiddenIn(hidden, lineOfRow(r, columns)) == 1;
    }
    boolean[] columnTotals = new boolean[columns];
    for (int c = 0; c < columns; c++) {
      columnTotals[c] = hiddenIn(hidden, lineOfColumn(c, rows)) == 1;
    }
    boolean grandTotal = count(rowTotals) == 1 || count(columnTotals) == 1;
    return new Hidden(hidden, rowTotals, columnTotals, grandTotal);
  }

  private static int hiddenIn(boolean[][] hidden, List<int[]> line) {
    int n = 0;
    for (int[] cell : line) {
      n += hidden[cell[0]][cell[1]] ? 1 : 0;
    }
    return n;
  }

  private static int count(boolean[] flags) {
    int n = 0;
    for (boolean flag : flags) {
      n += flag ? 1 : 0;
    }
    return n;
  }

  /** If exactly one cell of the line is hidden, hides the smallest other non-zero cell. */
  private static boolean protectLine(long[][] counts, boolean[][] hidden, List<int[]> line) {
    int hiddenCells = 0;
    int[] smallest = null;
    for (int[] cell : line) {
      if (hidden[cell[0]][cell[1]]) {
        hiddenCells++;
      } else if (counts[cell[0]][cell[1]] > 0
          && (smallest == null || counts[cell[0]][cell[1]] < counts[smallest[0]][smallest[1]])) {
        smallest = cell;
      }
    }
    if (hiddenCells == 1 && smallest != null) {
      hidden[smallest[0]][smallest[1]] = true;
      return true;
    }
    return false;
  }

  private static List<int[]> lineOfRow(int row, int columns) {
    List<int[]> cells = new ArrayList<>(columns);
    for (int c = 0; c < columns; c++) {
      cells.add(new int[] {row, c});
    }
    return cells;
  }

  private static List<int[]> lineOfColumn(int column, int rows) {
    List<int[]> cells = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      cells.add(new int[] {r, column});
    }
    return cells;
  }
}
