package kz.jol.publication.domain;

import kz.jol.shared.MarginSuppression;

import java.util.ArrayList;
import java.util.List;

/**
 * Someone who reads a published table and tries to work out its hidden values from the shown
 * cells and totals. Knows the shape, every shown value and that rows and columns add up to their
 * totals (and the totals to the grand total). Two ways:
 *
 * <ul>
 *   <li>{@link #peel}: the way a person with a calculator does it — take a line with exactly one
 *       value still unknown, subtract, repeat until no line gives anything;
 *   <li>{@link #solve}: linear algebra — a hidden value is determined when its unit vector lies
 *       in the span of the equations (any combination of rows and columns, not just one line).
 * </ul>
 *
 * <p>Both answer the positions (in the table with totals: row {@code rows} is the column totals,
 * column {@code columns} the row totals) that they recovered, with the value for {@code peel}.
 */
public final class Attacker {

  /** A recovered value at a position of the table with totals. */
  public record Recovered(int row, int column, long value) {}

  private final long[][] value;
  private final boolean[][] unknown;
  private final int rows;
  private final int columns;

  public Attacker(long[][] counts, boolean[][] cells, boolean[] rowTotals, boolean[] columnTotals,
      boolean grandTotal) {
    rows = counts.length;
    columns = rows == 0 ? 0 : counts[0].length;
    value = new long[rows + 1][columns + 1];
    unknown = new boolean[rows + 1][columns + 1];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        value[r][c] = counts[r][c];
        value[r][columns] += counts[r][c];
        value[rows][c] += counts[r][c];
        value[rows][columns] += counts[r][c];
        unknown[r][c] = cells[r][c];
      }
      unknown[r][columns] = rowTotals[r];
    }
    for (int c = 0; c < columns; c++) {
      unknown[rows][c] = columnTotals[c];
    }
    unknown[rows][columns] = grandTotal;
  }

  static Attacker of(long[][] counts, MarginSuppression.Hidden hidden) {
    return new Attacker(counts, hidden.cells(), hidden.rowTotals(), hidden.columnTotals(),
        hidden.grandTotal());
  }

  /** Line by line: every line with one unknown gives it away; repeats until stuck. */
  public List<Recovered> peel() {
    boolean[][] open = new boolean[rows + 1][columns + 1];
    for (int r = 0; r <= rows; r++) {
      open[r] = unknown[r].clone();
    }
    // What the attacker knows; an unknown is never read before it is recovered.
    long[][] known = new long[rows + 1][columns + 1];
    for (int r = 0; r <= rows; r++) {
      for (int c = 0; c <= columns; c++) {
        known[r][c] = open[r][c] ? Long.MIN_VALUE : value[r][c];
      }
    }
    List<Recovered> found = new ArrayList<>();
    boolean progress = true;
    while (progress) {
      progress = false;
      for (int r = 0; r <= rows; r++) {
        progress |= peelLine(open, known, found, r, -1);
      }
      for (int c = 0; c <= columns; c++) {
        progress |= peelLine(open, known, found, -1, c);
      }
    }
    return found;
  }

  private boolean peelLine(boolean[][] open, long[][] known, List<Recovered> found, int row,
      int column) {
    int length = row >= 0 ? columns + 1 : rows + 1;
    int last = length - 1;
    int missing = -1;
    int count = 0;
    for (int i = 0; i < length; i++) {
      if (open[row >= 0 ? row : i][row >= 0 ? i : column]) {
        missing = i;
        count++;
      }
    }
    if (count != 1) {
      return false;
    }
    long parts = 0;
    for (int i = 0; i < last; i++) {
      if (i != missing) {
        parts += known[row >= 0 ? row : i][row >= 0 ? i : column];
      }
    }
    long total = known[row >= 0 ? row : last][row >= 0 ? last : column];
    long solved = missing == last ? parts : total - parts;
    int r = row >= 0 ? row : missing;
    int c = row >= 0 ? missing : column;
    open[r][c] = false;
    known[r][c] = solved;
    found.add(new Recovered(r, c, solved));
    return true;
  }

  /** Every unknown that the equations of all lines, combined in any way, pin down. */
  public List<Recovered> solve() {
    List<int[]> unknowns = new ArrayList<>();
    int[][] index = new int[rows + 1][columns + 1];
    for (int r = 0; r <= rows; r++) {
      for (int c = 0; c <= columns; c++) {
        index[r][c] = -1;
        if (unknown[r][c]) {
          index[r][c] = unknowns.size();
          unknowns.add(new int[] {r, c});
        }
      }
    }
    int n = unknowns.size();
    List<double[]> equations = new ArrayList<>();
    for (int r = 0; r <= rows; r++) {
      double[] e = new double[n];
      for (int c = 0; c <= columns; c++) {
        if (index[r][c] >= 0) {
          e[index[r][c]] = c == columns ? -1 : 1;
        }
      }
      equations.add(e);
    }
    for (int c = 0; c <= columns; c++) {
      double[] e = new double[n];
      for (int r = 0; r <= rows; r++) {
        if (index[r][c] >= 0) {
          e[index[r][c]] = r == rows ? -1 : 1;
        }
      }
      equations.add(e);
    }
    int rank = rank(equations, n);
    List<Recovered> found = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<double[]> withUnit = new ArrayList<>(equations);
      double[] unit = new double[n];
      unit[i] = 1;
      withUnit.add(unit);
      if (rank(withUnit, n) == rank) {
        int[] at = unknowns.get(i);
        found.add(new Recovered(at[0], at[1], value[at[0]][at[1]]));
      }
    }
    return found;
  }

  private static int rank(List<double[]> equations, int n) {
    double[][] m = new double[equations.size()][];
    for (int i = 0; i < m.length; i++) {
      m[i] = equations.get(i).clone();
    }
    int rank = 0;
    for (int column = 0; column < n && rank < m.length; column++) {
      int pivot = rank;
      for (int i = rank + 1; i < m.length; i++) {
        if (Math.abs(m[i][column]) > Math.abs(m[pivot][column])) {
          pivot = i;
        }
      }
      if (Math.abs(m[pivot][column]) < 1e-9) {
        continue;
      }
      double[] swap = m[pivot];
      m[pivot] = m[rank];
      m[rank] = swap;
      for (int i = 0; i < m.length; i++) {
        if (i != rank && Math.abs(m[i][column]) > 1e-12) {
          double f = m[i][column] / m[rank][column];
          for (int j = column; j < n; j++) {
            m[i][j] -= f * m[rank][j];
          }
        }
      }
      rank++;
    }
    return rank;
  }
}
