package kz.jol.supervision.web;

import static kz.jol.access.Role.POLICE_INSPECTOR;
import static kz.jol.access.Role.PROBATION_HEAD;
import static kz.jol.access.Role.PROBATION_OFFICER;
import static kz.jol.access.Role.PROSECUTOR;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.supervision.application.AlertService;
import kz.jol.supervision.application.ScheduleService;
import kz.jol.supervision.application.SupervisionService;
import kz.jol.supervision.domain.EventInput;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's supervision: its standing, the history of events, the court's duties, the check-in
 * schedule and the expected check-ins; and the alerts of the caller's caseload. Rules:
 * {@code docs/supervision.md}.
 */
@RestController
@Tag(name = "Supervision", description = "Check-ins, home visits, violations, wanted, court "
    + "submissions and duties of a case under probation")
class SupervisionApi {

  private final SupervisionService supervision;
  private final ScheduleService schedules;
  private final AlertService alerts;

  SupervisionApi(SupervisionService supervision, ScheduleService schedules,
      AlertService alerts) {
    this.supervision = supervision;
    this.schedules = schedules;
    this.alerts = alerts;
  }

  @GetMapping("/api/v1/cases/{id}/supervision")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD, PROSECUTOR, POLICE_INSPECTOR})
  @Operation(summary = "The case's supervision standing: state, wanted since, last contact and "
      + "(for probation staff and prosecutors) the submissions awaiting the court")
  SupervisionService.Standing standing(@PathVariable UUID id) {
    return supervision.standing(id);
  }

  @GetMapping("/api/v1/cases/{id}/supervision/events")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD, PROSECUTOR, POLICE_INSPECTOR})
  @Operation(summary = "The case's supervision history, oldest first",
      description = "A police inspector gets no requests for help and no notes or excuse "
          + "reasons (they may be about health or family).")
  List<SupervisionService.EventView> events(@PathVariable UUID id) {
    return supervision.events(id);
  }

  @PostMapping("/api/v1/cases/{id}/supervision/events")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD, POLICE_INSPECTOR})
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record a supervision event; the case's state follows",
      description = """
          kind is one of CHECK_IN (result ATTENDED, MISSED or EXCUSED with excuseReason), \
          HOME_VISIT (result FOUND_AT_HOME, NOT_AT_HOME, LIVES_ELSEWHERE, REFUSED_ENTRY, \
          ADDRESS_NOT_FOUND), VIOLATION (violationType), WARNING (violationIds), \
          WANTED_DECLARED (the case becomes WANTED), WANTED_ENDED (foundHow; the case becomes \
          ACTIVE), ADMIN_OFFENCE and CRIMINAL_OFFENCE (article), COURT_SUBMISSION \
          (submissionKind), COURT_DECISION (submissionId, decision GRANTED or REFUSED; granting \
          a revocation or replacement closes the case as REVOKED), HELP_REQUEST (helpTopic). \
          A police inspector records HOME_VISIT and WANTED_ENDED only. 409 \
          supervision.case-closed, supervision.already-wanted, supervision.not-wanted, \
          supervision.no-open-submission, supervision.submission-open, \
          supervision.check-in-recorded.""",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = {
              @ExampleObject(name = "missed check-in", value = """
                  {"kind": "CHECK_IN", "day": "2026-11-20", "result": "MISSED",
                   "note": "Не явилась, телефон не отвечает"}"""),
              @ExampleObject(name = "wanted declared", value = """
                  {"kind": "WANTED_DECLARED", "day": "2026-11-23"}"""),
              @ExampleObject(name = "found", value = """
                  {"kind": "WANTED_ENDED", "day": "2026-11-24",
                   "foundHow": "DETAINED_BY_POLICE"}"""),
              @ExampleObject(name = "violation", value = """
                  {"kind": "VIOLATION", "day": "2026-11-20",
                   "violationType": "FAILURE_TO_REPORT"}"""),
              @ExampleObject(name = "warning", value = """
                  {"kind": "WARNING", "day": "2026-11-21",
                   "violationIds": ["3f1c2b7e-9a0d-4c55-8e21-6b7d0c4f9a13"]}"""),
              @ExampleObject(name = "administrative offence", value = """
                  {"kind": "ADMIN_OFFENCE", "day": "2026-10-02",
                   "article": "ст. 440 КоАП РК"}"""),
              @ExampleObject(name = "submission to court", value = """
                  {"kind": "COURT_SUBMISSION", "day": "2026-11-24",
                   "submissionKind": "REVOKE_CONDITIONAL_SENTENCE"}"""),
              @ExampleObject(name = "court decision", value = """
                  {"kind": "COURT_DECISION", "day": "2026-12-10", "decision": "GRANTED",
                   "submissionId": "8d2f5a61-0c3e-4b7a-9f18-2e6d4c1b7a90"}"""),
              @ExampleObject(name = "request for help", value = """
                  {"kind": "HELP_REQUEST", "day": "2026-11-24", "helpTopic": "HOUSING"}""")})))
  SupervisionService.EventView record(@PathVariable UUID id, @RequestBody EventInput body) {
    return supervision.record(id, body);
  }

  @GetMapping("/api/v1/cases/{id}/supervision/duties")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD, PROSECUTOR, POLICE_INSPECTOR})
  @Operation(summary = "The duties the court imposed, in force first",
      description = "A police inspector gets a treatment duty without its words (health data).")
  List<SupervisionService.DutyView> duties(@PathVariable UUID id) {
    return supervision.duties(id);
  }

  @PostMapping("/api/v1/cases/{id}/supervision/duties")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record a duty the court imposed",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = {
              @ExampleObject(name = "curfew", value = """
                  {"kind": "STAY_HOME_AT_SET_HOURS", "detail": "с 22:00 до 06:00",
                   "imposedOn": "2026-09-01"}"""),
              @ExampleObject(name = "reporting", value = """
                  {"kind": "REPORT_TO_PROBATION", "detail": "дважды в месяц",
                   "imposedOn": "2026-09-01"}""")})))
  SupervisionService.DutyView addDuty(@PathVariable UUID id,
      @RequestBody SupervisionService.DutyInput body) {
    return supervision.addDuty(id, body);
  }

  @PostMapping("/api/v1/cases/{id}/supervision/duties/{dutyId}/end")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  @Operation(summary = "End a duty (lifted by the court, its term over)",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = @ExampleObject(value = """
              {"endedOn": "2026-11-24"}"""))))
  SupervisionService.DutyView endDuty(@PathVariable UUID id, @PathVariable UUID dutyId,
      @RequestBody SupervisionService.DutyEnd body) {
    return supervision.endDuty(id, dutyId, body);
  }

  @GetMapping("/api/v1/cases/{id}/supervision/schedule")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD, PROSECUTOR})
  @Operation(summary = "The check-in schedule (plan null when none) with every expected "
      + "check-in, missed ones marked")
  ScheduleService.ScheduleView schedule(@PathVariable UUID id) {
    return schedules.schedule(id);
  }

  @GetMapping("/api/v1/cases/{id}/supervision/check-ins")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD, PROSECUTOR})
  @Operation(summary = "The expected check-ins of the case, by day")
  List<ScheduleService.CheckInView> checkIns(@PathVariable UUID id) {
    return schedules.schedule(id).checkIns();
  }

  @PutMapping("/api/v1/cases/{id}/supervision/schedule")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  @Operation(summary = "Set the check-in schedule",
      description = "WEEKLY: every intervalWeeks (1–8) weeks on weekday (MONDAY…SUNDAY); "
          + "MONTHLY: on monthDays (up to 4 days, 1–31; a day the month lacks is its last day). "
          + "A day off moves to the next working day. Check-ins still expected from today are "
          + "replaced. Send the version read to change an existing schedule (409 "
          + "supervision.stale-version when it moved).",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = {
              @ExampleObject(name = "twice a month", value = """
                  {"pattern": "MONTHLY", "monthDays": [1, 15], "startsOn": "2026-12-01"}"""),
              @ExampleObject(name = "every two weeks", value = """
                  {"version": 0, "pattern": "WEEKLY", "intervalWeeks": 2,
                   "weekday": "TUESDAY", "startsOn": "2026-11-24"}""")})))
  ScheduleService.ScheduleView setSchedule(@PathVariable UUID id,
      @RequestBody ScheduleService.ScheduleInput body) {
    return schedules.set(id, body);
  }

  @GetMapping("/api/v1/supervision/alerts")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  @Operation(summary = "Missed check-ins of the last 60 days and open no-contact alerts of my "
      + "cases (an officer) or my unit's (a head)")
  AlertService.Alerts alerts() {
    return alerts.mine();
  }
}
