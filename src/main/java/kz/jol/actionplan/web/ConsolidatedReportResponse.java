package kz.jol.actionplan.web;

import java.util.Locale;
import java.util.UUID;
import kz.jol.actionplan.application.ActionPlanService;
import kz.jol.shared.InvalidInputException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The consolidated report as a download, for the page and the API alike. */
final class ConsolidatedReportResponse {

  static final MediaType XLSX = MediaType.parseMediaType(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private ConsolidatedReportResponse() {}

  static ResponseEntity<byte[]> of(ActionPlanService service, ConsolidatedReportFiles files,
      UUID planId, String format, Integer year, String language) {
    // English readers get Russian: the ministry's papers are in the state and official language.
    String lang = "en".equals(language) ? "ru" : language;
    if (!ConsolidatedReportFiles.LANGUAGES.contains(lang)) {
      throw new InvalidInputException("language", "actionplan.language",
          "kk or ru", String.valueOf(language));
    }
    Locale locale = Locale.forLanguageTag(lang);
    var report = service.consolidated(planId, year);
    boolean pdf = "pdf".equals(format);
    byte[] body = pdf ? files.pdf(report, locale) : files.xlsx(report, locale);
    String name = report.plan().code() + "-" + (year == null ? "final" : "evaluation-" + year)
        + "-" + lang + "." + format;
    return ResponseEntity.ok()
        .contentType(pdf ? MediaType.APPLICATION_PDF : XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .cacheControl(CacheControl.noStore())
        .body(body);
  }
}
