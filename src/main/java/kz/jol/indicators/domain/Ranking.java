package kz.jol.indicators.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Territories compared on one indicator: each one's rank (1 = best; equal values share a rank,
 * the next rank skips: 1, 2, 2, 4) and score (0..1: the share of the others it does better
 * than, a tie counting half), read through the indicator's direction. A territory without a
 * value (hidden, no data, no cases) is neither ranked nor scored.
 */
public final class Ranking {

  private Ranking() {}

  /**
   * Where a territory stands.
   *
   * @param rank 1 for the best
   * @param of how many territories were ranked
   * @param score 0..1; null when it was compared with nobody
   */
  public record Standing(int rank, int of, Double score) {}

  /** The standing of every territory that has a value; NEUTRAL indicators rank high first. */
  public static Map<String, Standing> of(Map<String, Double> values, Direction direction) {
    Map<String, Double> ranked = new LinkedHashMap<>();
    values.forEach((k, v) -> {
      if (v != null) {
        ranked.put(k, v);
      }
    });
    int n = ranked.size();
    Map<String, Standing> standings = new LinkedHashMap<>();
    for (var e : ranked.entrySet()) {
      int better = 0;
      int equal = 0;
      for (var other : ranked.entrySet()) {
        if (other.getKey().equals(e.getKey())) {
          continue;
        }
        int c = Double.compare(other.getValue(), e.getValue());
        if (c == 0) {
          equal++;
        } else if ((c > 0) == (direction != Direction.LOWER_IS_BETTER)) {
          better++;
        }
      }
      int worse = n - 1 - better - equal;
      standings.put(e.getKey(), new Standing(better + 1, n,
          n < 2 ? null : (worse + 0.5 * equal) / (n - 1)));
    }
    return standings;
  }
}
