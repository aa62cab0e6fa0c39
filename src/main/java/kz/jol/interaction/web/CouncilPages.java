package kz.jol.interaction.web;

import static kz.jol.access.Role.ADMIN;
import static kz.jol.access.Role.AGENCY_HEAD;
import static kz.jol.access.Role.AGENCY_WORKER;
import static kz.jol.access.Role.ANALYST;
import static kz.jol.access.Role.PROBATION_HEAD;
import static kz.jol.access.Role.PROSECUTOR;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import kz.jol.access.CurrentActor;
import kz.jol.interaction.application.CouncilData.StoredFile;
import kz.jol.interaction.application.CouncilInputs.BodyInput;
import kz.jol.interaction.application.CouncilInputs.ChangeInput;
import kz.jol.interaction.application.CouncilInputs.DecisionInput;
import kz.jol.interaction.application.CouncilInputs.HoldInput;
import kz.jol.interaction.application.CouncilInputs.MeetingInput;
import kz.jol.interaction.application.CouncilInputs.MemberInput;
import kz.jol.interaction.application.CouncilInputs.Upload;
import kz.jol.interaction.application.CouncilService;
import kz.jol.interaction.domain.AdvisoryBodyKind;
import kz.jol.interaction.domain.AdvisoryBodyMemberRole;
import kz.jol.access.Allowed;
import kz.jol.organisation.Organisation;
import kz.jol.organisation.OrganisationFilter;
import kz.jol.organisation.Organisations;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FormProblems;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.JolException;
import kz.jol.territory.Territories;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The advisory bodies' pages: the bodies (and the form to register one), a body with its members
 * and meetings, a meeting with its agenda, minutes and decisions, and the decisions dashboard. A
 * refused form comes back (400 or 409) with each problem beside its field and nothing typed
 * lost; a record out of reach is 404.
 */
@Controller
class CouncilPages {

  private static final Set<String> FIELDS = Set.of("kind", "territoryCode",
      "conveningOrganisationId", "nameKk", "nameRu", "nameEn", "activeFrom", "activeTo",
      "organisationId", "fullName", "position", "affiliation", "role", "date", "place", "agenda",
      "status", "minutesNumber", "minutesDate", "present", "file", "number", "text", "dueDate",
      "responsible", "state", "evidence", "reason", "from", "to");

  private final CouncilService service;
  private final Organisations organisations;
  private final CurrentActor currentActor;
  private final MessageSource messages;
  private final Territories territories;

  CouncilPages(CouncilService service, Organisations organisations, CurrentActor currentActor,
      MessageSource messages, Territories territories) {
    this.service = service;
    this.organisations = organisations;
    this.currentActor = currentActor;
    this.messages = messages;
    this.territories = territories;
  }

  /**
   * The meeting form as posted: the agenda is one text, an item a line. (Bound to a list, Spring
   * would split it at every comma of the items' wording.)
   */
  record MeetingForm(String date, String place, String agenda, String status,
      String minutesNumber, String minutesDate, List<String> present) {

    MeetingInput toInput() {
      return new MeetingInput(date, place, agenda == null ? null : List.of(agenda), status,
          minutesNumber, minutesDate, present);
    }
  }

  // ---- bodies

  @GetMapping("/interaction/bodies")
  @Allowed({AGENCY_WORKER, AGENCY_HEAD, PROBATION_HEAD, PROSECUTOR, ANALYST, ADMIN})
  String bodies(Model model, Locale locale) {
    return bodies(model, locale, null, FormProblems.NONE);
  }

  @PostMapping("/interaction/bodies")
  @Allowed({AGENCY_HEAD, ADMIN})
  String createBody(@ModelAttribute BodyInput form, Model model, Locale locale,
      RedirectAttributes redirect, HttpServletResponse response) {
    try {
      var body = service.createBody(form);
      redirect.addFlashAttribute("saved", "body");
      return "redirect:/interaction/bodies/" + body.id();
    } catch (InvalidInputException | ConflictException refused) {
      response.setStatus(status(refused));
      return bodies(model, locale, form, problems(refused, locale));
    }
  }

