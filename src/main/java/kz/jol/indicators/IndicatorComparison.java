package kz.jol.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.jol.indicators.FigureTable.Availability;
import kz.jol.indicators.FigureTable.Figure;
import kz.jol.indicators.domain.Block;
import kz.jol.indicators.domain.Composite;
import kz.jol.indicators.domain.Direction;
import kz.jol.indicators.domain.Period;
import kz.jol.indicators.domain.Ranking;
import kz.jol.indicators.domain.Ranking.Standing;
import kz.jol.indicators.domain.Trend;
import kz.jol.indicators.domain.Unit;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import kz.jol.territory.Territories;
import kz.jol.territory.Territory;
import org.springframework.stereotype.Service;

/**
 * Point 3 of the evaluation (SPEC section 7): each figure of a territory beside the previous
 * period and beside its siblings — the other regions (and cities of republican significance) for
 * a region, the other districts of the region for a district — with the republic's value, and a
 * balanced composite ({@link Composite}) that says which indicators pulled it up or down.
 *
 * <p>Siblings are computed whatever the reader's scope, but only their rank is shown, never their
 * values: a district head learns where the district stands, not another district's figures.
 * Counts are shown and ranked but stay out of the composite: a large region holds more of
 * everything, so only shares and medians compare territories fairly.
 */
@Service
public class IndicatorComparison {

  private final IndicatorFigures figures;
  private final Territories territories;

  IndicatorComparison(IndicatorFigures figures, Territories territories) {
    this.figures = figures;
    this.territories = territories;
  }

  /**
   * The comparison as the API asks for it; the parameters are those of
   * {@link IndicatorFigures#figures(String, String, String, String, Locale)}.
   *
   * @throws InvalidInputException listing every field that is wrong
   * @throws NotFoundException when the territory is outside the reader's scope
   */
  public ComparisonTable compare(String territory, String period, String block, String asOf,
      Locale locale) {
    FigureTable current = figures.figures(territory, period, block, asOf, locale);
    Period p = Period.parse(current.period()).orElseThrow();
    Block b = block == null || block.isBlank() ? null
        : Block.valueOf(block.strip().toUpperCase(Locale.ROOT));
    Territory place = territories.find(current.territoryCode()).orElseThrow();

    FigureTable previous = figures.computeFor(place, p.previous(), b, current.asOf(), locale);
    // The siblings and the republic in one pass (grouped by territory), not one by one.
    List<Territory> others = new ArrayList<>();
    for (Territory t : siblings(place)) {
      if (!t.code().equals(place.code())) {
        others.add(t);
      }
    }
    if (!place.code().equals(Territories.REPUBLIC)) {
      others.add(territories.find(Territories.REPUBLIC).orElseThrow());
    }
    Map<String, FigureTable> computed = others.isEmpty() ? Map.of()
        : figures.computeForEach(others, p, b, current.asOf(), locale);
    Map<String, FigureTable> compared = new LinkedHashMap<>();
    for (Territory t : siblings(place)) {
      compared.put(t.code(), t.code().equals(place.code()) ? current : computed.get(t.code()));
    }
    FigureTable republic = place.code().equals(Territories.REPUBLIC) ? current
        : computed.get(Territories.REPUBLIC);

    List<ComparisonTable.Row> rows = new ArrayList<>();
    Map<String, List<Composite.Score>> scores = new HashMap<>();
    compared.keySet().forEach(code -> scores.put(code, new ArrayList<>()));
    for (Figure f : current.figures()) {
      Map<String, Double> values = new LinkedHashMap<>();
      compared.forEach((code, table) -> values.put(code, value(table, f.code())));
      Map<String, Standing> standings = Ranking.of(values, f.direction());
      if (f.unit() != Unit.COUNT && f.direction() != Direction.NEUTRAL) {
        standings.forEach((code, s) -> {
          if (s.score() != null) {
            scores.get(code).add(new Composite.Score(f.code(), f.block(), s.score()));
          }
        });
      }
      Standing own = standings.get(place.code());
      Double before = value(previous, f.code());
      rows.add(new ComparisonTable.Row(f.code(), f.name(), f.block(), f.unit(), f.direction(),
          f.availability(), f.value(), f.hidden(), before, hidden(previous, f.code()),
          change(f.value(), before), Trend.of(f.direction(), f.value(), before),
          own == null ? null : own.rank(), own == null ? null : own.of(),
          value(republic, f.code()), hidden(republic, f.code())));
    }
    Map<String, Double> composites = new LinkedHashMap<>();
    scores.forEach((code, s) -> composites.put(code, Composite.of(s).value()));
    Composite.Result own = Composite.of(scores.get(place.code()));
    Standing compositeStanding = Ranking.of(composites, Direction.HIGHER_IS_BETTER)
        .get(place.code());
    return new ComparisonTable(current.territoryCode(), current.territoryName(),
        current.period(), p.previous().toString(), current.asOf(), compared.size(), rows,
        own.value(), compositeStanding == null || compared.size() < 2 ? null
            : compositeStanding.rank(), own.contributions());
  }

  /** The territory and those it is compared with: the children of its parent of its level. */
  private List<Territory> siblings(Territory place) {
    if (place.parentCode() == null) {
      return List.of(place);
    }
    List<Territory> siblings = new ArrayList<>(place.parentCode().equals(Territories.REPUBLIC)
        ? territories.regions() : territories.children(place.parentCode()));
    if (siblings.stream().noneMatch(t -> t.code().equals(place.code()))) {
      siblings.add(place);
    }
    return siblings;
  }

  /**
   * The value a territory may be compared by: none when hidden as a small cell, so that neither
   * a rank, a change nor a score is ever computed from a value nobody may see (suppression
   * leaves a hidden value null already; this says so where it matters).
   */
  private static Double value(FigureTable table, String code) {
    for (Figure f : table.figures()) {
      if (f.code().equals(code) && f.availability() == Availability.AVAILABLE && !f.hidden()) {
        return f.value();
      }
    }
    return null;
  }

  /** Whether the table's figure for the code was hidden as a small cell. */
  private static boolean hidden(FigureTable table, String code) {
    return table.figures().stream().anyMatch(f -> f.code().equals(code) && f.hidden());
  }

  private static Double change(Double now, Double before) {
    return now == null || before == null ? null : Math.round((now - before) * 1000.0) / 1000.0;
  }
}
