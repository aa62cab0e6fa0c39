package kz.jol.indicators.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Set;
import kz.jol.access.Allowed;
import kz.jol.access.Role;
import kz.jol.indicators.ComparisonTable;
import kz.jol.indicators.FigureTable;
import kz.jol.indicators.IndicatorComparison;
import kz.jol.indicators.IndicatorExportRows;
import kz.jol.indicators.IndicatorFigures;
import kz.jol.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issue 8, point 5: the indicator views as XLSX and PDF files in the chosen language, and the
 * figures of every territory below a parent as a streamed XLSX or CSV. The parameters, readers
 * and scope are those of {@code /figures} and {@code /comparison}; every parameter is checked
 * and the figures computed before the first byte is written, so a wrong parameter is a JSON
 * problem (400, 404) in the reader's language, never a broken file.
 *
 * <p>Each file has two addresses with the same handler, roles, scope, streaming and language
 * rules: {@code /api/v1/indicators/...} for API clients (HTTP Basic, stateless) and
 * {@code /indicators/export/...} for the dashboard's download links (the signed-in session of
 * the web pages; plain GETs that change nothing, so CSRF tokens do not apply, and the answer
 * is an attachment marked {@code no-store}). Errors are RFC 9457 problems on both, since the
 * answer is a file, not a page (as for the route sheet). Only the API addresses are in the
 * OpenAPI document.
 *
 * <p>Files are written straight to the response: nothing is buffered whole (the PDF's XHTML of
 * one view excepted, a few dozen rows). The {@link IndicatorGuard} around every export holds
 * a permit and one read-only transaction (with the statement timeout) until the last byte.
 */
@RestController
@Tag(name = "Indicators", description = "Aggregate figures; small cells hidden")
class IndicatorExports {

