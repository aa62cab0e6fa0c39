package kz.jol.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.CurrentActor;
import kz.jol.indicators.FigureTable.Availability;
import kz.jol.indicators.FigureTable.Figure;
import kz.jol.indicators.FigureTable.Part;
import kz.jol.indicators.domain.Block;
import kz.jol.indicators.domain.FigureSuppression;
import kz.jol.indicators.domain.Indicator;
import kz.jol.indicators.domain.Measure;
import kz.jol.indicators.domain.Period;
import kz.jol.organisation.Organisations;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import kz.jol.territory.Territories;
import kz.jol.territory.Territory;
import kz.jol.territory.TerritoryScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The figures of the catalogue for a territory (and everything below it), a period and a block,
 * as of a day: each registered {@link IndicatorComputation} computes its codes, then small cells
 * are hidden by {@link FigureSuppression} with {@code jol.indicators.minimum-cell}. Definitions:
 * {@code docs/indicators.md}, "Figures of the catalogue".
 *
 * <p>Scope: the reader's own territory and those below it (404 otherwise, as if it did not
 * exist). The endpoint admits analysts, probation heads, prosecutors and agency heads; no figure
 * names a person.
 */
@Service
public class IndicatorFigures {

  private final IndicatorCatalogue catalogue;
  private final Territories territories;
  private final TerritoryScope scope;
  private final Organisations organisations;
  private final CurrentActor currentActor;
  private final Clock clock;
  private final int minimumCell;

  IndicatorFigures(IndicatorCatalogue catalogue, Territories territories, TerritoryScope scope,
      Organisations organisations, CurrentActor currentActor, Clock clock,
      @Value("${jol.indicators.minimum-cell:5}") int minimumCell) {
    this.catalogue = catalogue;
    this.territories = territories;
    this.scope = scope;
    this.organisations = organisations;
    this.currentActor = currentActor;
    this.clock = clock;
    this.minimumCell = minimumCell;
  }

  /**
   * The figures as the API asks for them, every parameter as sent.
   *
   * @param territory a KATO code; null or blank for the reader's own territory
   * @param period {@code 2026}, {@code 2026-H1}, {@code 2026-Q3} or {@code 2026-07}; required
   * @param block one of {@link Block}; null or blank for every block
   * @param asOf an ISO day not after today; null or blank for today
   * @throws InvalidInputException listing every field that is wrong
   * @throws NotFoundException when the territory is outside the reader's scope
   */
  public FigureTable figures(String territory, String period, String block, String asOf,
      Locale locale) {
    List<FieldProblem> problems = new ArrayList<>();
    Period p = null;
    if (period == null || period.isBlank()) {
      problems.add(new FieldProblem("period", "field.required", "is required"));
    } else {
      p = Period.parse(period).orElse(null);
      if (p == null) {
        problems.add(new FieldProblem("period", "indicators.period-format",
            "write a period as 2026, 2026-H1, 2026-Q3 or 2026-07"));
      }
    }
    Block b = null;
    if (block != null && !block.isBlank()) {
      try {
        b = Block.valueOf(block.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("block", "indicators.block-unknown",
            "there is no such block"));
      }
    }
    LocalDate day = null;
    if (asOf != null && !asOf.isBlank()) {
      try {
        day = LocalDate.parse(asOf.strip());
      } catch (DateTimeParseException e) {
        problems.add(new FieldProblem("asOf", "field.type", "is not a valid date", asOf, "date"));
      }
    }
    String code = territory == null || territory.isBlank() ? null : territory.strip();
    check(p, day, code, problems);
    return figures(code, p, b, day, locale);
  }

  /**
   * The figures of a territory and period as of a day.
   *
   * @param territoryCode null for the reader's own territory
   * @param period required
   * @param block null for every block
   * @param asOf null for today; not after today, not before the period's first day
   */
  public FigureTable figures(String territoryCode, Period period, Block block, LocalDate asOf,
      Locale locale) {
    List<FieldProblem> problems = new ArrayList<>();
    if (period == null) {
      problems.add(new FieldProblem("period", "field.required", "is required"));
    }
    check(period, asOf, territoryCode, problems);
    LocalDate today = LocalDate.now(clock);
    LocalDate day = asOf == null ? today : asOf;
    Actor actor = currentActor.require();
    String code = territoryCode == null ? actor.territoryCode() : territoryCode;
    Territory place = territories.find(code)
        .filter(t -> scope.isWithin(t.code(), actor.territoryCode()))
        .orElseThrow(() -> new NotFoundException("territory", code));
    return computeFor(place, period, block, day, locale);
  }

