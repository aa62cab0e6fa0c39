package kz.jol.indicators.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.jol.access.Allowed;
import kz.jol.access.CurrentActor;
import kz.jol.access.Role;
import kz.jol.indicators.ComparisonTable;
import kz.jol.indicators.FigureTable;
import kz.jol.indicators.FigureTable.Availability;
import kz.jol.indicators.FigureTable.Figure;
import kz.jol.indicators.IndicatorComparison;
import kz.jol.indicators.IndicatorFigures;
import kz.jol.indicators.domain.Block;
import kz.jol.indicators.domain.Period;
import kz.jol.indicators.domain.PeriodType;
import kz.jol.indicators.domain.Unit;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import kz.jol.territory.Territories;
import kz.jol.territory.Territory;
import kz.jol.territory.TerritoryScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The evaluation dashboard (issue 8, point 4): the figures of a block for a territory and
 * period beside the previous period, the siblings' rank and the republic, a bar chart of the
 * child territories and a line over the last periods for one indicator, and the composite. The
 * charts are inline SVG drawn here, with the same numbers in a table beside them. Drill-down
 * goes republic → region → district → organisation (the parts of a figure), never to a person.
 */
@Controller
class IndicatorDashboardPage {

  /** How many periods the line chart shows, the chosen one last. */
  static final int LINE_PERIODS = 6;

  private final IndicatorFigures figures;
  private final IndicatorComparison comparison;
  private final Territories territories;
  private final TerritoryScope scope;
  private final CurrentActor currentActor;
  private final MessageSource messages;
  private final Clock clock;

  IndicatorDashboardPage(IndicatorFigures figures, IndicatorComparison comparison,
      Territories territories, TerritoryScope scope, CurrentActor currentActor,
      MessageSource messages, Clock clock) {
    this.figures = figures;
    this.comparison = comparison;
    this.territories = territories;
    this.scope = scope;
    this.currentActor = currentActor;
    this.messages = messages;
    this.clock = clock;
  }

  /** One bar or point: a territory's (or a period's) value as shown and as drawn. */
  record Point(String key, String label, String shown, Double value, boolean hidden,
      boolean noData, double x, double y, double length) {}

  /** One organisation's part of the chosen figure, as shown. */
  record Organisation(String key, String name, String value, String fraction) {}

  /**
   * A file of the view to download: the session route under {@code /indicators/export/}, its
   * format and a rough size, so that a reader on a slow line knows what to expect.
   */
  record Download(String what, String path, String format, String type, long kilobytes) {}

  /** One line of a figure: the figure and its comparison. */
  record Line(Figure figure, ComparisonTable.Row row, String value, String fraction,
      String previous, String change, String republic) {}

