package kz.jol.casework.web;

import static kz.jol.access.Role.PROBATION_HEAD;
import static kz.jol.access.Role.PROBATION_OFFICER;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.Allowed;
import kz.jol.access.CurrentActor;
import kz.jol.casework.Caseload;
import kz.jol.casework.CaseloadExport;
import kz.jol.register.CaseState;
import kz.jol.reintegration.domain.RiskLevel;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caseload as a file (issue 9, point 4), from the caseload page's download form
 * ({@code /caseload.xlsx}, {@code /caseload.csv}, session) and from the API
 * ({@code /api/v1/caseload.*}, HTTP Basic): the same filters as {@code GET /caseload}, the same
 * reach (an officer's own cases or unit, a head's territory), every matching case rather than a
 * page. Errors are RFC 9457 problems on both addresses, as for the route sheet: the answer is a
 * file, not a page, and nothing of the file is sent before the filters are checked.
 */
@RestController
@Tag(name = "Caseload", description = "The caseload of an officer or a probation unit")
class CaseloadExports {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String CSV = "text/csv;charset=UTF-8";
  private static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");

  private final CaseloadExport export;
  private final CaseloadExportFiles files;
  private final CurrentActor currentActor;
  private final MessageSource messages;
  private final Clock clock;

  CaseloadExports(CaseloadExport export, CaseloadExportFiles files, CurrentActor currentActor,
      MessageSource messages, Clock clock) {
    this.export = export;
    this.files = files;
    this.currentActor = currentActor;
    this.messages = messages;
    this.clock = clock;
  }

  private static final String DESCRIPTION = """
      Every case of the caller's caseload that the filters match (not one page), one row per \
      case in case-number order (region, year, serial; the page's urgency order needs the \
      whole caseload in memory and is not repeated): case number, kind, state, person, the \
      IIN only with `iin=true`, district (KATO code and name), officer, registration date, \
      recorded risk level (R0–R3, as the last assessment or the sweep left it), integral \
      index, critical failures (domains at R3), the plan's state and due date, open and \
      overdue referrals, the next milestone and the last contact. Headers in `lang`, dates \
      ISO 8601. An officer exports their own cases (`view=unit`: the unit's); a head the \
      territory's (`officer` and `territory` narrow it). Streamed from the database as it is \
      written; the export is one audit entry (who, filter, number of cases) with the cases' \
      ids. 400 for a bad filter, in the caller's language.""";

  @GetMapping({"/caseload.xlsx", "/api/v1/caseload.xlsx"})
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  @Operation(summary = "The caseload as an XLSX workbook", description = DESCRIPTION,
      responses = @ApiResponse(responseCode = "200", description = "The workbook, attached",
          content = @Content(mediaType = XLSX, schema = @Schema(type = "string",
              format = "binary"))))
  void xlsx(
      @Parameter(description = "An officer's: mine (default) or unit")
      @RequestParam(required = false) String view,
      @Parameter(description = "A head's: one officer's user id")
      @RequestParam(required = false) String officer,
      @Parameter(description = "KATO code: only cases in it or below (e.g. one district)")
      @RequestParam(required = false) String territory,
      @Parameter(description = "A case state, or ALL; default every open case")
      @RequestParam(required = false) String state,
      @Parameter(description = "R0, R1, R2 or R3: the highest recorded risk")
      @RequestParam(required = false) String risk,
      @Parameter(description = "week: a milestone or referral deadline within 7 days")
      @RequestParam(required = false) String due,
      @Parameter(description = "The person's name words or IIN (or its first digits)")
      @RequestParam(required = false) String q,
      @Parameter(description = "true: a column with the person's IIN")
      @RequestParam(required = false) boolean iin,
      @Parameter(description = "kk, ru or en: the file's language; default the caller's")
      @RequestParam(required = false) String lang,
      Locale reader, HttpServletResponse response) {
    Request request = request(view, officer, territory, state, risk, due, q, lang, reader);
    files.xlsx(request.language(), iin,
        sink -> export.export(request.query(), iin ? "xlsx with IIN" : "xlsx", sink),
        () -> start(response, XLSX, fileName(request.language(), "xlsx")),
        output(response));
  }