  /**
   * The figures of several territories of one period as of a day, each as
   * {@link #figures(String, Period, Block, LocalDate, Locale)} gives it, computed together: the
   * computations that read large tables do so once for all of them (grouped by territory) rather
   * than once per territory. What a comparison or a chart of the regions needs.
   *
   * @param territoryCodes the territories, each within the reader's scope
   * @param period required
   * @param block null for every block
   * @param asOf null for today; not after today, not before the period's first day
   * @return the tables by territory code, in the order asked
   * @throws NotFoundException when a territory is outside the reader's scope
   */
  public Map<String, FigureTable> figuresOfEach(List<String> territoryCodes, Period period,
      Block block, LocalDate asOf, Locale locale) {
    List<FieldProblem> problems = new ArrayList<>();
    if (period == null) {
      problems.add(new FieldProblem("period", "field.required", "is required"));
    }
    for (String code : territoryCodes) {
      if (territories.find(code).isEmpty()) {
        problems.add(new FieldProblem("territory", "indicators.territory-unknown",
            "there is no territory with this code"));
      }
    }
    check(period, asOf, null, problems);
    LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
    Actor actor = currentActor.require();
    List<Territory> places = new ArrayList<>();
    for (String code : territoryCodes) {
      places.add(territories.find(code)
          .filter(t -> scope.isWithin(t.code(), actor.territoryCode()))
          .orElseThrow(() -> new NotFoundException("territory", code)));
    }
    return computeForEach(places, period, block, day, locale);
  }

  /**
   * One figure of a territory and period as of today, as
   * {@link #figures(String, Period, Block, LocalDate, Locale)} would show it, computing that
   * indicator alone: what the dashboard's line over the last periods needs.
   *
   * @param territoryCode within the reader's scope
   * @param period required; not in the future
   * @param indicatorCode a code of the catalogue
   * @throws NotFoundException when the territory is outside the reader's scope
   */
  public Figure figure(String territoryCode, Period period, String indicatorCode,
      Locale locale) {
    Indicator indicator = catalogue.all().stream()
        .filter(i -> i.code().equals(indicatorCode)).findFirst()
        .orElseThrow(() -> new NotFoundException("indicator", indicatorCode));
    List<FieldProblem> problems = new ArrayList<>();
    check(period, null, territoryCode, problems);
    Actor actor = currentActor.require();
    Territory place = territories.find(territoryCode)
        .filter(t -> scope.isWithin(t.code(), actor.territoryCode()))
        .orElseThrow(() -> new NotFoundException("territory", territoryCode));
    return computeForEach(List.of(place), period, indicator.block(), LocalDate.now(clock),
        locale, Set.of(indicatorCode)).get(place.code()).figures().getFirst();
  }

  /**
   * The figures of a territory whose scope the caller has checked, as of {@code day} (not
   * before the period's first day).
   */
  FigureTable computeFor(Territory place, Period period, Block block, LocalDate day,
      Locale locale) {
    return computeForEach(List.of(place), period, block, day, locale).get(place.code());
  }

  /**
   * The figures of territories whose scope the caller has checked, of one period as of
   * {@code day}, by territory code in the order given; each computation is asked once for all
   * of them ({@link IndicatorComputation#computeEach}).
   */
  Map<String, FigureTable> computeForEach(List<Territory> places, Period period, Block block,
      LocalDate day, Locale locale) {
    return computeForEach(places, period, block, day, locale, null);
  }

