package kz.jol.casework.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import kz.jol.casework.Caseload;
import kz.jol.casework.CaseloadExport;
import kz.jol.register.application.CaseSummary;
import kz.jol.register.application.CaseView;
import kz.jol.territory.Territories;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes caseload export lines as XLSX (POI's streaming workbook: {@value #WINDOW} rows in
 * memory, the rest in a compressed temporary file, disposed in {@code finally}) or CSV (RFC 4180,
 * UTF-8 with a byte-order mark), headers in the file's language, dates in ISO 8601 (as text in
 * XLSX, so that no spreadsheet turns them into its locale's format), counts and the index as
 * numbers. One line is formatted at a time; the texts of kinds, states, domains and districts
 * are looked up once per file.
 */
@Component
class CaseloadExportFiles {

  /** Rows kept in memory by the streaming workbook. */
  static final int WINDOW = 100;

  private final MessageSource messages;
  private final Territories territories;

  CaseloadExportFiles(MessageSource messages, Territories territories) {
    this.messages = messages;
    this.territories = territories;
  }

  /**
   * Fills an XLSX workbook with the header and the lines {@code lines} hands to its sink, then
   * calls {@code ready} and writes the workbook to {@code out}.
   */
  void xlsx(Locale language, boolean withIin, Consumer<Consumer<CaseloadExport.Line>> lines,
      Runnable ready, OutputStream out) {
    Cells cells = new Cells(language, withIin);
    var book = new SXSSFWorkbook(WINDOW);
    // A national export is mostly repeated text: the temporary sheet file is compressed.
    book.setCompressTempFiles(true);
    try {
      Font bold = book.createFont();
      bold.setBold(true);
      CellStyle header = book.createCellStyle();
      header.setFont(bold);
      SXSSFSheet sheet = book.createSheet(text("casework.export.sheet", language));
      sheet.createFreezePane(0, 1);
      List<String> titles = cells.header();
      Row top = sheet.createRow(0);
      for (int i = 0; i < titles.size(); i++) {
        var cell = top.createCell(i);
        cell.setCellValue(titles.get(i));
        cell.setCellStyle(header);
        sheet.setColumnWidth(i, Math.min(40, Math.max(10, titles.get(i).length() + 2)) * 256);
      }
      int[] r = {1};
      lines.accept(line -> {
        Row row = sheet.createRow(r[0]++);
        List<Object> values = cells.of(line);
        for (int i = 0; i < values.size(); i++) {
          Object v = values.get(i);
          if (v instanceof Integer n) {
            row.createCell(i).setCellValue(n);
          } else if (v != null && !"".equals(v)) {
            row.createCell(i).setCellValue(v.toString());
          }
        }
      });
      ready.run();
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

  /**
   * Writes the CSV: {@code ready} is called before the first byte (the header goes out with
   * the first line, or alone when there is none).
   */
  void csv(Locale language, boolean withIin, Consumer<Consumer<CaseloadExport.Line>> lines,
      Runnable ready, Writer out) {
    Cells cells = new Cells(language, withIin);
    boolean[] started = {false};
    Runnable start = () -> {
      if (!started[0]) {
        started[0] = true;
        ready.run();
        try {
          out.write('\uFEFF');
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        csv(out, cells.header());
      }
    };
    lines.accept(line -> {
      start.run();
      csv(out, cells.of(line));
    });
    start.run();
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The columns in the file's language. */
  private final class Cells {

    private final Locale language;
    private final boolean withIin;
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, String> districts = new HashMap<>();

    Cells(Locale language, boolean withIin) {
      this.language = language;
      this.withIin = withIin;
    }

    List<String> header() {
      List<String> keys = new ArrayList<>(List.of("case-number", "kind", "state", "person"));
      if (withIin) {
        keys.add("iin");
      }
      keys.addAll(List.of("district-code", "district", "officer", "registered-on", "risk",
          "index", "critical", "plan", "plan-due", "referrals-open", "referrals-overdue",
          "overdue-since", "next", "next-on", "last-contact"));
      return keys.stream().map(k -> text("casework.export.column." + k)).toList();
    }

    List<Object> of(CaseloadExport.Line line) {
      Caseload.Row row = line.row();
      CaseSummary c = row.c();
      boolean closed = line.plan() == CaseloadExport.PlanState.NONE;
      List<Object> v = new ArrayList<>(20);
      v.add(c.caseNumber());
      v.add(text("register.case.kind." + c.kind()));
      v.add(text("register.case.state." + c.state()));
      v.add(name(c.person()));
      if (withIin) {
        v.add(c.person().iin());
      }
      v.add(c.territoryCode());
      v.add(districts.computeIfAbsent(c.territoryCode(),
          code -> territories.name(code, language).orElse(code)));
      v.add(c.officer() == null || c.officer().fullName() == null ? ""
          : c.officer().fullName());
      v.add(iso(c.registrationDate()));
      v.add(row.risk() == null ? "" : row.risk().name());
      v.add(closed ? "" : (Object) row.index());
      v.add(row.critical().stream().map(d -> text("casework.caseload.domain." + d))
          .collect(Collectors.joining(", ")));
      v.add(text("casework.export.plan." + line.plan()));
      v.add(iso(line.planDueOn()));
      v.add(closed ? "" : (Object) line.referralsOpen());
      v.add(closed ? "" : (Object) row.referralsOverdue());
      v.add(iso(row.referralOverdueSince()));
      v.add(row.next() == null ? "" : text("casework.caseload.milestone." + row.next().kind()));
      v.add(row.next() == null ? "" : iso(row.next().date()));
      v.add(iso(line.lastContact()));
      return v;
    }

    private String text(String key) {
      return texts.computeIfAbsent(key, k -> CaseloadExportFiles.this.text(k, language));
    }
  }

  private static String name(CaseView.PersonRef person) {
    return person.lastName() + " " + person.firstName()
        + (person.middleName() == null || person.middleName().isBlank() ? ""
            : " " + person.middleName());
  }

  private static String iso(LocalDate day) {
    return day == null ? "" : day.toString();
  }

  private String text(String key, Locale language) {
    return messages.getMessage(key, null, key, language);
  }

  private static void csv(Writer out, List<?> values) {
    try {
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        Object value = values.get(i);
        String s = value == null ? "" : value.toString();
        // A name typed as "=..." must not become a formula when the file is opened.
        if (value instanceof String && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
          s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
            || s.indexOf('\r') >= 0) {
          s = '"' + s.replace("\"", "\"\"") + '"';
        }
        out.write(s);
      }
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
