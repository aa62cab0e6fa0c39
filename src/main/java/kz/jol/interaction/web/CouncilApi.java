package kz.jol.interaction.web;

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
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.Allowed;
import kz.jol.access.CurrentActor;
import kz.jol.interaction.CouncilFigures;
import kz.jol.interaction.application.CouncilData.Body;
import kz.jol.interaction.application.CouncilData.Change;
import kz.jol.interaction.application.CouncilData.Decision;
import kz.jol.interaction.application.CouncilData.Meeting;
import kz.jol.interaction.application.CouncilData.Member;
import kz.jol.interaction.application.CouncilInputs.BodyInput;
import kz.jol.interaction.application.CouncilInputs.ChangeInput;
import kz.jol.interaction.application.CouncilInputs.DecisionInput;
import kz.jol.interaction.application.CouncilInputs.HoldInput;
import kz.jol.interaction.application.CouncilInputs.MeetingInput;
import kz.jol.interaction.application.CouncilInputs.MemberInput;
import kz.jol.interaction.application.CouncilService;
import kz.jol.interaction.application.CouncilService.Dashboard;
import kz.jol.interaction.domain.DecisionStanding;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.ForbiddenException;
import kz.jol.shared.InvalidInputException;
import kz.jol.territory.TerritoryScope;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Advisory bodies (КСО, МВК, public councils), their members, meetings, minutes and decisions;
 * the decisions dashboard and the figures fed to the indicators. Scope is the service's: a body
 * out of reach is 404.
 */
@RestController
@Tag(name = "Advisory bodies", description = "КСО, МВК and public councils: members, meetings, "
    + "minutes, decisions and their implementation")
class CouncilApi {

  private final CouncilService service;
  private final CouncilFigures figures;
  private final CurrentActor currentActor;
  private final TerritoryScope territories;

  CouncilApi(CouncilService service, CouncilFigures figures, CurrentActor currentActor,
      TerritoryScope territories) {
    this.service = service;
    this.figures = figures;
    this.currentActor = currentActor;
    this.territories = territories;
  }

  /** A body with what needs attention. */
  record BodySummaryJson(Body body, int meetings, int openDecisions, int overdue) {}

  record BodyJson(Body body, List<Member> members, List<Meeting> meetings, boolean youRecord) {}

  record DecisionJson(Decision decision, DecisionStanding standing, List<Change> changes,
      List<String> youMayMoveTo) {}

  record MeetingJson(Meeting meeting, List<DecisionJson> decisions) {}

  @GetMapping("/api/v1/interaction/bodies")
  @Allowed({AGENCY_WORKER, AGENCY_HEAD, PROBATION_HEAD, PROSECUTOR, ANALYST, ADMIN})
  @Operation(summary = "The advisory bodies the caller sees, with open and overdue decisions")
  List<BodySummaryJson> bodies() {
    return service.bodies().stream().map(s -> new BodySummaryJson(s.body(), s.meetings(),
        s.openDecisions(), s.overdue())).toList();
  }

