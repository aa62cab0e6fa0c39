package kz.jol.casework.web;

import static kz.jol.access.Role.PROBATION_HEAD;
import static kz.jol.access.Role.PROBATION_OFFICER;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.casework.RouteSheet;
import kz.jol.casework.RouteSheetPdf;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The route sheet as a PDF download, from the case card ({@code /cases/...}) and from the API
 * ({@code /api/v1/cases/...}): the same document, the same rules. Errors are RFC 9457 problems
 * on both addresses, since the answer is a file, not a page.
 */
@RestController
@Tag(name = "Route sheet", description = "The person's route sheet (маршрутный лист) as a PDF")
class RouteSheetController {

  private final RouteSheet sheets;
  private final RouteSheetPdf pdf;

  RouteSheetController(RouteSheet sheets, RouteSheetPdf pdf) {
    this.sheets = sheets;
    this.pdf = pdf;
  }

  @GetMapping({"/cases/{id}/route-sheet.pdf", "/api/v1/cases/{id}/route-sheet.pdf"})
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  @Operation(summary = "The person's route sheet as a printable PDF",
      description = "Open plan actions and open referrals as steps in date order: what to do, "
          + "the office with its address and phone, what to bring, by which day; and whom to "
          + "call when stuck. Only the person's name identifies them: no IIN, no case "
          + "details. A case without a plan in force says the plan is being prepared. The "
          + "export is written to the audit trail. 404 for a case out of reach; 400 "
          + "casework.route-sheet.language for a language other than kk or ru.",
      responses = @ApiResponse(responseCode = "200", description = "The PDF, as an attachment",
          content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
              schema = @Schema(type = "string", format = "binary"))))
  ResponseEntity<byte[]> routeSheet(@PathVariable UUID id,
      @Parameter(description = "kk or ru: the person's language; by default the reader's if it "
          + "is one of them, else kk")
      @RequestParam(required = false) String lang) {
    Locale language = RouteSheet.language(lang == null ? defaultLanguage() : lang);
    RouteSheet.Content sheet = sheets.of(id, language);
    byte[] document = pdf.print(sheet);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(fileName(sheet)).build().toString())
        // A person's data: not for shared caches or the browser's disk cache.
        .cacheControl(CacheControl.noStore())
        .body(document);
  }

  private static String defaultLanguage() {
    String reader = LocaleContextHolder.getLocale().getLanguage();
    return RouteSheet.LANGUAGES.contains(reader) ? reader : "kk";
  }

  /** ASCII only, so that every browser and mail client keeps the name as it is. */
  static String fileName(RouteSheet.Content sheet) {
    String number = sheet.caseNumber() == null ? "" : sheet.caseNumber()
        .replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
    return "route-sheet" + (number.isEmpty() ? "" : "-" + number) + "-"
        + sheet.language().getLanguage() + ".pdf";
  }
}