  /** As above, of the indicators {@code only} (null: every one of the block). */
  private Map<String, FigureTable> computeForEach(List<Territory> places, Period period,
      Block block, LocalDate day, Locale locale, Set<String> only) {
    LocalDate to = period.last().isAfter(day) ? day : period.last();
    List<IndicatorComputation.Scope> wheres = places.stream().distinct()
        .map(place -> new IndicatorComputation.Scope(place.code(), List.copyOf(
            scope.codesWithin(place.code())), period.first(), to, period.last(), locale))
        .toList();

    List<Indicator> wanted = catalogue.all().stream()
        .filter(i -> block == null || i.block() == block)
        .filter(i -> only == null || only.contains(i.code())).toList();
    Map<IndicatorComputation, Set<String>> byComputation = new LinkedHashMap<>();
    for (Indicator i : wanted) {
      catalogue.computationOf(i.code()).ifPresent(c ->
          byComputation.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(i.code()));
    }
    Map<String, Map<String, Measure>> measured = new HashMap<>();
    places.forEach(p -> measured.put(p.code(), new HashMap<>()));
    byComputation.forEach((c, codes) -> c.computeEach(wheres, codes)
        .forEach((code, figures) -> measured.get(code).putAll(figures)));

    Map<String, String> names = new HashMap<>();
    Map<String, FigureTable> tables = new LinkedHashMap<>();
    for (Territory place : places) {
      tables.put(place.code(), table(place, period, to, day, wanted, measured.get(place.code()),
          names, locale));
    }
    return tables;
  }

  private FigureTable table(Territory place, Period period, LocalDate to, LocalDate day,
      List<Indicator> wanted, Map<String, Measure> measured, Map<String, String> names,
      Locale locale) {
    List<Figure> figures = new ArrayList<>();
    for (Indicator i : wanted) {
      Measure raw = measured.get(i.code());
      if (raw == null) {
        figures.add(new Figure(i.code(), i.name().in(locale), i.block(), i.unit(),
            i.direction(), Availability.NO_DATA_YET, null, null, null, false, List.of()));
        continue;
      }
      Measure shown = FigureSuppression.apply(raw, minimumCell);
      boolean hidden = !java.util.Objects.equals(shown.numerator(), raw.numerator())
          || !java.util.Objects.equals(shown.denominator(), raw.denominator())
          || !java.util.Objects.equals(shown.value(), raw.value())
          || raw.numerator() == null && raw.unit() != kz.jol.indicators.domain.Unit.DAYS;
      List<Part> parts = shown.parts().stream().map(pt -> new Part(pt.group(), pt.key(),
          "organisation".equals(pt.group()) ? names.computeIfAbsent(pt.key(),
              k -> organisationName(k, locale)) : pt.key(),
          pt.numerator(), pt.denominator(), pt.value())).toList();
      figures.add(new Figure(i.code(), i.name().in(locale), i.block(), i.unit(), i.direction(),
          Availability.AVAILABLE, shown.numerator(), shown.denominator(), shown.value(), hidden,
          parts));
    }
    return new FigureTable(place.code(), place.name(locale), period.toString(), period.first(),
        to, day, minimumCell, figures);
  }

  private String organisationName(String id, Locale locale) {
    try {
      return organisations.find(UUID.fromString(id)).map(o -> o.name(locale)).orElse(id);
    } catch (IllegalArgumentException e) {
      return id;
    }
  }

  private void check(Period period, LocalDate asOf, String territoryCode,
      List<FieldProblem> problems) {
    LocalDate today = LocalDate.now(clock);
    if (asOf != null) {
      if (asOf.isAfter(today)) {
        problems.add(new FieldProblem("asOf", "indicators.as-of-future",
            "figures cannot be computed as of a day that has not come"));
      } else if (period != null && asOf.isBefore(period.first())) {
        problems.add(new FieldProblem("asOf", "indicators.as-of-before-period",
            "the period begins after this day"));
      }
    } else if (period != null && period.first().isAfter(today)) {
      problems.add(new FieldProblem("period", "indicators.period-future",
          "the period has not begun"));
    }
    if (territoryCode != null && territories.find(territoryCode).isEmpty()) {
      problems.add(new FieldProblem("territory", "indicators.territory-unknown",
          "there is no territory with this code"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