  static final MediaType XLSX = MediaType.parseMediaType(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
  private static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");

  private final IndicatorFigures figures;
  private final IndicatorComparison comparison;
  private final IndicatorExportRows rows;
  private final IndicatorExportFiles files;
  private final MessageSource messages;
  private final Clock clock;

  IndicatorExports(IndicatorFigures figures, IndicatorComparison comparison,
      IndicatorExportRows rows, IndicatorExportFiles files, MessageSource messages,
      Clock clock) {
    this.figures = figures;
    this.comparison = comparison;
    this.rows = rows;
    this.files = files;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping({"/api/v1/indicators/figures.xlsx", "/indicators/export/figures.xlsx"})
  @Allowed({Role.ANALYST, Role.PROBATION_HEAD, Role.PROSECUTOR, Role.AGENCY_HEAD})
  @Operation(summary = "The figures of /figures as an XLSX workbook",
      description = "The parameters of `/figures` and `lang` (kk, ru, en; default the "
          + "reader's language). Hidden cells read `<N`, an indicator without data says so.")
  void figuresXlsx(@RequestParam(required = false) String territory,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String block,
      @RequestParam(required = false) String asOf,
      @Parameter(description = "kk, ru or en; default the reader's language")
      @RequestParam(required = false) String lang,
      Locale reader, HttpServletResponse response) throws IOException {
    Locale language = language(lang, reader);
    FigureTable table = figures.figures(territory, period, block, asOf, language);
    start(response, XLSX, fileName("export.file.figures", table.territoryName(),
        table.period(), "xlsx", language));
    files.figuresXlsx(table, ZonedDateTime.now(clock), language, response.getOutputStream());
  }

  @GetMapping({"/api/v1/indicators/figures.pdf", "/indicators/export/figures.pdf"})
  @Allowed({Role.ANALYST, Role.PROBATION_HEAD, Role.PROSECUTOR, Role.AGENCY_HEAD})
  @Operation(summary = "The figures of /figures as a PDF",
      description = "As `/figures.xlsx`, laid out as an A4 landscape page.")
  void figuresPdf(@RequestParam(required = false) String territory,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String block,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String lang,
      Locale reader, HttpServletResponse response) throws IOException {
    Locale language = language(lang, reader);
    FigureTable table = figures.figures(territory, period, block, asOf, language);
    start(response, MediaType.APPLICATION_PDF, fileName("export.file.figures",
        table.territoryName(), table.period(), "pdf", language));
    files.figuresPdf(table, ZonedDateTime.now(clock), language, response.getOutputStream());
  }

  @GetMapping({"/api/v1/indicators/comparison.xlsx", "/indicators/export/comparison.xlsx"})
  @Allowed({Role.ANALYST, Role.PROBATION_HEAD, Role.PROSECUTOR, Role.AGENCY_HEAD})
  @Operation(summary = "The comparison of /comparison as an XLSX workbook",
      description = "The parameters of `/comparison` and `lang`: value, previous period, "
          + "change, trend, rank, the republic's value, the composite and what pulled it.")
  void comparisonXlsx(@RequestParam(required = false) String territory,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String block,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String lang,
      Locale reader, HttpServletResponse response) throws IOException {
    Locale language = language(lang, reader);
    ComparisonTable table = comparison.compare(territory, period, block, asOf, language);
    FigureTable shown = figures.figures(table.territoryCode(), period, block, asOf, language);
    start(response, XLSX, fileName("export.file.comparison", table.territoryName(),
        table.period(), "xlsx", language));
    files.comparisonXlsx(table, shown, ZonedDateTime.now(clock), language,
        response.getOutputStream());
  }

  @GetMapping({"/api/v1/indicators/comparison.pdf", "/indicators/export/comparison.pdf"})
  @Allowed({Role.ANALYST, Role.PROBATION_HEAD, Role.PROSECUTOR, Role.AGENCY_HEAD})
  @Operation(summary = "The comparison of /comparison as a PDF",
      description = "As `/comparison.xlsx`, laid out as an A4 landscape page.")
  void comparisonPdf(@RequestParam(required = false) String territory,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String block,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String lang,
      Locale reader, HttpServletResponse response) throws IOException {
    Locale language = language(lang, reader);
    ComparisonTable table = comparison.compare(territory, period, block, asOf, language);
    FigureTable shown = figures.figures(table.territoryCode(), period, block, asOf, language);
    start(response, MediaType.APPLICATION_PDF, fileName("export.file.comparison",
        table.territoryName(), table.period(), "pdf", language));
    files.comparisonPdf(table, shown, ZonedDateTime.now(clock), language,
        response.getOutputStream());
  }

  @GetMapping({"/api/v1/indicators/figures/by-territory.xlsx", "/indicators/export/by-territory.xlsx"})
  @Allowed({Role.ANALYST, Role.PROBATION_HEAD, Role.PROSECUTOR, Role.AGENCY_HEAD})
  @Operation(summary = "The figures of every territory below a parent, streamed as XLSX",
      description = """
          One row per territory × indicator: the parent (the whole) first, then its children \
          (`depth=1`, default) or their children (`depth=2`: every district of the republic). \
          Computed territory by territory and written as it goes (a streaming workbook keeps \
          100 rows in memory). Parameters as `/figures` (`parent` for `territory`; as of today) \
          and `lang`.""")
  void byTerritoryXlsx(
      @Parameter(description = "KATO code; default the reader's own territory")
      @RequestParam(required = false) String parent,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String block,
      @Parameter(description = "1 (children, default) or 2 (grandchildren)")
      @RequestParam(required = false) String depth,
      @RequestParam(required = false) String lang,
      Locale reader, HttpServletResponse response) throws IOException {
    Locale language = language(lang, reader);
    var export = rows.start(parent, period, block, depth, language);
    start(response, XLSX, fileName("export.file.by-territory", export.whole().territoryName(),
        export.whole().period(), "xlsx", language));
    files.byTerritoryXlsx(export.whole(), ZonedDateTime.now(clock), language,
        response.getOutputStream(), sink -> rows.forEach(export, language, sink));
  }

  @GetMapping({"/api/v1/indicators/figures/by-territory.csv", "/indicators/export/by-territory.csv"})
  @Allowed({Role.ANALYST, Role.PROBATION_HEAD, Role.PROSECUTOR, Role.AGENCY_HEAD})
  @Operation(summary = "The by-territory figures as CSV (UTF-8), streamed",
      description = "The rows of `/figures/by-territory.xlsx` without the title.")
  void byTerritoryCsv(@RequestParam(required = false) String parent,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String block,
      @RequestParam(required = false) String depth,
      @RequestParam(required = false) String lang,
      Locale reader, HttpServletResponse response) throws IOException {
    Locale language = language(lang, reader);
    var export = rows.start(parent, period, block, depth, language);
    start(response, CSV, fileName("export.file.by-territory", export.whole().territoryName(),
        export.whole().period(), "csv", language));
    var out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(),
        StandardCharsets.UTF_8));
    files.byTerritoryCsv(export.whole(), language, out,
        sink -> rows.forEach(export, language, sink));
  }

  /** {@code lang} when given (kk, ru, en; anything else is 400), else the reader's language. */
  static Locale language(String lang, Locale reader) {
    if (lang == null || lang.isBlank()) {
      return reader != null && LANGUAGES.contains(reader.getLanguage())
          ? Locale.forLanguageTag(reader.getLanguage()) : Locale.forLanguageTag("kk");
    }
    String tag = lang.strip().toLowerCase(Locale.ROOT);
    if (!LANGUAGES.contains(tag)) {
      throw new InvalidInputException("lang", "indicators.export-language",
          "an export is written in kk, ru or en", lang);
    }
    return Locale.forLanguageTag(tag);
  }

  private static void start(HttpServletResponse response, MediaType type, String fileName) {
    response.setContentType(type.toString());
    // RFC 6266 / 5987: the readable name in UTF-8 alone; an ASCII fallback would be all
    // underscores for a Kazakh or Russian name.
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20")
            .replace("*", "%2A"));
    // Aggregates only, but a territory's figures are not for shared caches.
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
  }

  /** «Көрсеткіштер — Қарағанды — 2026-Q1.xlsx»: what it is, where and when, readable. */
  private String fileName(String key, String territory, String period, String extension,
      Locale language) {
    String name = messages.getMessage(key, null, key, language) + " — " + territory + " — "
        + period;
    return name.replaceAll("[\\\\/:*?\"<>|]", "_") + "." + extension;
  }
}