  @GetMapping({"/caseload.csv", "/api/v1/caseload.csv"})
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  @Operation(summary = "The caseload as CSV (UTF-8), streamed", description = DESCRIPTION,
      responses = @ApiResponse(responseCode = "200", description = "RFC 4180, UTF-8 with BOM",
          content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
  void csv(@RequestParam(required = false) String view,
      @RequestParam(required = false) String officer,
      @RequestParam(required = false) String territory,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String risk,
      @RequestParam(required = false) String due,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) boolean iin,
      @RequestParam(required = false) String lang,
      Locale reader, HttpServletResponse response) {
    Request request = request(view, officer, territory, state, risk, due, q, lang, reader);
    var out = new BufferedWriter(new OutputStreamWriter(output(response),
        StandardCharsets.UTF_8), 1 << 16);
    files.csv(request.language(), iin,
        sink -> export.export(request.query(), iin ? "csv with IIN" : "csv", sink),
        () -> start(response, CSV, fileName(request.language(), "csv")), out);
  }

  /** The checked filters and the file's language. */
  private record Request(CaseloadExport.Query query, Locale language) {}

  /** Checks every filter at once, as the page reads them; a problem names each bad one. */
  private Request request(String view, String officer, String territory, String state,
      String risk, String due, String q, String lang, Locale reader) {
    Actor actor = currentActor.require();
    boolean head = actor.is(PROBATION_HEAD);
    List<FieldProblem> problems = new ArrayList<>();
    String v = blankToNull(view);
    if (v != null && !v.equals("mine") && !v.equals("unit")) {
      problems.add(new FieldProblem("view", "casework.export.view", "view is mine or unit", v));
    }
    boolean mine = !head && !"unit".equals(v);
    UUID officerId = null;
    String o = blankToNull(officer);
    if (o != null && head) {
      try {
        officerId = UUID.fromString(o);
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("officer", "casework.caseload.officer",
            "not an officer's id", o));
      }
    }
    CaseState caseState = null;
    boolean allStates = false;
    String s = blankToNull(state);
    if (s != null) {
      if (s.equalsIgnoreCase("ALL")) {
        allStates = true;
      } else {
        try {
          caseState = CaseState.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          problems.add(new FieldProblem("state", "casework.export.state",
              "a case state or ALL", s));
        }
      }
    }
    RiskLevel level = null;
    String r = blankToNull(risk);
    if (r != null) {
      try {
        level = RiskLevel.valueOf(r.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("risk", "field.type", "is not a risk level", r,
            "R0, R1, R2, R3"));
      }
    }
    String d = blankToNull(due);
    if (d != null && !d.equals("week")) {
      problems.add(new FieldProblem("due", "casework.export.due", "due is week", d));
    }
    Locale language = reader != null && LANGUAGES.contains(reader.getLanguage())
        ? Locale.forLanguageTag(reader.getLanguage()) : Locale.forLanguageTag("kk");
    String l = blankToNull(lang);
    if (l != null) {
      if (LANGUAGES.contains(l.toLowerCase(Locale.ROOT))) {
        language = Locale.forLanguageTag(l.toLowerCase(Locale.ROOT));
      } else {
        problems.add(new FieldProblem("lang", "casework.export.language",
            "a file is written in kk, ru or en", l));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Request(new CaseloadExport.Query(new Caseload.Query(mine, officerId, caseState,
        level, d != null, blankToNull(q)), allStates, blankToNull(territory)), language);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static java.io.OutputStream output(HttpServletResponse response) {
    try {
      return response.getOutputStream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void start(HttpServletResponse response, String type, String fileName) {
    response.setContentType(type);
    // RFC 6266 / 5987: the readable name in UTF-8 alone.
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20")
            .replace("*", "%2A"));
    // Persons' data: not for shared caches or the browser's disk cache.
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
  }

  /** «Жұмыс тізімі — 2026-11-25.xlsx». */
  private String fileName(Locale language, String extension) {
    return messages.getMessage("casework.export.file", null, "caseload", language) + " — "
        + LocalDate.now(clock) + "." + extension;
  }
}