  private String bodies(Model model, Locale locale, BodyInput posted, FormProblems errors) {
    var actor = currentActor.require();
    model.addAttribute("bodies", service.bodies());
    model.addAttribute("canCreate", actor.is(AGENCY_HEAD, ADMIN));
    model.addAttribute("admin", actor.is(ADMIN));
    model.addAttribute("kinds", AdvisoryBodyKind.values());
    model.addAttribute("defaultTerritory", actor.territoryCode());
    if (actor.is(ADMIN)) {
      model.addAttribute("conveners", organisations.list(OrganisationFilter.all(), 0,
          Organisations.MAX_PAGE_SIZE, locale).items());
    }
    model.addAttribute("posted", posted);
    model.addAttribute("errors", errors);
    model.addAttribute("labels", labels(locale, List.of()));
    return "councils/bodies";
  }

  @GetMapping("/interaction/bodies/{bodyId}")
  @Allowed({AGENCY_WORKER, AGENCY_HEAD, PROBATION_HEAD, PROSECUTOR, ANALYST, ADMIN})
  String body(@PathVariable UUID bodyId, Model model, Locale locale) {
    return body(bodyId, model, locale, null, null, FormProblems.NONE);
  }

  @PostMapping("/interaction/bodies/{bodyId}/members")
  @Allowed({AGENCY_HEAD, ADMIN})
  String addMember(@PathVariable UUID bodyId, @ModelAttribute MemberInput form, Model model,
      Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
    try {
      service.addMember(bodyId, form);
      redirect.addFlashAttribute("saved", "member");
      return "redirect:/interaction/bodies/" + bodyId + "#members";
    } catch (InvalidInputException | ConflictException refused) {
      response.setStatus(status(refused));
      return body(bodyId, model, locale, "member", form, problems(refused, locale));
    }
  }

  @PostMapping("/interaction/bodies/{bodyId}/meetings")
  @Allowed({AGENCY_HEAD, ADMIN})
  String createMeeting(@PathVariable UUID bodyId, @ModelAttribute MeetingForm form,
      Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
    try {
      var meeting = service.createMeeting(bodyId, form.toInput());
      redirect.addFlashAttribute("saved", "meeting");
      return "redirect:/interaction/bodies/" + bodyId + "/meetings/" + meeting.id();
    } catch (InvalidInputException | ConflictException refused) {
      response.setStatus(status(refused));
      return body(bodyId, model, locale, "meeting", form, problems(refused, locale));
    }
  }

  private String body(UUID bodyId, Model model, Locale locale, String form, Object posted,
      FormProblems errors) {
    var view = service.body(bodyId);
    List<UUID> named = new ArrayList<>();
    named.add(view.body().conveningOrganisationId());
    view.members().forEach(m -> named.add(m.organisationId()));
    model.addAttribute("view", view);
    model.addAttribute("b", view.body());
    model.addAttribute("territoryName", territories.name(view.body().territoryCode(), locale)
        .orElse(view.body().territoryCode()));
    model.addAttribute("roles", AdvisoryBodyMemberRole.values());
    if (view.canRecord()) {
      model.addAttribute("choices", service.organisationsOf(view.body(), locale));
    }
    model.addAttribute("form", form);
    model.addAttribute("posted", posted);
    model.addAttribute("errors", errors);
    model.addAttribute("labels", labels(locale, named));
    return "councils/body";
  }

  // ---- meetings

  @GetMapping("/interaction/bodies/{bodyId}/meetings/{meetingId}")
  @Allowed({AGENCY_WORKER, AGENCY_HEAD, PROBATION_HEAD, PROSECUTOR, ANALYST, ADMIN})
  String meeting(@PathVariable UUID bodyId, @PathVariable UUID meetingId, Model model,
      Locale locale) {
    return meeting(bodyId, meetingId, model, locale, null, null, FormProblems.NONE);
  }

