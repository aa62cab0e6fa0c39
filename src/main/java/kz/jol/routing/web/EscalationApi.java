package kz.jol.routing.web;

import static kz.jol.access.Role.ADMIN;
import static kz.jol.access.Role.AGENCY_HEAD;
import static kz.jol.access.Role.ANALYST;
import static kz.jol.access.Role.PROBATION_HEAD;
import static kz.jol.access.Role.PROBATION_OFFICER;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.register.application.Paging;
import kz.jol.register.application.ResultPage;
import kz.jol.routing.application.EscalationService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Escalations of breached referrals, the heads' answers, and the ladder. */
@RestController
@Tag(name = "Escalations", description = "Referrals past their deadline, escalated up a "
    + "configurable ladder: the akimat department of the territory, the region's, the ministry")
class EscalationApi {

  private final EscalationService escalations;

  EscalationApi(EscalationService escalations) {
    this.escalations = escalations;
  }

  @GetMapping("/api/v1/escalations")
  @Allowed({AGENCY_HEAD, PROBATION_HEAD, PROBATION_OFFICER})
  @Operation(summary = "Escalations I follow, live ones first, newest first",
      description = """
          AGENCY_HEAD: those addressed to my organisation or breached by it. PROBATION_HEAD:
          those of cases in my territory. PROBATION_OFFICER: those naming me as the case's
          officer. Live ones (OPEN, ANSWERED) unless all=true. Example:
          GET /api/v1/escalations?all=false&page=0&size=50""")
  ResultPage<EscalationService.EscalationView> list(
      @RequestParam(defaultValue = "false") boolean all,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
    return escalations.list(all, Paging.of(page, size));
  }

  @GetMapping("/api/v1/escalations/{id}")
  @Allowed({AGENCY_HEAD, PROBATION_HEAD, PROBATION_OFFICER})
  @Operation(summary = "One escalation I follow, with its history; 404 for any other")
  EscalationService.EscalationView get(@PathVariable UUID id) {
    return escalations.get(id);
  }

  @PostMapping("/api/v1/escalations/{id}/answer")
  @Allowed(AGENCY_HEAD)
  @Operation(summary = "Answer an escalation: the reason for the delay, corrective measures "
      + "and a new deadline",
      description = """
          Only the head (AGENCY_HEAD) of the addressed body or of the organisation that
          breached; 404 for anyone else. reason and measures are required (at most 2000
          characters), newDeadline is an instant in the future, at most a year ahead; every
          problem is reported at once (400). A second answer is 409 escalation.answered; an
          escalation escalated further or closed is 409 escalation.closed; a version that is
          no longer current is 409 escalation.stale-version. If the new deadline passes while
          the referral is still open, the sweep escalates one level up.""",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = @ExampleObject(name = "answer",
              value = """
                  {"reason": "Кризисный центр переполнен, мест не было до 3 декабря",
                   "measures": "Договор с НПО о временном размещении; место зарезервировано",
                   "newDeadline": "2026-12-03T13:00:00Z", "version": 0}"""))))
  EscalationService.EscalationView answer(@PathVariable UUID id,
      @RequestBody EscalationService.Answer body) {
    return escalations.answer(id, body);
  }

  @GetMapping("/api/v1/admin/escalation-ladder")
  @Allowed({ADMIN, PROBATION_HEAD, AGENCY_HEAD, ANALYST})
  @Operation(summary = "The escalation ladder in force: its version, who wrote it and when, "
      + "and its levels",
      description = """
          Defaults (version 1): level 1 the AKIMAT_DEPARTMENT of the case's territory
          (CASE_TERRITORY, falling back to its region, then the republic), 48 hours to answer;
          level 2 the region's AKIMAT_DEPARTMENT (REGION), 48 hours; level 3 a MINISTRY of the
          republic (REPUBLIC), 72 hours.""")
  EscalationService.LadderView ladder() {
    return escalations.ladder();
  }

  @PutMapping("/api/v1/admin/escalation-ladder")
  @Allowed(ADMIN)
  @Operation(summary = "Write the whole ladder as a new version",
      description = """
          The steps in order, the first is level 1; send the version you read as baseVersion
          (409 escalation.ladder-stale-version otherwise). reach is CASE_TERRITORY, REGION or
          REPUBLIC; organisationType an organisation type; answerHours 1 to 744. Every problem
          is reported at once (400, fields steps[i].x). Escalations already opened keep their
          version; the next level is taken from the ladder in force.""",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = @ExampleObject(name = "two levels",
              value = """
                  {"baseVersion": 1, "note": "Region answers within a day",
                   "steps": [
                     {"reach": "CASE_TERRITORY", "organisationType": "AKIMAT_DEPARTMENT",
                      "answerHours": 48},
                     {"reach": "REGION", "organisationType": "AKIMAT_DEPARTMENT",
                      "answerHours": 24}]}"""))))
  EscalationService.LadderView replaceLadder(@RequestBody EscalationService.NewLadder body) {
    return escalations.replaceLadder(body);
  }
}