  @PostMapping("/api/v1/interaction/bodies")
  @Allowed({AGENCY_HEAD, ADMIN})
  @Operation(summary = "Register an advisory body convened by the caller's organisation (an "
      + "admin names the convening organisation)",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = @ExampleObject(name = "КСО of Karaganda",
          value = """
              {"kind": "KSO", "territoryCode": "351000000",
               "nameKk": "Қарағанды қаласы әкімдігі жанындағы үйлестіру кеңесі",
               "nameRu": "Координационный совет при акимате города Караганды",
               "nameEn": "Coordination council at the akimat of Karaganda city",
               "activeFrom": "2026-01-15"}"""))))
  ResponseEntity<Body> create(@RequestBody BodyInput input) {
    Body body = service.createBody(input);
    return ResponseEntity.created(URI.create("/api/v1/interaction/bodies/" + body.id()))
        .body(body);
  }

  @GetMapping("/api/v1/interaction/bodies/{bodyId}")
  @Allowed({AGENCY_WORKER, AGENCY_HEAD, PROBATION_HEAD, PROSECUTOR, ANALYST, ADMIN})
  @Operation(summary = "A body with its members and meetings")
  BodyJson body(@PathVariable UUID bodyId) {
    var view = service.body(bodyId);
    return new BodyJson(view.body(), view.members(), view.meetings(), view.canRecord());
  }

  @PostMapping("/api/v1/interaction/bodies/{bodyId}/members")
  @Allowed({AGENCY_HEAD, ADMIN})
  @Operation(summary = "Add a member: an organisation, or a person (official or public)",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = {
              @ExampleObject(name = "an organisation", value = """
                  {"organisationId": "5f0c8a9e-3c1b-4e2a-9d7f-1a2b3c4d5e6f", "role": "MEMBER"}"""),
              @ExampleObject(name = "the chair", value = """
                  {"fullName": "Серікбаева Айгүл Маратқызы",
                   "position": "заместитель акима города", "role": "CHAIR"}"""),
              @ExampleObject(name = "a public member", value = """
                  {"fullName": "Омаров Ерлан", "position": "председатель",
                   "affiliation": "ОФ «Дорога домой»", "role": "MEMBER"}""")})))
  ResponseEntity<Member> addMember(@PathVariable UUID bodyId, @RequestBody MemberInput input) {
    Member member = service.addMember(bodyId, input);
    return ResponseEntity.created(URI.create("/api/v1/interaction/bodies/" + bodyId))
        .body(member);
  }

  @PostMapping("/api/v1/interaction/bodies/{bodyId}/meetings")
  @Allowed({AGENCY_HEAD, ADMIN})
  @Operation(summary = "Plan a meeting, or record one held (with the members present)",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = @ExampleObject(name = "planned", value = """
              {"date": "2026-12-10", "place": "Акимат города Караганды, зал заседаний",
               "agenda": ["О трудоустройстве лиц, состоящих на учете службы пробации",
                          "О предоставлении мест в центрах временного пребывания"],
               "status": "PLANNED"}"""))))
  ResponseEntity<Meeting> createMeeting(@PathVariable UUID bodyId,
      @RequestBody MeetingInput input) {
    Meeting meeting = service.createMeeting(bodyId, input);
    return ResponseEntity.created(URI.create("/api/v1/interaction/bodies/" + bodyId
        + "/meetings/" + meeting.id())).body(meeting);
  }

  @GetMapping("/api/v1/interaction/bodies/{bodyId}/meetings/{meetingId}")
  @Allowed({AGENCY_WORKER, AGENCY_HEAD, PROBATION_HEAD, PROSECUTOR, ANALYST, ADMIN})
  @Operation(summary = "A meeting with its agenda, attendance and decisions with their history")
  MeetingJson meeting(@PathVariable UUID bodyId, @PathVariable UUID meetingId) {
    var view = service.meeting(bodyId, meetingId);
    return new MeetingJson(view.meeting(), view.decisions().stream()
        .map(l -> new DecisionJson(l.decision(), l.standing(), l.changes(),
            l.nextStates().stream().map(Enum::name).toList()))
        .toList());
  }

  @PostMapping("/api/v1/interaction/bodies/{bodyId}/meetings/{meetingId}/held")
  @Allowed({AGENCY_HEAD, ADMIN})
  @Operation(summary = "Mark a planned meeting held, with the minutes' number and who came",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = @ExampleObject(name = "held", value = """
              {"date": "2026-12-10", "minutesNumber": "4", "minutesDate": "2026-12-11",
               "present": ["0b7d4f3e-8a51-4c2e-9f60-1d2c3b4a5e6f"]}"""))))
  Meeting hold(@PathVariable UUID bodyId, @PathVariable UUID meetingId,
      @RequestBody HoldInput input) {
    return service.hold(bodyId, meetingId, input);
  }

  @PutMapping(path = "/api/v1/interaction/bodies/{bodyId}/meetings/{meetingId}/minutes")
  @Allowed({AGENCY_HEAD, ADMIN})
  @Operation(summary = "Attach the signed minutes (PDF or DOCX, at most 4 MB) as multipart "
      + "field 'file'")
  Meeting attachMinutes(@PathVariable UUID bodyId, @PathVariable UUID meetingId,
      @RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
    return service.attachMinutes(bodyId, meetingId, CouncilPages.upload(file));
  }

  @GetMapping("/api/v1/interaction/bodies/{bodyId}/meetings/{meetingId}/minutes")
  @Allowed({AGENCY_WORKER, AGENCY_HEAD, PROBATION_HEAD, PROSECUTOR, ANALYST, ADMIN})
  @Operation(summary = "Download the minutes' file")
  ResponseEntity<byte[]> minutes(@PathVariable UUID bodyId, @PathVariable UUID meetingId) {
    return CouncilPages.download(service.minutes(bodyId, meetingId));
  }

  @PostMapping("/api/v1/interaction/bodies/{bodyId}/meetings/{meetingId}/decisions")
  @Allowed({AGENCY_HEAD, ADMIN})
  @Operation(summary = "Record a decision of a held meeting; the first responsible "
      + "organisation leads",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = @ExampleObject(name = "2.1", value = """
              {"number": "2.1",
               "text": "Центру занятости обеспечить квотирование рабочих мест для лиц, состоящих на учете службы пробации",
               "dueDate": "2027-03-31",
               "responsible": ["5f0c8a9e-3c1b-4e2a-9d7f-1a2b3c4d5e6f"]}"""))))
  ResponseEntity<Decision> addDecision(@PathVariable UUID bodyId, @PathVariable UUID meetingId,
      @RequestBody DecisionInput input) {
    Decision d = service.addDecision(bodyId, meetingId, input);
    return ResponseEntity.created(URI.create("/api/v1/interaction/bodies/" + bodyId
        + "/meetings/" + meetingId)).body(d);
  }

  @PostMapping("/api/v1/interaction/bodies/{bodyId}/decisions/{decisionId}/changes")
  @Allowed({AGENCY_WORKER, AGENCY_HEAD, ADMIN})
  @Operation(summary = "Move a decision to a new state with the evidence (the reason for "
      + "NOT_DONE and CANCELLED); 409 when the state cannot follow",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = {
              @ExampleObject(name = "done", value = """
                  {"state": "DONE",
                   "evidence": "Выделено 12 квотируемых рабочих мест, трудоустроено 7 человек"}"""),
              @ExampleObject(name = "not done", value = """
                  {"state": "NOT_DONE", "evidence": "Письмо № 14-02/311",
                   "reason": "Не выделено финансирование"}""")})))
  ResponseEntity<Decision> change(@PathVariable UUID bodyId, @PathVariable UUID decisionId,
      @RequestBody ChangeInput input) {
    return ResponseEntity.status(201).body(service.change(bodyId, decisionId, input, null));
  }

  @GetMapping("/api/v1/interaction/bodies/decisions")
  @Allowed({AGENCY_WORKER, AGENCY_HEAD, PROBATION_HEAD, PROSECUTOR, ANALYST, ADMIN})
  @Operation(summary = "The decisions dashboard: overdue, due soon, by responsible "
      + "organisation, and each body's share carried out in [from, to] (default: this year)")
  Dashboard dashboard(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    return service.dashboard(from, to);
  }

  /** The figures and their split by body. */
  record FiguresJson(CouncilFigures.Figures total, List<CouncilFigures.BodyFigures> bodies) {}

  @GetMapping(path = "/api/v1/interaction/bodies/figures",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Allowed({PROBATION_HEAD, PROSECUTOR, ANALYST, ADMIN})
  @Operation(summary = "Meetings held, decisions taken and due, carried out on time or late, "
      + "overdue, and the share carried out, for a territory's bodies in [from, to] "
      + "(docs/interaction.md)")
  FiguresJson figures(@RequestParam(required = false) String territory,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    Actor actor = currentActor.require();
    String code = territory == null || territory.isBlank() ? actor.territoryCode()
        : territory.strip();
    LocalDate start = day(from, "from");
    LocalDate end = day(to, "to");
    if (!actor.is(ADMIN) && territories.exists(code)
        && !territories.isWithin(code, actor.territoryCode())) {
      throw new ForbiddenException("councils.territory-out-of-scope",
          "the territory is outside yours", code);
    }
    return new FiguresJson(figures.of(code, start, end), figures.byBody(code, start, end));
  }

  private static LocalDate day(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(new FieldProblem(field, "councils.required", "required"));
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidInputException(new FieldProblem(field, "councils.date-malformed",
          "a date such as 2026-03-31", value));
    }
  }
}
