package kz.jol.actionplan.web;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.jol.actionplan.application.ActionPlanService.Consolidated;
import kz.jol.actionplan.application.ActionPlanService.Discipline;
import kz.jol.actionplan.application.ActionPlanService.MeasureLine;
import kz.jol.actionplan.application.PlanData.Report;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The consolidated report of a plan — the ministry's yearly evaluation or the final report —
 * as a PDF (Thymeleaf XHTML laid out by openhtmltopdf with the bundled DejaVu fonts, which have
 * every Kazakh letter) and as an XLSX workbook (Apache POI): each measure with its state and the
 * lead's latest consolidated report, and each executor's reporting discipline. In Kazakh or
 * Russian, the languages of the ministry's papers.
 */
@Component
class ConsolidatedReportFiles {

  /** The languages the report is made in. */
  static final List<String> LANGUAGES = List.of("kk", "ru");

  private static final String FONT_FAMILY = "DejaVu Sans";

  private final ITemplateEngine templates;
  private final MessageSource messages;
  private final byte[] regular;
  private final byte[] bold;

  ConsolidatedReportFiles(ITemplateEngine templates, MessageSource messages) {
    this.templates = templates;
    this.messages = messages;
    this.regular = font("fonts/DejaVuSans.ttf");
    this.bold = font("fonts/DejaVuSans-Bold.ttf");
  }

  byte[] pdf(Consolidated report, Locale language) {
    var context = new Context(language, Map.of("report", report,
        "labels", new ActionPlanLabels(messages, language)));
    String xhtml = templates.process("actionplan/consolidated-report", context);
    var out = new ByteArrayOutputStream();
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
      // No network, no file system: the template names no external resource.
      builder.useExternalResourceAccessControl((uri, type) -> false,
          ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("the consolidated report could not be printed", e);
    }
    return out.toByteArray();
  }

  byte[] xlsx(Consolidated report, Locale language) {
    var labels = new ActionPlanLabels(messages, language);
    try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
      Font boldFont = book.createFont();
      boldFont.setBold(true);
      CellStyle header = book.createCellStyle();
      header.setFont(boldFont);
      CellStyle wrap = book.createCellStyle();
      wrap.setWrapText(true);

      Sheet measures = book.createSheet(text("actionplan.report.sheet.measures", language));
      row(measures, 0, header, title(report, language));
      row(measures, 1, null, text("actionplan.report.as-of", language, labels.date(report.asOf())));
      row(measures, 3, header, "№", text("actionplan.page.measure", language),
          text("actionplan.page.form", language), text("actionplan.page.executors", language),
          text("actionplan.page.deadline", language), text("actionplan.page.state", language),
          text("actionplan.report.latest", language));
      int r = 4;
      for (MeasureLine line : report.measures()) {
        var m = line.measure();
        Report latest = Consolidated.latestConsolidated(line);
        Row row = row(measures, r++, wrap, null, m.text(language), m.form(language),
            String.join(", ", m.executors().stream().map(a -> a.body().abbrev(language)
                + (a.lead() ? " (" + text("actionplan.page.lead", language) + ")" : "")
                + (a.byAgreement() ? " (" + text("actionplan.page.by-agreement", language) + ")"
                    : "")).toList()),
            m.deadlineText(language), text("actionplan.state." + line.state(), language),
            latest == null ? "—" : labels.period(latest.period()) + ": " + latest.text());
        row.getCell(0).setCellValue(m.number());
      }
      measures.setColumnWidth(0, 6 * 256);
      measures.setColumnWidth(1, 70 * 256);
      for (int c = 2; c <= 5; c++) {
        measures.setColumnWidth(c, 22 * 256);
      }
      measures.setColumnWidth(6, 60 * 256);

      Sheet discipline = book.createSheet(text("actionplan.report.sheet.discipline", language));
      row(discipline, 0, header, text("actionplan.page.discipline.title", language));
      row(discipline, 2, header, text("actionplan.page.executor", language),
          text("actionplan.timeliness.ON_TIME", language),
          text("actionplan.timeliness.LATE", language),
          text("actionplan.timeliness.MISSING", language),
          text("actionplan.timeliness.NOT_YET_DUE", language));
      r = 3;
      for (Discipline d : report.discipline()) {
        Row row = row(discipline, r++, null, d.executor().name(language));
        row.createCell(1).setCellValue(d.onTime());
        row.createCell(2).setCellValue(d.late());
        row.createCell(3).setCellValue(d.missing());
        row.createCell(4).setCellValue(d.notYetDue());
      }
      discipline.setColumnWidth(0, 60 * 256);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("the consolidated report could not be written", e);
    }
  }

  /** «Жылдық бағалау: 2017», «Итоговый консолидированный отчет» with the plan's title. */
  String title(Consolidated report, Locale language) {
    return report.isFinal() ? text("actionplan.report.final", language)
        : text("actionplan.report.yearly", language, String.valueOf(report.year()));
  }

  private static Row row(Sheet sheet, int index, CellStyle style, String... values) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      var cell = row.createCell(i);
      if (values[i] != null) {
        cell.setCellValue(values[i]);
      }
      if (style != null) {
        cell.setCellStyle(style);
      }
    }
    return row;
  }

  private String text(String key, Locale language, Object... args) {
    return messages.getMessage(key, args, key, language);
  }

  private static byte[] font(String path) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("the font " + path + " is missing from the build", e);
    }
  }
}
