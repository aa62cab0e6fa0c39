package kz.jol.shared;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What to hide in a published table of counts with its row totals, column totals and grand
 * total, so that no count from 1 to {@code threshold - 1} is shown and no hidden count can be
 * worked out from what is shown.
 *
 * <p>The table is read with its totals as one (rows + 1) × (columns + 1) table: every line of it
 * (a row with its total, a column with its total, the column totals with the grand total, the
 * row totals with the grand total) is an equation "the parts add up to the last". An attacker
 * who knows every shown value can solve those equations for a hidden value exactly when it is a
 * <em>bridge</em> of the graph whose vertices are the lines and whose edges are the hidden values
 * (two lines meet in one value): a hidden value on a cycle of hidden values can move up and
 * down the cycle (+t, −t, +t, …) without changing any shown value; a bridge cannot. So:
 *
 * <ol>
 *   <li><b>Primary:</b> every value from 1 to {@code threshold - 1} is hidden, totals included;
 *       zeros stay visible ("nobody" identifies nobody).
 *   <li><b>Secondary:</b> a line with exactly one hidden value loses its smallest other
 *       non-zero value too (a cell before its total, which is never smaller).
 *   <li>A hidden value that still lies on no cycle (a bridge between two groups of hidden
 *       values) is closed into one: the smallest shown value linking the two groups is hidden
 *       — a non-zero one if there is any; only when every such link is a zero is a zero hidden
 *       (it then reads "hidden", which protects and misleads nobody about a person).
 *   <li>Repeat, one value at a time, until nothing changes.
 * </ol>
 *
 * <p>Shared by the public portal, {@code /statistics} and the route KPIs. It replaced a rule
 * that hid a total without protecting the line of totals it sits in (the grand total was then
 * recovered from the other margin, and the hidden total with it).
 */
public final class MarginSuppression {

  private MarginSuppression() {}

  /**
   * What is hidden.
   *
   * @param cells per cell
   * @param rowTotals per row
   * @param columnTotals per column
   * @param grandTotal the grand total
   */
  public record Hidden(boolean[][] cells, boolean[] rowTotals, boolean[] columnTotals,
      boolean grandTotal) {

    /** How many values of the table (totals included) are hidden. */
    public int count() {
      int n = grandTotal ? 1 : 0;
      for (boolean[] row : cells) {
        for (boolean h : row) {
          n += h ? 1 : 0;
        }
      }
      for (boolean h : rowTotals) {
        n += h ? 1 : 0;
      }
      for (boolean h : columnTotals) {
        n += h ? 1 : 0;
      }
      return n;
    }
  }

  /**
   * @param counts the cells, rows of equal length, none negative
   * @param threshold the smallest count that may be shown (at least 1)
   * @return what to hide
   */
  public static Hidden suppress(long[][] counts, int threshold) {
    if (threshold < 1) {
      throw new IllegalArgumentException("the threshold must be at least 1: " + threshold);
    }
    int rows = counts.length;
    int columns = rows == 0 ? 0 : counts[0].length;
    long[][] value = new long[rows + 1][columns + 1];
    for (int r = 0; r < rows; r++) {
      if (counts[r].length != columns) {
        throw new IllegalArgumentException("row " + r + " has " + counts[r].length
            + " cells, not " + columns);
      }
      for (int c = 0; c < columns; c++) {
        if (counts[r][c] < 0) {
          throw new IllegalArgumentException("a count cannot be negative: " + counts[r][c]);
        }
        value[r][c] = counts[r][c];
        value[r][columns] += counts[r][c];
        value[rows][c] += counts[r][c];
        value[rows][columns] += counts[r][c];
      }
    }
    boolean[][] hidden = new boolean[rows + 1][columns + 1];
    for (int r = 0; r <= rows; r++) {
      for (int c = 0; c <= columns; c++) {
        hidden[r][c] = value[r][c] > 0 && value[r][c] < threshold;
      }
    }
    // One change at a time, then look again from the top: a value hidden for one line often
    // completes another line that already had one hidden, so fewer values go in all.
    boolean changed = true;
    while (changed) {
      changed = protectALine(value, hidden, rows, columns) || closeABridge(value, hidden);
    }
    boolean[][] cells = new boolean[rows][columns];
    boolean[] rowTotals = new boolean[rows];
    boolean[] columnTotals = new boolean[columns];
    for (int r = 0; r < rows; r++) {
      System.arraycopy(hidden[r], 0, cells[r], 0, columns);
      rowTotals[r] = hidden[r][columns];
    }
    for (int c = 0; c < columns; c++) {
      columnTotals[c] = hidden[rows][c];
    }
    return new Hidden(cells, rowTotals, columnTotals, hidden[rows][columns]);
  }

