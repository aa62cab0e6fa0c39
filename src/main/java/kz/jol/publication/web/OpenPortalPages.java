package kz.jol.publication.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kz.jol.access.PublicEndpoint;
import kz.jol.publication.PublishedTable;
import kz.jol.publication.application.PublicationService;
import kz.jol.publication.application.PublicationSummary;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public portal, open to anyone without signing in: the published figures by territory and
 * period, each figure's table with its hidden cells marked, the «Ресоциализация» information
 * section (seed 003 item 4) and the open data — each table as CSV and the catalogue of them as
 * JSON. Nothing here reads anything but what was published and is not withdrawn.
 */
@Controller
@PublicEndpoint
class OpenPortalPages {

  /** The CSV's header line; docs/publication.md describes every column. */
  static final String CSV_HEADER =
      "territory_code,territory,column_code,column,value,status,minimum_cell";

  /** The portal's languages, in the order the open data lists them. */
  static final List<String> LANGUAGES = List.of("kk", "ru", "en");

  private final PublicationService publications;
  private final MessageSource messages;

  OpenPortalPages(PublicationService publications, MessageSource messages) {
    this.publications = publications;
    this.messages = messages;
  }

  @GetMapping("/open")
  String home(@RequestParam(required = false) String territory, Locale locale, Model model) {
    List<PublicationSummary> all = publications.published(locale);
    // The territories that have anything published, for the filter, in the list's order.
    Map<String, String> places = new LinkedHashMap<>();
    all.forEach(p -> places.putIfAbsent(p.territoryCode(), p.territoryName()));
    String chosen = territory != null && places.containsKey(territory) ? territory : null;
    model.addAttribute("publications", chosen == null ? all
        : all.stream().filter(p -> p.territoryCode().equals(chosen)).toList());
    model.addAttribute("places", places);
    model.addAttribute("territory", chosen);
    return "publication/open-home";
  }

  @GetMapping("/open/figures/{id}")
  String figure(@PathVariable UUID id, Locale locale, Model model) {
    model.addAttribute("table", publications.published(id, locale));
    return "publication/open-figure";
  }

  @GetMapping("/open/resocialisation")
  String resocialisation() {
    return "publication/open-resocialisation";
  }

  /**
   * A published table as CSV (RFC 4180), one line per value, totals included; a hidden value is
   * an empty field with status {@code hidden}. UTF-8 with a byte order mark, so that Excel in
   * Kazakh or Russian opens it in the right letters.
   */
  @GetMapping("/open/data/{id}.csv")
  void csv(@PathVariable UUID id, Locale locale, HttpServletResponse response)
      throws IOException {
    PublishedTable table = publications.published(id, locale);
    response.setContentType("text/csv; charset=UTF-8; header=present");
    response.setHeader("Content-Disposition", "attachment; filename=\"jol-" + id + ".csv\"");
    response.setHeader("Cache-Control", CacheControl.noCache().getHeaderValue());
    OutputStream out = response.getOutputStream();
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write(CSV_HEADER + "\r\n");
    List<PublishedTable.Row> rows = new ArrayList<>(table.rows());
    rows.add(table.total());
    String totalName = messages.getMessage("publication.total", null, "Total", locale);
    for (PublishedTable.Row row : rows) {
      for (int c = 0; c <= table.columns().size(); c++) {
        boolean isTotal = c == table.columns().size();
        String code = isTotal ? PublishedTable.TOTAL : table.columns().get(c);
        String name = isTotal ? totalName : table.columnNames().get(c);
        Long value = isTotal ? row.total() : row.counts().get(c);
        writer.write(String.join(",", field(row.key()), field(row.name()), field(code),
            field(name), value == null ? "" : value.toString(),
            value == null ? "hidden" : "shown", String.valueOf(table.minimumCell())));
        writer.write("\r\n");
      }
    }
    writer.flush();
  }

  /** Every published dataset with its metadata and where to get it. */
  @GetMapping(value = "/open/data/catalogue.json", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<Catalogue> catalogue(Locale locale) {
    List<Dataset> datasets = publications.published(locale).stream()
        .map(p -> new Dataset(p.id(), p.title(), p.kind(), p.kindName(),
            publications.definition(p.kind(), locale), publications.formula(p.kind()),
            publications.formulaText(p.kind(), locale), formulaTexts(p.kind()),
            p.territoryCode(), p.territoryName(), p.from().toString(), p.to().toString(),
            p.version(), p.publishedAt().toString(),
            p.correctedAt() == null ? null : p.correctedAt().toString(),
            "/open/data/" + p.id() + ".csv", "/open/figures/" + p.id(),
            "/api/v1/open/publications/" + p.id()))
        .toList();
    return ResponseEntity.ok().cacheControl(CacheControl.noCache())
        .body(new Catalogue(locale.getLanguage(), publications.minimumCell(),
            "text/csv; charset=UTF-8 (with BOM); RFC 4180; " + CSV_HEADER, datasets));
  }

  /**
   * The open-data catalogue.
   *
   * @param language the language of titles and names
   * @param minimumCell the smallest count published now
   * @param csvFormat how each CSV is written
   * @param datasets every published table
   */
  record Catalogue(String language, int minimumCell, String csvFormat, List<Dataset> datasets) {}

  /** The formula in words in each of the portal's languages, or null when the kind has none. */
  private Map<String, String> formulaTexts(String kind) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String language : LANGUAGES) {
      String text = publications.formulaText(kind, Locale.forLanguageTag(language));
      if (text != null) {
        texts.put(language, text);
      }
    }
    return texts.isEmpty() ? null : texts;
  }

  /**
   * One published table in the catalogue; links are relative to the portal's address.
   *
   * @param definition what the kind counts, in words in the catalogue's language
   * @param formula the formula in a technical notation for machines, or null
   * @param formulaText the formula in words in the catalogue's language, or null
   * @param formulaTexts the formula in words by language ({@code kk}, {@code ru}, {@code en}), or
   *     null
   */
  record Dataset(UUID id, String title, String kind, String kindName, String definition,
      String formula, String formulaText, Map<String, String> formulaTexts, String territoryCode,
      String territoryName, String from, String to, int version, String publishedAt,
      String correctedAt, String csv, String page, String api) {}

  /** RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled. */
  static String field(String value) {
    if (value == null) {
      return "";
    }
    if (value.contains(",") || value.contains("\"") || value.contains("\n")
        || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
