package kz.jol.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import kz.jol.indicators.domain.Block;
import kz.jol.indicators.domain.Period;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import kz.jol.territory.Territories;
import kz.jol.territory.Territory;
import org.springframework.stereotype.Service;

/**
 * The figures of every territory below a parent, one territory at a time, for the streamed
 * by-territory export (issue 8, point 5). {@link #start} checks every parameter and the reader's
 * scope and computes the parent's own figures before anything is written, so a wrong parameter
 * is a problem answer, never a broken file; {@link #forEach} then computes the territories one
 * after another and hands each table over as soon as it is done, so no more than one territory's
 * figures are held at a time.
 *
 * <p>Not transactional itself: the web layer's guard ({@code IndicatorGuard}) runs the whole
 * export in one read-only transaction with a statement timeout, holding one pooled connection
 * and one permit of the indicator bulkhead to the end of the stream — so the export's queries
 * are bounded in time and indicator work as a whole in connections (docs/indicators.md,
 * "Guard"). Under read committed each query sees the data as it starts, so territories are
 * read at slightly different moments; the figures are counted by dated events up to the as-of
 * day, so data arriving meanwhile (dated today) can only touch a period that includes today.
 */
@Service
public class IndicatorExportRows {

  private final IndicatorFigures figures;
  private final Territories territories;

  IndicatorExportRows(IndicatorFigures figures, Territories territories) {
    this.figures = figures;
    this.territories = territories;
  }

  /**
   * A checked by-territory export: the parent's figures and the territories to list.
   *
   * @param whole the parent's own figures (the whole subtree), in the reader's scope
   * @param below the territories listed, in order: the parent's children for depth 1, their
   *     children for depth 2
   */
  public record ByTerritory(FigureTable whole, Period period, Block block,
      List<Territory> below) {}

  /**
   * Checks the parameters as {@code /figures} does (and {@code depth}: 1 or 2) and the scope.
   *
   * @param parent a KATO code; null or blank for the reader's own territory
   * @param period required, as in {@link IndicatorFigures#figures(String, String, String,
   *     String, Locale)}
   * @param block null or blank for every block
   * @param depth null or blank for 1 (the children), or 2 (the grandchildren: every district of
   *     the republic)
   * @throws InvalidInputException listing every field that is wrong
   * @throws NotFoundException when the parent is outside the reader's scope
   */
  public ByTerritory start(String parent, String period, String block, String depth,
      Locale locale) {
    int levels = 1;
    if (depth != null && !depth.isBlank()) {
      levels = switch (depth.strip()) {
        case "1" -> 1;
        case "2" -> 2;
        default -> throw new InvalidInputException(new FieldProblem("depth",
            "indicators.export-depth", "depth is 1 (the children) or 2 (their children)",
            depth));
      };
    }
    FigureTable whole = figures.figures(parent, period, block, null, locale);
    Period p = Period.parse(whole.period()).orElseThrow();
    Block b = block == null || block.isBlank() ? null
        : Block.valueOf(block.strip().toUpperCase(Locale.ROOT));
    List<Territory> below = new ArrayList<>();
    for (Territory child : children(whole.territoryCode())) {
      if (levels == 1) {
        below.add(child);
      } else {
        below.addAll(children(child.code()));
      }
    }
    return new ByTerritory(whole, p, b, List.copyOf(below));
  }

  /**
   * Computes the figures of each territory listed, as of the whole's day, and hands each to
   * {@code sink} before computing the next.
   */
  public void forEach(ByTerritory export, Locale locale, Consumer<FigureTable> sink) {
    for (Territory t : export.below()) {
      sink.accept(figures.computeFor(t, export.period(), export.block(), export.whole().asOf(),
          locale));
    }
  }

  private List<Territory> children(String code) {
    return code.equals(Territories.REPUBLIC) ? territories.regions()
        : territories.children(code);
  }
}