  private static boolean protectALine(long[][] value, boolean[][] hidden, int rows,
      int columns) {
    for (int r = 0; r <= rows; r++) {
      if (protectLine(value, hidden, r, -1)) {
        return true;
      }
    }
    for (int c = 0; c <= columns; c++) {
      if (protectLine(value, hidden, -1, c)) {
        return true;
      }
    }
    return false;
  }

  /** Row {@code row} (column -1) or column {@code column} (row -1) of the augmented table. */
  private static boolean protectLine(long[][] value, boolean[][] hidden, int row, int column) {
    int length = row >= 0 ? value[0].length : value.length;
    int hiddenCount = 0;
    int smallest = -1;
    for (int i = 0; i < length; i++) {
      int r = row >= 0 ? row : i;
      int c = row >= 0 ? i : column;
      if (hidden[r][c]) {
        hiddenCount++;
      } else if (value[r][c] > 0) {
        // Ties go to the earlier value, so a cell is chosen before the line's own total.
        if (smallest < 0 || value[r][c] < at(value, row, column, smallest)) {
          smallest = i;
        }
      }
    }
    if (hiddenCount == 1 && smallest >= 0) {
      hidden[row >= 0 ? row : smallest][row >= 0 ? smallest : column] = true;
      return true;
    }
    return false;
  }

  private static long at(long[][] value, int row, int column, int i) {
    return row >= 0 ? value[row][i] : value[i][column];
  }

  /**
   * Finds one hidden value that no cycle of hidden values passes through and hides the smallest
   * shown value that joins its two sides into a cycle. Vertices: rows 0..R, then columns.
   */
  private static boolean closeABridge(long[][] value, boolean[][] hidden) {
    int rows = value.length;
    int columns = value[0].length;
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        if (!hidden[r][c]) {
          continue;
        }
        hidden[r][c] = false;
        boolean[] side = reach(hidden, r, rows, columns);
        hidden[r][c] = true;
        if (side[rows + c]) {
          continue; // the value lies on a cycle
        }
        // side: the row's group; the column's group is what reaches column c.
        hidden[r][c] = false;
        boolean[] other = reach(hidden, rows + c, rows, columns);
        hidden[r][c] = true;
        int bestRow = -1;
        int bestColumn = -1;
        for (int r2 = 0; r2 < rows; r2++) {
          if (!other[r2]) {
            continue;
          }
          for (int c2 = 0; c2 < columns; c2++) {
            if (!side[rows + c2] || hidden[r2][c2]) {
              continue;
            }
            if (bestRow < 0 || better(value[r2][c2], value[bestRow][bestColumn])) {
              bestRow = r2;
              bestColumn = c2;
            }
          }
        }
        if (bestRow < 0) {
          // Cannot happen once every line has 0 or 2+ hidden values (see the class comment);
          // hiding both lines entirely is the safe answer should it ever.
          for (int i = 0; i < columns; i++) {
            hidden[r][i] = value[r][i] > 0 || hidden[r][i];
          }
          for (int i = 0; i < rows; i++) {
            hidden[i][c] = value[i][c] > 0 || hidden[i][c];
          }
          return true;
        }
        hidden[bestRow][bestColumn] = true;
        return true;
      }
    }
    return false;
  }

  /** A non-zero value before a zero, then the smaller. */
  private static boolean better(long candidate, long best) {
    if ((candidate > 0) != (best > 0)) {
      return candidate > 0;
    }
    return candidate < best;
  }

  /** The vertices reachable from {@code start} over hidden values. */
  private static boolean[] reach(boolean[][] hidden, int start, int rows, int columns) {
    boolean[] seen = new boolean[rows + columns];
    Deque<Integer> todo = new ArrayDeque<>();
    seen[start] = true;
    todo.push(start);
    while (!todo.isEmpty()) {
      int v = todo.pop();
      if (v < rows) {
        for (int c = 0; c < columns; c++) {
          if (hidden[v][c] && !seen[rows + c]) {
            seen[rows + c] = true;
            todo.push(rows + c);
          }
        }
      } else {
        int c = v - rows;
        for (int r = 0; r < rows; r++) {
          if (hidden[r][c] && !seen[r]) {
            seen[r] = true;
            todo.push(r);
          }
        }
      }
    }
    return seen;
  }
}