  @GetMapping("/indicators")
  @Allowed({Role.ANALYST, Role.PROBATION_HEAD, Role.PROSECUTOR, Role.AGENCY_HEAD})
  String dashboard(@RequestParam(required = false) String territory,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String block,
      @RequestParam(required = false) String indicator,
      Locale locale, Model model, HttpServletResponse response) {
    LocalDate today = LocalDate.now(clock);
    PeriodType periodType = PeriodType.QUARTER;
    for (PeriodType t : PeriodType.values()) {
      if (t.name().equals(type)) {
        periodType = t;
      }
    }
    String periodText = period == null || period.isBlank()
        ? Period.containing(periodType, today).toString() : period.strip();
    // a period typed in says its own type: the picker follows it
    periodType = Period.parse(periodText).map(Period::type).orElse(periodType);
    Block chosenBlock = Block.SOCIAL_LEGAL_HELP;
    for (Block b : Block.values()) {
      if (b.name().equals(block)) {
        chosenBlock = b;
      }
    }
    String code = territory == null || territory.isBlank()
        ? currentActor.require().territoryCode() : territory.strip();
    model.addAttribute("types", PeriodType.values());
    model.addAttribute("type", periodType);
    model.addAttribute("period", periodText);
    model.addAttribute("periods", recent(periodType, today));
    model.addAttribute("blocks", Block.values());
    model.addAttribute("block", chosenBlock);
    model.addAttribute("territory", code);

    FigureTable table;
    ComparisonTable compared;
    try {
      table = figures.figures(code, periodText, chosenBlock.name(), null, locale);
      compared = comparison.compare(code, periodText, chosenBlock.name(), null, locale);
    } catch (InvalidInputException e) {
      Map<String, String> errors = new LinkedHashMap<>();
      for (FieldProblem p : e.problems()) {
        errors.putIfAbsent(p.field(), messages.getMessage("error." + p.code(), p.args(),
            p.message(), locale));
      }
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("errors", errors);
      model.addAttribute("path", List.of());
      return "indicators/dashboard";
    }
    model.addAttribute("errors", Map.of());
    Period p = Period.parse(table.period()).orElseThrow();
    int minimum = table.minimumCell();

    List<Line> lines = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (Figure f : table.figures()) {
      ComparisonTable.Row row = compared.rows().stream()
          .filter(r -> r.code().equals(f.code())).findFirst().orElseThrow();
      names.put(f.code(), f.name());
      lines.add(new Line(f, row, shown(f.availability(), f.value(), f.hidden(), f.unit(),
          minimum, locale), fraction(f, minimum),
          shown(row.availability(), row.previousValue(), row.previousHidden(), f.unit(),
              minimum, locale),
          row.change() == null ? "—" : change(row.change(), f.unit()),
          shown(row.availability(), row.republicValue(), row.republicHidden(), f.unit(),
              minimum, locale)));
    }
    Figure chosen = table.figures().stream().filter(f -> f.code().equals(indicator)).findFirst()
        .orElseGet(() -> table.figures().stream()
            .filter(f -> f.availability() == Availability.AVAILABLE).findFirst()
            .orElse(table.figures().isEmpty() ? null : table.figures().getFirst()));

    // Children: the regions of the republic, the districts of a region; all within the scope
    // of whoever may read the territory itself.
    List<Territory> children = code.equals(Territories.REPUBLIC) ? territories.regions()
        : territories.children(code);
    List<Point> bars = new ArrayList<>();
    List<Point> points = new ArrayList<>();
    if (chosen != null) {
      // All the children in one pass (grouped by territory), not one call each.
      Map<String, FigureTable> ofChildren = children.isEmpty() ? Map.of()
          : figures.figuresOfEach(children.stream().map(Territory::code).toList(), p,
              chosenBlock, null, locale);
      for (Territory child : children) {
        Figure f = figureOf(ofChildren.get(child.code()), chosen.code());
        bars.add(point(child.code(), child.name(locale), f, minimum, locale));
      }
      Period q = p;
      List<Period> line = new ArrayList<>();
      for (int i = 0; i < LINE_PERIODS && q.year() > Period.FIRST_YEAR; i++) {
        line.addFirst(q);
        q = q.previous();
      }
      // The line needs the chosen indicator only: each period computes it alone.
      for (Period each : line) {
        Figure f = figures.figure(code, each, chosen.code(), locale);
        points.add(point(each.toString(), each.toString(), f, minimum, locale));
      }
    }
    layOutBars(bars);
    layOutLine(points);

    String own = currentActor.require().territoryCode();
    model.addAttribute("path", territories.path(code).stream()
        .filter(t -> scope.isWithin(t.code(), own)).toList());
    model.addAttribute("table", table);
    model.addAttribute("compared", compared);
    model.addAttribute("lines", lines);
    model.addAttribute("names", names);
    model.addAttribute("chosen", chosen);
    model.addAttribute("bars", bars);
    model.addAttribute("barHeight", 30 * bars.size() + 10);
    model.addAttribute("points", points);
    model.addAttribute("polyline", String.join(" ", points.stream()
        .filter(pt -> pt.value() != null).map(pt -> pt.x() + "," + pt.y()).toList()));
    model.addAttribute("organisations", chosen == null ? List.of() : chosen.parts().stream()
        .filter(pt -> "organisation".equals(pt.group())).map(pt -> new Organisation(pt.key(),
            pt.name(), shown(Availability.AVAILABLE, pt.value(),
                pt.value() == null, chosen.unit(), minimum, locale),
            partFraction(pt, chosen.unit(), minimum))).toList());
    model.addAttribute("minimum", minimum);
    model.addAttribute("downloads", downloads(table, compared, children.size()));
    return "indicators/dashboard";
  }

  private static Figure figureOf(FigureTable table, String code) {
    return table.figures().stream().filter(f -> f.code().equals(code)).findFirst()
        .orElseThrow();
  }

  private Point point(String key, String label, Figure f, int minimum, Locale locale) {
    boolean noData = f.availability() == Availability.NO_DATA_YET;
    return new Point(key, label, shown(f.availability(), f.value(), f.hidden(), f.unit(),
        minimum, locale), f.value(), f.hidden(), noData, 0, 0, 0);
  }

  /** Horizontal bars: labels in 0..220, bars in 230..520 scaled to the largest value. */
  private static void layOutBars(List<Point> bars) {
    double max = bars.stream().filter(b -> b.value() != null).mapToDouble(Point::value)
        .max().orElse(0);
    for (int i = 0; i < bars.size(); i++) {
      Point b = bars.get(i);
      double length = b.value() == null || max <= 0 ? 0 : 290.0 * b.value() / max;
      bars.set(i, new Point(b.key(), b.label(), b.shown(), b.value(), b.hidden(), b.noData(),
          230, 10 + 30 * i, Math.round(length * 10) / 10.0));
    }
  }

