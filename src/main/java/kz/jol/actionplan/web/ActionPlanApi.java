package kz.jol.actionplan.web;

import static kz.jol.access.Role.ADMIN;
import static kz.jol.access.Role.AGENCY_HEAD;
import static kz.jol.access.Role.AGENCY_WORKER;
import static kz.jol.access.Role.ANALYST;
import static kz.jol.access.Role.PROBATION_HEAD;
import static kz.jol.access.Role.PROSECUTOR;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.actionplan.application.ActionPlanService;
import kz.jol.actionplan.application.ActionPlanService.ReportInput;
import kz.jol.actionplan.application.ActionPlanService.Slot;
import kz.jol.actionplan.application.PlanData.Assignment;
import kz.jol.actionplan.application.PlanData.MeasureItem;
import kz.jol.actionplan.application.PlanData.Plan;
import kz.jol.actionplan.domain.Deadline;
import kz.jol.actionplan.domain.MeasureState;
import kz.jol.actionplan.domain.ReportState;
import kz.jol.actionplan.domain.Timeliness;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Action plans, their measures, the executors' half-year reports and the reporting discipline. */
@RestController
@Tag(name = "Action plans", description = "Government action plans (decree No. 912): measures, "
    + "executors' half-year reports, reporting discipline")
class ActionPlanApi {

  private final ActionPlanService service;
  private final ConsolidatedReportFiles files;

  ActionPlanApi(ActionPlanService service, ConsolidatedReportFiles files) {
    this.service = service;
    this.files = files;
  }

  /** A plan's heading. */
  record PlanJson(UUID id, String code, String titleKk, String titleRu, String titleEn,
      String approvedByRu, String amendmentNoteRu, LocalDate startsOn, LocalDate endsOn,
      LocalDate finalReportDue) {

    static PlanJson of(Plan p) {
      return new PlanJson(p.id(), p.code(), p.titleKk(), p.titleRu(), p.titleEn(),
          p.approvedByRu(), p.amendmentNoteRu(), p.startsOn(), p.endsOn(), p.finalReportDue());
    }
  }

  /** An executor of a measure. */
  record ExecutorJson(String code, String nameRu, String role, boolean byAgreement) {

    static ExecutorJson of(Assignment a) {
      return new ExecutorJson(a.body().code(), a.body().nameRu(), a.role().name(),
          a.byAgreement());
    }
  }

  /** A deadline: as written, its kind and parts, and the last day it allows. */
  record DeadlineJson(String text, Deadline.Kind kind, int year, Integer part, Integer toYear,
      LocalDate lastDay) {}

  /** A measure with its state as of today. */
  record MeasureJson(UUID id, int number, String textRu, String textKk, boolean textKkOfficial,
      String completionFormRu, String completionFormKk, List<ExecutorJson> executors,
      DeadlineJson deadline, String costRu, MeasureState state) {

    static MeasureJson of(MeasureItem m, MeasureState state) {
      Deadline d = m.deadline();
      return new MeasureJson(m.id(), m.number(), m.textRu(), m.textKk(), m.textKkOfficial(),
          m.formRu(), m.formKk(), m.executors().stream().map(ExecutorJson::of).toList(),
          new DeadlineJson(m.deadlineTextRu(), d.kind(), d.year(),
              d.part() == 0 ? null : d.part(), d.toYear() == 0 ? null : d.toYear(),
              d.lastDay()), m.costRu(), state);
    }
  }

  /** An expected report: filed or not, and how it stands against its due day. */
  record ReportJson(int measureNumber, String executor, boolean consolidated, String period,
      LocalDate due, Timeliness.Status timeliness, long daysLate, UUID reportId,
      ReportState claimed, String text, LocalDate filedOn) {

    static ReportJson of(Slot s) {
      var r = s.report();
      return new ReportJson(s.measureNumber(), s.executor().body().code(), s.consolidated(),
          s.period().key(), s.due(), s.timeliness().status(), s.timeliness().daysLate(),
          r == null ? null : r.id(), r == null ? null : r.claimed(), r == null ? null : r.text(),
          r == null ? null : r.filedOn());
    }
  }

  record PlanDetailJson(PlanJson plan, Map<MeasureState, Long> states,
      List<MeasureJson> measures) {}

  record MeasureDetailJson(MeasureJson measure, List<String> youMayFileFor,
      List<ReportJson> reports) {}

  record DisciplineJson(String executor, String nameRu, int onTime, int late, int missing,
      int notYetDue, List<ReportJson> flagged) {}

  record DashboardJson(PlanJson plan, LocalDate asOf, List<DisciplineJson> executors) {}

  record Members(List<UUID> organisationIds) {}

  @GetMapping("/api/v1/action-plans")
  @Allowed({AGENCY_WORKER, AGENCY_HEAD, PROBATION_HEAD, PROSECUTOR, ANALYST, ADMIN})
  @Operation(summary = "The plans the caller may see: every plan for the ministry (an admin, "
      + "an analyst of a MINISTRY organisation), else those naming the caller's organisation "
      + "among their executors")
  List<PlanJson> plans() {
    return service.plans().stream().map(PlanJson::of).toList();
  }

