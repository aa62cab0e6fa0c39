package kz.jol.indicators;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.jol.indicators.ControlTable.Figure;
import kz.jol.indicators.ControlTable.Indicator;
import kz.jol.indicators.domain.Measure;
import kz.jol.indicators.domain.Unit;
import kz.jol.territory.Territories;
import org.springframework.stereotype.Component;

/**
 * Block 2 of seed 000 (control with the police) in the catalogue: the figures of
 * {@link ControlIndicators}, not counted twice. They come with its small cells already hidden
 * (by the same {@code minimum-cell}), so they pass through unchanged; like that report, they
 * count a case where it was in the period (docs/indicators.md). The caller has checked the
 * reader's scope.
 */
@Component
class ControlComputation implements IndicatorComputation {

  private static final Map<String, Indicator> CODES = Map.of(
      "PREVENTION_MEASURES", Indicator.PREVENTION_MEASURES,
      "ASKED_FOR_HELP", Indicator.ASKED_FOR_HELP,
      "DECLARED_WANTED", Indicator.DECLARED_WANTED,
      "FOUND", Indicator.FOUND);

  private final ControlIndicators control;
  private final Territories territories;

  ControlComputation(ControlIndicators control, Territories territories) {
    this.control = control;
    this.territories = territories;
  }

  @Override
  public Set<String> codes() {
    return CODES.keySet();
  }

  @Override
  public Map<String, Measure> compute(Scope scope, Set<String> wanted) {
    Map<Indicator, Figure> shown = control.catalogueFiguresOf(
        territories.find(scope.territoryCode()).orElseThrow(), scope.from(), scope.to());
    Map<String, Measure> figures = new HashMap<>();
    for (String code : wanted) {
      Figure f = shown.get(CODES.get(code));
      if (f == null) {
        continue;
      }
      Unit unit = code.equals("PREVENTION_MEASURES") ? Unit.COUNT : Unit.SHARE;
      Double value = unit == Unit.COUNT
          ? (f.numerator() == null ? null : f.numerator().doubleValue()) : f.share();
      // persons = false: ControlIndicators hid its small cells already
      figures.put(code, new Measure(unit, f.numerator(), unit == Unit.COUNT ? null
          : f.denominator(), value, false, List.of()));
    }
    return figures;
  }
}