  @PostMapping("/interaction/bodies/{bodyId}/meetings/{meetingId}/held")
  @Allowed({AGENCY_HEAD, ADMIN})
  String hold(@PathVariable UUID bodyId, @PathVariable UUID meetingId,
      @ModelAttribute HoldInput form, Model model, Locale locale, RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      service.hold(bodyId, meetingId, form);
      redirect.addFlashAttribute("saved", "held");
      return "redirect:/interaction/bodies/" + bodyId + "/meetings/" + meetingId;
    } catch (InvalidInputException | ConflictException refused) {
      response.setStatus(status(refused));
      return meeting(bodyId, meetingId, model, locale, "hold", form, problems(refused, locale));
    }
  }

  @PostMapping("/interaction/bodies/{bodyId}/meetings/{meetingId}/minutes")
  @Allowed({AGENCY_HEAD, ADMIN})
  String attachMinutes(@PathVariable UUID bodyId, @PathVariable UUID meetingId,
      @RequestParam(name = "file", required = false) MultipartFile file, Model model,
      Locale locale, RedirectAttributes redirect, HttpServletResponse response)
      throws IOException {
    try {
      service.attachMinutes(bodyId, meetingId, upload(file));
      redirect.addFlashAttribute("saved", "minutes");
      return "redirect:/interaction/bodies/" + bodyId + "/meetings/" + meetingId;
    } catch (InvalidInputException | ConflictException refused) {
      response.setStatus(status(refused));
      return meeting(bodyId, meetingId, model, locale, "minutes", null,
          problems(refused, locale));
    }
  }

  @GetMapping("/interaction/bodies/{bodyId}/meetings/{meetingId}/minutes")
  @Allowed({AGENCY_WORKER, AGENCY_HEAD, PROBATION_HEAD, PROSECUTOR, ANALYST, ADMIN})
  ResponseEntity<byte[]> minutes(@PathVariable UUID bodyId, @PathVariable UUID meetingId) {
    return download(service.minutes(bodyId, meetingId));
  }

  @PostMapping("/interaction/bodies/{bodyId}/meetings/{meetingId}/decisions")
  @Allowed({AGENCY_HEAD, ADMIN})
  String addDecision(@PathVariable UUID bodyId, @PathVariable UUID meetingId,
      @ModelAttribute DecisionInput form, Model model, Locale locale,
      RedirectAttributes redirect, HttpServletResponse response) {
    try {
      var d = service.addDecision(bodyId, meetingId, form);
      redirect.addFlashAttribute("saved", "decision");
      return "redirect:/interaction/bodies/" + bodyId + "/meetings/" + meetingId
          + "#decision-" + d.id();
    } catch (InvalidInputException | ConflictException refused) {
      response.setStatus(status(refused));
      return meeting(bodyId, meetingId, model, locale, "decision", form,
          problems(refused, locale));
    }
  }

  @PostMapping("/interaction/bodies/{bodyId}/decisions/{decisionId}/changes")
  @Allowed({AGENCY_WORKER, AGENCY_HEAD, ADMIN})
  String change(@PathVariable UUID bodyId, @PathVariable UUID decisionId,
      @ModelAttribute ChangeInput form,
      @RequestParam(name = "file", required = false) MultipartFile file, Model model,
      Locale locale, RedirectAttributes redirect, HttpServletResponse response)
      throws IOException {
    UUID meetingId = null;
    try {
      var d = service.change(bodyId, decisionId, form, upload(file));
      redirect.addFlashAttribute("saved", "change");
      return "redirect:/interaction/bodies/" + bodyId + "/meetings/" + d.meetingId()
          + "#decision-" + d.id();
    } catch (InvalidInputException | ConflictException refused) {
      response.setStatus(status(refused));
      meetingId = service.meetingOfDecision(bodyId, decisionId);
      return meeting(bodyId, meetingId, model, locale, "change-" + decisionId, form,
          problems(refused, locale));
    }
  }

  @GetMapping("/interaction/bodies/{bodyId}/decisions/{decisionId}/changes/{changeId}/file")
  @Allowed({AGENCY_WORKER, AGENCY_HEAD, PROBATION_HEAD, PROSECUTOR, ANALYST, ADMIN})
  ResponseEntity<byte[]> evidence(@PathVariable UUID bodyId, @PathVariable UUID decisionId,
      @PathVariable UUID changeId) {
    return download(service.evidenceFile(bodyId, decisionId, changeId));
  }

  private String meeting(UUID bodyId, UUID meetingId, Model model, Locale locale, String form,
      Object posted, FormProblems errors) {
    var view = service.meeting(bodyId, meetingId);
    List<UUID> named = new ArrayList<>();
    view.members().forEach(m -> named.add(m.organisationId()));
    view.decisions().forEach(l -> named.addAll(l.decision().responsible()));
    view.decisions().forEach(l -> l.changes().forEach(c -> named.add(c.organisationId())));
    model.addAttribute("view", view);
    model.addAttribute("b", view.body());
    model.addAttribute("m", view.meeting());
    if (view.canRecord()) {
      model.addAttribute("choices", service.organisationsOf(view.body(), locale));
    }
    model.addAttribute("form", form);
    model.addAttribute("posted", posted);
    model.addAttribute("errors", errors);
    model.addAttribute("labels", labels(locale, named));
    return "councils/meeting";
  }

  // ---- dashboard

  @GetMapping("/interaction/decisions")
  @Allowed({AGENCY_WORKER, AGENCY_HEAD, PROBATION_HEAD, PROSECUTOR, ANALYST, ADMIN})
  String dashboard(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to, Model model, Locale locale,
      HttpServletResponse response) {
    CouncilService.Dashboard dashboard;
    FormProblems errors = FormProblems.NONE;
    try {
      dashboard = service.dashboard(from, to);
    } catch (InvalidInputException refused) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      errors = problems(refused, locale);
      dashboard = service.dashboard(null, null);
    }
    List<UUID> named = new ArrayList<>();
    dashboard.byOrganisation().forEach(o -> named.add(o.organisationId()));
    dashboard.overdue().forEach(i -> named.addAll(i.decision().responsible()));
    dashboard.dueSoon().forEach(i -> named.addAll(i.decision().responsible()));
    model.addAttribute("dashboard", dashboard);
    model.addAttribute("from", from == null ? dashboard.from().toString() : from);
    model.addAttribute("to", to == null ? dashboard.to().toString() : to);
    model.addAttribute("errors", errors);
    model.addAttribute("labels", labels(locale, named));
    return "councils/decisions";
  }

  // ---- helpers

  private CouncilLabels labels(Locale locale, List<UUID> organisationIds) {
    return new CouncilLabels(messages, locale, service.organisations(organisationIds));
  }

  private static int status(JolException refused) {
    return refused instanceof ConflictException ? HttpStatus.CONFLICT.value()
        : HttpStatus.BAD_REQUEST.value();
  }

  private FormProblems problems(JolException refused, Locale locale) {
    return FormProblems.of(refused, (code, fallback, args) ->
        messages.getMessage("error." + code, args, fallback, locale),
        field -> FIELDS.contains(field) ? field : null);
  }

  static Upload upload(MultipartFile file) throws IOException {
    return file == null || file.isEmpty() ? null
        : new Upload(file.getOriginalFilename(), file.getBytes());
  }

  static ResponseEntity<byte[]> download(StoredFile file) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(file.bytes());
  }

  /** Organisation names for the pages. */
  static String name(Organisation o, Locale locale) {
    return o == null ? "—" : o.name(locale);
  }
}
