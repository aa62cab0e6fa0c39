package kz.jol.indicators.web;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import kz.jol.indicators.ComparisonTable;
import kz.jol.indicators.FigureTable;
import kz.jol.indicators.FigureTable.Availability;
import kz.jol.indicators.FigureTable.Figure;
import kz.jol.indicators.domain.Composite.Contribution;
import kz.jol.indicators.domain.Unit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Writes the indicator views as files in the reader's language: XLSX with POI's streaming
 * {@link SXSSFWorkbook} (a window of {@value #WINDOW} rows in memory, the rest flushed to a
 * temporary file under {@code java.io.tmpdir}, disposed in {@code finally}), PDF with
 * openhtmltopdf and the bundled DejaVu fonts (every Kazakh letter), and CSV. Every file goes
 * straight to the output stream it is given.
 *
 * <p>A hidden value is written {@code <N} (N = the smallest count shown) with a legend; an
 * indicator without data says so in words and has no values — never 0.
 */
@Component
class IndicatorExportFiles {

  /** Rows kept in memory by the streaming workbook. */
  static final int WINDOW = 100;

  private static final String FONT_FAMILY = "DejaVu Sans";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private final MessageSource messages;
  private final byte[] regular;
  private final byte[] bold;

  IndicatorExportFiles(MessageSource messages) {
    this.messages = messages;
    this.regular = font("fonts/DejaVuSans.ttf");
    this.bold = font("fonts/DejaVuSans-Bold.ttf");
  }

  // ---------------------------------------------------------------- the figures of one view

  void figuresXlsx(FigureTable table, ZonedDateTime generated, Locale language,
      OutputStream out) {
    workbook(out, (book, styles) -> {
      Sheet sheet = book.createSheet(text("export.sheet.figures", language));
      int r = heading(sheet, styles, title(table, generated, language));
      r++;
      cells(sheet.createRow(r++), styles.header, figureHeader(language).toArray());
      for (Figure f : table.figures()) {
        cells(sheet.createRow(r++), null, figureCells(f, table.minimumCell(), language));
        for (FigureTable.Part part : f.parts()) {
          cells(sheet.createRow(r++), null, "", "    " + partName(part, language), "", "", "",
              value(f.unit(), part.value(), f.hidden(), table.minimumCell()),
              numerator(f.unit(), part.numerator(), f.hidden(), table.minimumCell()),
              denominator(f.unit(), part.denominator(), f.hidden(), table.minimumCell()));
        }
      }
      r++;
      cells(sheet.createRow(r), null, legend(table.minimumCell(), language));
      widths(sheet, 26, 60, 30, 16, 20, 12, 12, 12);
    });
  }

  void figuresPdf(FigureTable table, ZonedDateTime generated, Locale language,
      OutputStream out) {
    var html = new Html(language);
    html.heading(title(table, generated, language));
    html.tableStart(figureHeader(language));
    for (Figure f : table.figures()) {
      html.row(figureCells(f, table.minimumCell(), language));
    }
    html.tableEnd();
    html.paragraph(legend(table.minimumCell(), language));
    pdf(html.toString(), language, out);
  }

  // ---------------------------------------------------------------- the comparison

  void comparisonXlsx(ComparisonTable table, FigureTable figures, ZonedDateTime generated,
      Locale language, OutputStream out) {
    workbook(out, (book, styles) -> {
      Sheet sheet = book.createSheet(text("export.sheet.comparison", language));
      int r = heading(sheet, styles, comparisonTitle(table, figures, generated, language));
      r++;
      cells(sheet.createRow(r++), styles.header, comparisonHeader(language).toArray());
      for (ComparisonTable.Row row : table.rows()) {
        cells(sheet.createRow(r++), null, comparisonCells(row, figures, language));
      }
      r++;
      cells(sheet.createRow(r++), styles.header, text("export.contributions", language));
      for (Contribution c : table.contributions()) {
        cells(sheet.createRow(r++), null, c.code(), nameOf(table, c.code()), c.contribution());
      }
      r++;
      cells(sheet.createRow(r), null, legend(figures.minimumCell(), language));
      widths(sheet, 26, 60, 30, 16, 20, 12, 12, 12, 14, 10, 12);
    });
  }

  void comparisonPdf(ComparisonTable table, FigureTable figures, ZonedDateTime generated,
      Locale language, OutputStream out) {
    var html = new Html(language);
    html.heading(comparisonTitle(table, figures, generated, language));
    html.tableStart(comparisonHeader(language));
    for (ComparisonTable.Row row : table.rows()) {
      html.row(comparisonCells(row, figures, language));
    }
    html.tableEnd();
    if (!table.contributions().isEmpty()) {
      html.paragraph(text("export.contributions", language));
      html.tableStart(List.of(text("export.column.code", language),
          text("catalogue.name", language), text("export.column.points", language)));
      for (Contribution c : table.contributions()) {
        html.row(new Object[] {c.code(), nameOf(table, c.code()), c.contribution()});
      }
      html.tableEnd();
    }
    html.paragraph(legend(figures.minimumCell(), language));
    pdf(html.toString(), language, out);
  }

  // ---------------------------------------------------------------- by territory

  /** Receives one territory's figures after another, to be written at once. */
  interface TerritoryRows extends Consumer<FigureTable> {}

  /**
   * The by-territory XLSX: the title, then one row per territory × indicator, the parent's
   * first. {@code rows} is called with a sink that writes each territory's table as it comes;
   * the workbook keeps {@value #WINDOW} rows in memory.
   */
  void byTerritoryXlsx(FigureTable whole, ZonedDateTime generated, Locale language,
      OutputStream out, Consumer<TerritoryRows> rows) {
    workbook(out, (book, styles) -> {
      Sheet sheet = book.createSheet(text("export.sheet.by-territory", language));
      int[] r = {heading(sheet, styles, title(whole, generated, language)) + 1};
      cells(sheet.createRow(r[0]++), styles.header, byTerritoryHeader(language).toArray());
      TerritoryRows sink = table -> {
        for (Figure f : table.figures()) {
          cells(sheet.createRow(r[0]++), null, byTerritoryCells(table, f, language));
        }
      };
      sink.accept(whole);
      rows.accept(sink);
      cells(sheet.createRow(r[0] + 1), null, legend(whole.minimumCell(), language));
      widths(sheet, 12, 36, 26, 60, 30, 16, 20, 12, 12, 12);
    });
  }

  /** The same rows as CSV (RFC 4180, UTF-8 with a byte-order mark for spreadsheet programs). */
  void byTerritoryCsv(FigureTable whole, Locale language, Writer out,
      Consumer<TerritoryRows> rows) {
    try {
      out.write('\uFEFF');
      csv(out, byTerritoryHeader(language).toArray());
      TerritoryRows sink = table -> {
        for (Figure f : table.figures()) {
          csv(out, byTerritoryCells(table, f, language));
        }
      };
      sink.accept(whole);
      rows.accept(sink);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- cells

  private List<String> figureHeader(Locale language) {
    return List.of(text("export.column.code", language), text("catalogue.name", language),
        text("export.column.block", language), text("catalogue.unit", language),
        text("catalogue.availability", language), text("export.column.value", language),
        text("export.column.numerator", language), text("export.column.denominator", language));
  }

  private Object[] figureCells(Figure f, int minimumCell, Locale language) {
    if (f.availability() == Availability.NO_DATA_YET) {
      return new Object[] {f.code(), f.name(), block(f.block(), language),
          text("catalogue.unit." + f.unit(), language), text("catalogue.no-data", language),
          "", "", ""};
    }
    return new Object[] {f.code(), f.name(), block(f.block(), language),
        text("catalogue.unit." + f.unit(), language), text("catalogue.available", language),
        value(f.unit(), f.value(), f.hidden(), minimumCell),
        numerator(f.unit(), f.numerator(), f.hidden(), minimumCell),
        denominator(f.unit(), f.denominator(), f.hidden(), minimumCell)};
  }

  private List<String> comparisonHeader(Locale language) {
    return List.of(text("export.column.code", language), text("catalogue.name", language),
        text("export.column.block", language), text("catalogue.unit", language),
        text("catalogue.availability", language), text("export.column.value", language),
        text("export.column.previous", language), text("export.column.change", language),
        text("export.column.trend", language), text("export.column.rank", language),
        text("export.column.republic", language));
  }

  private Object[] comparisonCells(ComparisonTable.Row row, FigureTable figures,
      Locale language) {
    String availability = row.availability() == Availability.NO_DATA_YET
        ? text("catalogue.no-data", language) : text("catalogue.available", language);
    if (row.availability() == Availability.NO_DATA_YET) {
      return new Object[] {row.code(), row.name(), block(row.block(), language),
          text("catalogue.unit." + row.unit(), language), availability, "", "", "", "", "", ""};
    }
    return new Object[] {row.code(), row.name(), block(row.block(), language),
        text("catalogue.unit." + row.unit(), language), availability,
        value(row.unit(), row.value(), row.hidden(), figures.minimumCell()),
        value(row.unit(), row.previousValue(), row.previousHidden(), figures.minimumCell()),
        row.change() == null ? "" : row.change(),
        text("export.trend." + row.trend(), language),
        row.rank() == null ? "" : row.rank() + " / " + row.ranked(),
        value(row.unit(), row.republicValue(), row.republicHidden(), figures.minimumCell())};
  }

  private List<String> byTerritoryHeader(Locale language) {
    return List.of(text("export.column.territory-code", language),
        text("export.column.territory", language), text("export.column.code", language),
        text("catalogue.name", language), text("export.column.block", language),
        text("catalogue.unit", language), text("catalogue.availability", language),
        text("export.column.value", language), text("export.column.numerator", language),
        text("export.column.denominator", language));
  }

  private Object[] byTerritoryCells(FigureTable table, Figure f, Locale language) {
    Object[] figure = figureCells(f, table.minimumCell(), language);
    Object[] cells = new Object[figure.length + 2];
    cells[0] = table.territoryCode();
    cells[1] = table.territoryName();
    System.arraycopy(figure, 0, cells, 2, figure.length);
    return cells;
  }

  /** A number as a number; a hidden one as "<N"; none as empty. */
  private static Object value(Unit unit, Double value, boolean hidden, int minimumCell) {
    if (value != null) {
      return unit == Unit.COUNT ? (Object) value.longValue() : value;
    }
    return hidden ? "<" + minimumCell : "";
  }

  /** A median in days has no numerator: never "hidden" there. */
  private static Object numerator(Unit unit, Long count, boolean hidden, int minimumCell) {
    if (count != null) {
      return count;
    }
    return hidden && unit != Unit.DAYS ? "<" + minimumCell : "";
  }

  /** A count has no denominator: never "hidden" there. */
  private static Object denominator(Unit unit, Long count, boolean hidden, int minimumCell) {
    if (count != null) {
      return count;
    }
    return hidden && unit != Unit.COUNT ? "<" + minimumCell : "";
  }

  private String partName(FigureTable.Part part, Locale language) {
    return text("export.part." + part.group(), language) + ": " + part.name();
  }

  private static String nameOf(ComparisonTable table, String code) {
    return table.rows().stream().filter(r -> r.code().equals(code)).map(ComparisonTable.Row::name)
        .findFirst().orElse(code);
  }

  private String block(kz.jol.indicators.domain.Block block, Locale language) {
    return text("catalogue.block." + block, language);
  }

  private List<String> title(FigureTable table, ZonedDateTime generated, Locale language) {
    return List.of(text("export.title.figures", language),
        text("export.territory", language, table.territoryName() + " (" + table.territoryCode()
            + ")"),
        text("export.period", language, table.period(), DAY.format(table.from()),
            DAY.format(table.to())),
        text("export.block", language, blockOrAll(table.figures().stream()
            .map(Figure::block).distinct().toList(), language)),
        text("export.as-of", language, DAY.format(table.asOf())),
        text("export.generated", language, MOMENT.format(generated)));
  }

  private List<String> comparisonTitle(ComparisonTable table, FigureTable figures,
      ZonedDateTime generated, Locale language) {
    List<String> lines = new ArrayList<>(title(figures, generated, language));
    lines.set(0, text("export.title.comparison", language));
    lines.add(text("export.previous-period", language, table.previousPeriod()));
    lines.add(text("export.composite", language,
        table.composite() == null ? "—" : String.valueOf(table.composite()),
        table.compositeRank() == null ? "—" : table.compositeRank() + " / "
            + table.comparedWith()));
    return lines;
  }

  private String blockOrAll(List<kz.jol.indicators.domain.Block> blocks, Locale language) {
    return blocks.size() == 1 ? block(blocks.getFirst(), language)
        : text("export.all-blocks", language);
  }

  private String legend(int minimumCell, Locale language) {
    return text("export.legend", language, "<" + minimumCell, minimumCell);
  }

  private String text(String key, Locale language, Object... args) {
    return messages.getMessage(key, args, key, language);
  }

  // ---------------------------------------------------------------- XLSX

  private record Styles(CellStyle header) {}

  private interface Book {
    void fill(SXSSFWorkbook book, Styles styles) throws IOException;
  }

  private static void workbook(OutputStream out, Book content) {
    var book = new SXSSFWorkbook(WINDOW);
    // Temporary sheet files are compressed: a national export is mostly repeated text.
    book.setCompressTempFiles(true);
    try {
      Font boldFont = book.createFont();
      boldFont.setBold(true);
      CellStyle header = book.createCellStyle();
      header.setFont(boldFont);
      content.fill(book, new Styles(header));
      book.write(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("the export could not be written", e);
    } finally {
      book.dispose();
      try {
        book.close();
      } catch (IOException ignored) {
        // the temporary files are already deleted by dispose()
      }
    }
  }

  private static int heading(Sheet sheet, Styles styles, List<String> lines) {
    int r = 0;
    for (String line : lines) {
      cells(sheet.createRow(r), r == 0 ? styles.header : null, line);
      r++;
    }
    return r;
  }

  private static void cells(Row row, CellStyle style, Object... values) {
    for (int i = 0; i < values.length; i++) {
      var cell = row.createCell(i);
      Object v = values[i];
      if (v instanceof Long l) {
        cell.setCellValue(l);
      } else if (v instanceof Integer n) {
        cell.setCellValue(n);
      } else if (v instanceof Double d) {
        cell.setCellValue(d);
      } else if (v != null && !"".equals(v)) {
        cell.setCellValue(v.toString());
      }
      if (style != null) {
        cell.setCellStyle(style);
      }
    }
  }

  private static void widths(Sheet sheet, int... characters) {
    for (int i = 0; i < characters.length; i++) {
      sheet.setColumnWidth(i, characters[i] * 256);
    }
  }

  // ---------------------------------------------------------------- CSV

  private static void csv(Writer out, Object... values) {
    try {
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          out.write(',');
        }
        String s = values[i] == null ? "" : values[i].toString();
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
          s = '"' + s.replace("\"", "\"\"") + '"';
        }
        out.write(s);
      }
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- PDF

  private void pdf(String xhtml, Locale language, OutputStream out) {
    try (PDDocument document = new PDDocument()) {
      document.getDocumentCatalog().setLanguage(language.toLanguageTag());
      var builder = new PdfRendererBuilder()
          .usePDDocument(document)
          .useFastMode()
          .withProducer("Jol")
          .withHtmlContent(xhtml, null)
          .useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400,
              PdfRendererBuilder.FontStyle.NORMAL, true)
          .useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700,
              PdfRendererBuilder.FontStyle.NORMAL, true)
          .toStream(out);
      // No network, no file system: the document names no external resource.
      builder.useExternalResourceAccessControl((uri, type) -> false,
          ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("the export could not be printed", e);
    }
  }

  /** A small XHTML document of one view: headings, tables, paragraphs; every text escaped. */
  private static final class Html {
    private final StringBuilder s = new StringBuilder();

    Html(Locale language) {
      s.append("<!DOCTYPE html><html lang=\"").append(language.getLanguage())
          .append("\"><head><meta charset=\"UTF-8\"/><style>")
          .append("@page { size: A4 landscape; margin: 12mm; }")
          .append("body { font-family: 'DejaVu Sans'; font-size: 8pt; }")
          .append("h1 { font-size: 12pt; } table { border-collapse: collapse; width: 100%; }")
          .append("th, td { border: 0.5pt solid #777; padding: 2pt; text-align: left; }")
          .append("th { font-weight: 700; }")
          .append("</style></head><body>");
    }

    void heading(List<String> lines) {
      s.append("<h1>").append(escape(lines.getFirst())).append("</h1>");
      lines.subList(1, lines.size()).forEach(this::paragraph);
    }

    void paragraph(String text) {
      s.append("<p>").append(escape(text)).append("</p>");
    }

    void tableStart(List<String> header) {
      s.append("<table><thead><tr>");
      header.forEach(h -> s.append("<th>").append(escape(h)).append("</th>"));
      s.append("</tr></thead><tbody>");
    }

    void row(Object[] cells) {
      s.append("<tr>");
      for (Object c : cells) {
        s.append("<td>").append(escape(c == null ? "" : c.toString())).append("</td>");
      }
      s.append("</tr>");
    }

    void tableEnd() {
      s.append("</tbody></table>");
    }

    @Override
    public String toString() {
      return s + "</body></html>";
    }

    private static String escape(String text) {
      return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
          .replace("\"", "&quot;");
    }
  }

  private static byte[] font(String path) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("the font " + path + " is missing from the build", e);
    }
  }
}
