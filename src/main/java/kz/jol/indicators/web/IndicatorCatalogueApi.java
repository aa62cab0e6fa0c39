package kz.jol.indicators.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import kz.jol.access.Allowed;
import kz.jol.access.Role;
import kz.jol.indicators.ComparisonTable;
import kz.jol.indicators.FigureTable;
import kz.jol.indicators.IndicatorComparison;
import kz.jol.indicators.IndicatorCatalogue;
import kz.jol.indicators.IndicatorCatalogue.CatalogueEntry;
import kz.jol.indicators.IndicatorFigures;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The indicator catalogue and its figures by territory, period and block. */
@RestController
@Tag(name = "Indicators", description = "Aggregate figures; small cells hidden")
class IndicatorCatalogueApi {

  private final IndicatorCatalogue catalogue;
  private final IndicatorFigures figures;
  private final IndicatorComparison comparison;

  IndicatorCatalogueApi(IndicatorCatalogue catalogue, IndicatorFigures figures,
      IndicatorComparison comparison) {
    this.catalogue = catalogue;
    this.figures = figures;
    this.comparison = comparison;
  }

  @GetMapping("/api/v1/indicators/catalogue")
  @Allowed({Role.ANALYST, Role.PROBATION_HEAD, Role.PROSECUTOR, Role.AGENCY_HEAD})
  @Operation(summary = "The indicator catalogue in the reader's language",
      description = """
          Every indicator of the evaluation (SPEC section 7): code, block, name, definition, \
          `formula` (numerator / denominator in a technical notation over the source's fields, \
          the same in every language, as before), `formulaText` (the same formula in words in \
          the reader's language: what to show a person), unit (SHARE, COUNT, DAYS), direction \
          (HIGHER_IS_BETTER, LOWER_IS_BETTER, NEUTRAL), source (module and view) and whether \
          it is computed (`available`; false means "no data yet", never zero). Texts follow \
          Accept-Language (kk, ru, en).""")
  List<CatalogueEntry> catalogue(Locale locale) {
    return catalogue.entries(locale);
  }

  @GetMapping("/api/v1/indicators/figures")
  @Allowed({Role.ANALYST, Role.PROBATION_HEAD, Role.PROSECUTOR, Role.AGENCY_HEAD})
  @Operation(summary = "Figures of the catalogue by territory, period and block, as of a day",
      description = """
          One figure per indicator of `block` (default every block) for `territory` and \
          everything below it (default the reader's own; outside it 404) in `period`, counted \
          by the dates of the events up to `asOf` (default today; not in the future, not \
          before the period). Each figure has `numerator`, `denominator`, `value` (a share \
          0..1, a count, or a median in days over `denominator` values), `unit`, `direction` \
          and `availability`: `NO_DATA_YET` has no values at all (never zero). Small cells: a \
          count of persons from 1 to `minimumCell - 1` is null, and so is what would give it \
          back (`hidden` is true). A case counts in the territory it was in on the day that \
          matters (its day 90, day 180, closing day, the referral's due day...). Definitions: \
          docs/indicators.md.""")
  FigureTable figures(
      @Parameter(description = "KATO code; default the reader's own territory",
          example = "351000000")
      @RequestParam(required = false) String territory,
      @Parameter(description = "2026, 2026-H1, 2026-Q3 or 2026-07", example = "2026-Q1")
      @RequestParam(required = false) String period,
      @Parameter(description = "SOCIAL_LEGAL_HELP, CONTROL_WITH_POLICE, INTERACTION, "
          + "FINAL_RESULTS or REINTEGRATION_KPI; default all")
      @RequestParam(required = false) String block,
      @Parameter(description = "ISO day; default today", example = "2026-04-10")
      @RequestParam(required = false) String asOf,
      Locale locale) {
    return figures.figures(territory, period, block, asOf, locale);
  }

  @GetMapping("/api/v1/indicators/comparison")
  @Allowed({Role.ANALYST, Role.PROBATION_HEAD, Role.PROSECUTOR, Role.AGENCY_HEAD})
  @Operation(summary = "Each figure beside the previous period and the other territories, and "
      + "the balanced composite",
      description = """
          The same parameters as `/figures`. Each row has this period's `value`, the previous \
          period's (`previousValue`, `change`, `trend` BETTER/WORSE/SAME/NONE read through the \
          indicator's direction), the territory's `rank` among its siblings (the regions for a \
          region, the districts of its region for a district; only ranks, never their values) \
          of `ranked` that have a value, and the republic's value. `composite` (0..100, 50 = \
          the middle of the territories compared) weighs the blocks (docs/indicators.md, \
          "Comparison and the composite") over shares and medians; `contributions` say which \
          indicators pulled it up (positive points) or down.""")
  ComparisonTable comparison(
      @Parameter(description = "KATO code; default the reader's own territory",
          example = "351000000")
      @RequestParam(required = false) String territory,
      @Parameter(description = "2026, 2026-H1, 2026-Q3 or 2026-07", example = "2026-Q1")
      @RequestParam(required = false) String period,
      @Parameter(description = "one block; default all")
      @RequestParam(required = false) String block,
      @Parameter(description = "ISO day; default today", example = "2026-04-10")
      @RequestParam(required = false) String asOf,
      Locale locale) {
    return comparison.compare(territory, period, block, asOf, locale);
  }
}
