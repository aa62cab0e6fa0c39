package kz.jol.indicators.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The balanced composite of one territory (seed 000: no single indicator is the verdict): the
 * weighted mean, over the blocks that have any scored indicator, of each block's mean score
 * (each indicator's {@link Ranking} score among the compared territories, 0..1), times 100.
 * Blocks without a score share their weight among the others. Each indicator's contribution is
 * what it adds to the composite above or below the middle (50): positive pulled it up.
 */
public final class Composite {

  /** The weights of the blocks (docs/indicators.md, "Comparison and the composite"). */
  public static final Map<Block, Double> WEIGHTS = Map.of(
      Block.SOCIAL_LEGAL_HELP, 0.25,
      Block.CONTROL_WITH_POLICE, 0.15,
      Block.INTERACTION, 0.15,
      Block.FINAL_RESULTS, 0.20,
      Block.REINTEGRATION_KPI, 0.25);

  private Composite() {}

  /**
   * One scored indicator of the territory.
   *
   * @param code the indicator
   * @param block its block
   * @param score 0..1
   */
  public record Score(String code, Block block, double score) {}

  /**
   * What pulled the composite up or down.
   *
   * @param code the indicator
   * @param contribution points (of 100) above or below the middle
   */
  public record Contribution(String code, double contribution) {}

  /**
   * The composite and its contributions, largest pull first.
   *
   * @param value 0..100, one decimal; null when nothing was scored
   * @param contributions every scored indicator's pull, by size, positive and negative
   */
  public record Result(Double value, List<Contribution> contributions) {}

  /** The composite of the scores given. */
  public static Result of(List<Score> scores) {
    Map<Block, List<Score>> byBlock = new EnumMap<>(Block.class);
    for (Score s : scores) {
      if (s.score() < 0 || s.score() > 1) {
        throw new IllegalArgumentException("a score is 0..1: " + s);
      }
      byBlock.computeIfAbsent(s.block(), b -> new ArrayList<>()).add(s);
    }
    double weights = byBlock.keySet().stream().mapToDouble(WEIGHTS::get).sum();
    if (byBlock.isEmpty() || weights == 0) {
      return new Result(null, List.of());
    }
    double value = 0;
    List<Contribution> contributions = new ArrayList<>();
    for (var e : byBlock.entrySet()) {
      double share = WEIGHTS.get(e.getKey()) / weights / e.getValue().size();
      for (Score s : e.getValue()) {
        value += share * s.score();
        contributions.add(new Contribution(s.code(),
            Math.round(share * (s.score() - 0.5) * 1000.0) / 10.0));
      }
    }
    contributions.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.contribution()))
        .thenComparing(Contribution::code));
    return new Result(Math.round(value * 1000.0) / 10.0, contributions);
  }
}