  /** A line in a 600 × 220 box: x evenly spaced, y scaled to the largest value. */
  private static void layOutLine(List<Point> points) {
    double max = points.stream().filter(b -> b.value() != null).mapToDouble(Point::value)
        .max().orElse(0);
    int n = points.size();
    for (int i = 0; i < n; i++) {
      Point b = points.get(i);
      double x = n < 2 ? 300 : 50 + 500.0 * i / (n - 1);
      double y = b.value() == null ? 190 : max <= 0 ? 190 : 190 - 160 * b.value() / max;
      points.set(i, new Point(b.key(), b.label(), b.shown(), b.value(), b.hidden(), b.noData(),
          Math.round(x * 10) / 10.0, Math.round(y * 10) / 10.0, 0));
    }
  }

  /** A value as the reader sees it: "no data yet" is never 0, a hidden cell is "<N". */
  private String shown(Availability availability, Double value, boolean hidden, Unit unit,
      int minimum, Locale locale) {
    if (availability == Availability.NO_DATA_YET) {
      return messages.getMessage("dashboard.no-data", null, locale);
    }
    if (value == null) {
      return hidden ? "<" + minimum : "—";
    }
    return switch (unit) {
      case SHARE -> String.format(Locale.ROOT, "%.1f%%", value * 100);
      case COUNT -> Long.toString(Math.round(value));
      case DAYS -> String.format(Locale.ROOT, "%.1f", value);
    };
  }

  /**
   * The files of the view shown, in the page's language: its figures and its comparison
   * (XLSX, PDF) and, when it has child territories, every child's figures (XLSX, CSV). Sizes are
   * estimates from the number of rows (docs/indicators.md, "Downloads from the dashboard").
   */
  private static Map<String, List<Download>> downloads(FigureTable table,
      ComparisonTable compared, int children) {
    int figureRows = table.figures().size() + table.figures().stream()
        .mapToInt(f -> f.parts().size()).sum();
    int comparisonRows = compared.rows().size() + compared.contributions().size();
    int territoryRows = (children + 1) * table.figures().size();
    List<Download> list = new ArrayList<>();
    list.add(new Download("figures", "figures.xlsx", "XLSX", IndicatorExports.XLSX.toString(),
        DownloadSizes.xlsx(figureRows)));
    list.add(new Download("figures", "figures.pdf", "PDF", "application/pdf",
        DownloadSizes.pdf(figureRows)));
    list.add(new Download("comparison", "comparison.xlsx", "XLSX",
        IndicatorExports.XLSX.toString(), DownloadSizes.xlsx(comparisonRows)));
    list.add(new Download("comparison", "comparison.pdf", "PDF", "application/pdf",
        DownloadSizes.pdf(comparisonRows)));
    if (children > 0) {
      list.add(new Download("by-territory", "by-territory.xlsx", "XLSX",
          IndicatorExports.XLSX.toString(), DownloadSizes.xlsx(territoryRows)));
      list.add(new Download("by-territory", "by-territory.csv", "CSV", "text/csv",
          DownloadSizes.csv(territoryRows)));
    }
    Map<String, List<Download>> byWhat = new LinkedHashMap<>();
    list.forEach(d -> byWhat.computeIfAbsent(d.what(), k -> new ArrayList<>()).add(d));
    return byWhat;
  }

  /** A part's numerator / denominator as {@link #fraction(Figure, int)} writes a figure's. */
  private static String partFraction(FigureTable.Part part, Unit unit, int minimum) {
    boolean hidden = part.value() == null;
    String numerator = part.numerator() != null ? part.numerator().toString()
        : hidden && unit != Unit.DAYS ? "<" + minimum : "—";
    String denominator = part.denominator() != null ? part.denominator().toString()
        : hidden && unit != Unit.COUNT ? "<" + minimum : "—";
    return unit == Unit.COUNT ? numerator : numerator + " / " + denominator;
  }

  /** Numerator / denominator; a hidden part is "<N", one that does not apply a dash. */
  private static String fraction(Figure f, int minimum) {
    if (f.availability() == Availability.NO_DATA_YET) {
      return "—";
    }
    String hidden = f.hidden() ? "<" + minimum : "—";
    return (f.numerator() == null ? hidden : f.numerator().toString()) + " / "
        + (f.denominator() == null ? hidden : f.denominator().toString());
  }

  private static String change(double change, Unit unit) {
    String sign = change > 0 ? "+" : "";
    return unit == Unit.SHARE ? sign + String.format(Locale.ROOT, "%.1f", change * 100)
        : sign + String.format(Locale.ROOT, "%.1f", change);
  }

  /** The last eight periods of the type up to today's, for the picker's suggestions. */
  private static List<String> recent(PeriodType type, LocalDate today) {
    List<String> list = new ArrayList<>();
    Period p = Period.containing(type, today);
    for (int i = 0; i < 8 && p.year() > Period.FIRST_YEAR; i++) {
      list.add(p.toString());
      p = p.previous();
    }
    return list;
  }
}
