package kz.jol.indicators;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import kz.jol.indicators.FigureTable.Availability;
import kz.jol.indicators.domain.Block;
import kz.jol.indicators.domain.Composite.Contribution;
import kz.jol.indicators.domain.Direction;
import kz.jol.indicators.domain.Trend;
import kz.jol.indicators.domain.Unit;

/**
 * Each figure of a territory beside the previous period and beside the territories it is
 * compared with (its siblings: the other regions of the republic, the other districts of its
 * region), with the republic's value, and the balanced composite that weighs the blocks. Values
 * are as in {@link FigureTable}: null when hidden or without data.
 *
 * @param territoryCode the territory
 * @param territoryName its name in the reader's language
 * @param period the period
 * @param previousPeriod the period before it, of the same length
 * @param asOf the day the figures were computed as of
 * @param comparedWith how many territories (it included) the ranks are among
 * @param rows one per indicator of the block asked for (or of all)
 * @param composite 0..100 (50: in the middle of the territories compared), or null
 * @param compositeRank the composite's rank among the same territories (1 = best), or null
 * @param contributions what pulled the composite up (positive) or down, largest first
 */
public record ComparisonTable(String territoryCode, String territoryName, String period,
    String previousPeriod, LocalDate asOf, int comparedWith, List<Row> rows, Double composite,
    Integer compositeRank, List<Contribution> contributions) {

  /**
   * One indicator compared.
   *
   * @param code the indicator
   * @param name its name in the reader's language
   * @param block its block
   * @param unit its unit
   * @param direction which way is good
   * @param availability whether it is computed
   * @param value this period's value
   * @param hidden whether this period's value was hidden as a small cell
   * @param previousValue the previous period's value
   * @param previousHidden whether the previous period's value was hidden as a small cell (then
   *     {@code previousValue}, {@code change} and {@code trend} say nothing of it)
   * @param change value − previousValue (a share's in points of 0..1, rounded to three places)
   * @param trend the change read through the direction
   * @param rank among the territories compared (1 = best), or null when not ranked — a
   *     territory whose value is hidden (this one or a sibling) is neither ranked nor counted
   * @param ranked how many territories had a value to rank
   * @param republicValue the republic's value
   * @param republicHidden whether the republic's value was hidden as a small cell
   */
  // Named for OpenAPI: other modules' tables have a Row of their own, and a shared name made
  // the document describe this row with another one's fields.
  @Schema(name = "ComparisonRow", description = "One indicator compared; a value hidden as a "
      + "small cell is null with its `…Hidden` flag true (shown as <N), a value missing for "
      + "another reason (no cases, no data yet) is null with the flag false.")
  public record Row(String code, String name, Block block, Unit unit, Direction direction,
      Availability availability, Double value,
      @Schema(description = "this period's value was hidden as a small cell") boolean hidden,
      Double previousValue,
      @Schema(description = "the previous period's value was hidden as a small cell")
      boolean previousHidden,
      Double change, Trend trend, Integer rank, Integer ranked, Double republicValue,
      @Schema(description = "the republic's value was hidden as a small cell")
      boolean republicHidden) {}
}