  @GetMapping("/api/v1/action-plans/{planId}")
  @Allowed({AGENCY_WORKER, AGENCY_HEAD, PROBATION_HEAD, PROSECUTOR, ANALYST, ADMIN})
  @Operation(summary = "A plan with its measures: text (ru, kk), form of completion, executors "
      + "(LEAD = «созыв», byAgreement = «по согласованию»), deadline, cost, and state as of today")
  PlanDetailJson plan(@PathVariable UUID planId) {
    var view = service.plan(planId);
    return new PlanDetailJson(PlanJson.of(view.plan()), view.states(), view.measures().stream()
        .map(l -> MeasureJson.of(l.measure(), l.state())).toList());
  }

  @GetMapping("/api/v1/action-plans/{planId}/measures/{measureId}")
  @Allowed({AGENCY_WORKER, AGENCY_HEAD, PROBATION_HEAD, PROSECUTOR, ANALYST, ADMIN})
  @Operation(summary = "A measure with every report it is owed, latest half-year first")
  MeasureDetailJson measure(@PathVariable UUID planId, @PathVariable UUID measureId) {
    var view = service.measure(planId, measureId);
    return new MeasureDetailJson(MeasureJson.of(view.line().measure(), view.line().state()),
        view.fileable().stream().map(a -> a.body().code()).toList(),
        view.line().periods().stream().flatMap(p -> p.slots().stream()).map(ReportJson::of)
            .toList());
  }

  @PostMapping("/api/v1/action-plans/{planId}/measures/{measureId}/reports")
  @Allowed({AGENCY_WORKER, AGENCY_HEAD, PROBATION_HEAD, PROSECUTOR, ANALYST})
  @Operation(summary = "File the caller's organisation's half-year report on a measure",
      description = """
          executor: the code of the executor reported for (may be left out when the caller's
          organisation acts for one executor of the measure); a lead's report is the measure's
          consolidated report. period: the half-year, e.g. 2026-H1, of the plan and begun.
          state: NOT_STARTED, IN_PROGRESS or DONE. text: what was done, up to 8000 characters.
          Due by the 10th of the month after the half-year (10 July, 10 January); a later
          report is accepted and marked late with the days. Every problem is reported at once
          (400); a second report for the same half-year is a 409; an organisation that is not
          an executor of the measure gets a 403.""",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = @ExampleObject(name = "MTSZN, 2017-H1",
          value = """
              {"executor": "MTSZN", "period": "2017-H1", "state": "IN_PROGRESS",
               "text": "Проект «Встреча у ворот» разработан совместно с МВД; в пилотных \
              регионах трудоустроено 12 освобожденных."}"""))))
  ResponseEntity<ReportJson> file(@PathVariable UUID planId, @PathVariable UUID measureId,
      @RequestBody ReportInput input) {
    Slot slot = service.file(planId, measureId, input);
    return ResponseEntity.created(URI.create(
            "/api/v1/action-plans/" + planId + "/measures/" + measureId))
        .body(ReportJson.of(slot));
  }

  @GetMapping("/api/v1/action-plans/{planId}/discipline")
  @Allowed({AGENCY_WORKER, AGENCY_HEAD, PROBATION_HEAD, PROSECUTOR, ANALYST, ADMIN})
  @Operation(summary = "Reporting discipline: per executor, its owed reports on time, late, "
      + "missing and not yet due, with the late and missing ones listed")
  DashboardJson discipline(@PathVariable UUID planId) {
    var d = service.dashboard(planId);
    return new DashboardJson(PlanJson.of(d.plan()), d.asOf(), d.executors().stream()
        .map(e -> new DisciplineJson(e.executor().code(), e.executor().nameRu(), e.onTime(),
            e.late(), e.missing(), e.notYetDue(),
            e.flagged().stream().map(ReportJson::of).toList()))
        .toList());
  }

  @GetMapping({"/api/v1/action-plans/{planId}/report.pdf",
      "/api/v1/action-plans/{planId}/report.xlsx"})
  @Allowed({ANALYST, ADMIN})
  @Operation(summary = "The ministry's consolidated report on the plan as PDF or XLSX",
      description = "With year: the yearly evaluation of that year of the plan (the reports of "
          + "its half-years); without: the final consolidated report on the whole plan, due on "
          + "the plan's finalReportDue (25.02.2020 for decree No. 912). Each measure with its "
          + "state and the lead's latest consolidated report; each executor's reporting "
          + "discipline. language: kk or ru (default kk). For the ministry only: an analyst of "
          + "a MINISTRY organisation or an administrator (403 for others).")
  ResponseEntity<byte[]> report(@PathVariable UUID planId,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String language,
      jakarta.servlet.http.HttpServletRequest request) {
    String format = request.getRequestURI().endsWith(".xlsx") ? "xlsx" : "pdf";
    return ConsolidatedReportResponse.of(service, files, planId, format, year,
        language == null ? "kk" : language);
  }

  @GetMapping("/api/v1/action-plans/{planId}/executors")
  @Allowed(ADMIN)
  @Operation(summary = "The organisations acting for each executor of the plan, by its code")
  Map<String, List<UUID>> executors(@PathVariable UUID planId) {
    return service.members(planId);
  }

  @PutMapping("/api/v1/action-plans/{planId}/executors/{code}/organisations")
  @Allowed(ADMIN)
  @Operation(summary = "Set which of Jol's organisations act for an executor: their users file "
      + "its reports",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = @ExampleObject(name = "one organisation",
          value = "{\"organisationIds\": [\"5f0c8a9e-3c1b-4e2a-9d7f-1a2b3c4d5e6f\"]}"))))
  Members replace(@PathVariable UUID planId, @PathVariable String code,
      @RequestBody Members members) {
    return new Members(service.replaceMembers(planId, code, members.organisationIds()));
  }
}
