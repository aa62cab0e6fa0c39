package kz.jol.supervision.web;

import static kz.jol.access.Role.POLICE_INSPECTOR;
import static kz.jol.access.Role.PROBATION_HEAD;
import static kz.jol.access.Role.PROBATION_OFFICER;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.Allowed;
import kz.jol.access.CurrentActor;
import kz.jol.shared.FormProblems;
import kz.jol.register.card.CaseCardPage;
import kz.jol.shared.ConflictException;
import kz.jol.shared.InvalidInputException;
import kz.jol.supervision.application.ScheduleService;
import kz.jol.supervision.application.SupervisionService;
import kz.jol.supervision.domain.EventKind;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The forms of the card's supervision section. With htmx a form swaps itself: a refusal comes
 * back in place beside its fields, a success reloads the card (the case's state may have
 * changed). Without it the same addresses answer a refusal with a page holding the section, and
 * a success returns to the card.
 */
@Controller
@CaseCardPage
class SupervisionPages {

  private final SupervisionService supervision;
  private final ScheduleService schedules;
  private final SupervisionCardSection section;
  private final CurrentActor currentActor;
  private final SupervisionPageTexts texts;

  SupervisionPages(SupervisionService supervision, ScheduleService schedules,
      SupervisionCardSection section, CurrentActor currentActor,
      SupervisionPageTexts texts) {
    this.supervision = supervision;
    this.schedules = schedules;
    this.section = section;
    this.currentActor = currentActor;
    this.texts = texts;
  }

  @PostMapping("/cases/{id}/supervision/events")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD, POLICE_INSPECTOR})
  String recordEvent(@PathVariable UUID id, @RequestParam Map<String, String> params,
      @RequestParam(name = "violationIds", required = false) List<String> violationIds,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
      HttpServletResponse response) {
    List<String> chosen = violationIds == null ? List.of() : violationIds;
    EventKind kind = kindOf(params.get("kind"));
    try {
      supervision.record(id, EventForm.input(params, chosen));
    } catch (InvalidInputException | ConflictException refused) {
      if (kind == null) {
        throw refused;
      }
      Actor actor = currentActor.require();
      EventForm form = EventForm.posted(id, kind, params, chosen, List.of(), List.of(),
          texts.errors(refused, EventForm.FIELDS));
      SupervisionCard card = section.card(id, actor, form, null, null);
      EventForm shown = card.forms().stream().filter(f -> f.kind() == kind).findFirst()
          .map(f -> EventForm.posted(id, kind, params, chosen, f.violations(),
              f.submissions(), form.errors()))
          .orElse(form);
      return refused(id, card, "ef", shown, "event-form", htmx, model, response);
    }
    return saved(id, htmx, response);
  }

  @PostMapping("/cases/{id}/supervision/duties")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  String addDuty(@PathVariable UUID id, @RequestParam Map<String, String> params,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
      HttpServletResponse response) {
    try {
      supervision.addDuty(id, new SupervisionService.DutyInput(params.get("kind"),
          params.get("detail"), EventForm.date(params.get("imposedOn"))));
    } catch (InvalidInputException | ConflictException refused) {
      var form = new SupervisionCard.DutyForm(id, Map.copyOf(params),
          texts.errors(refused, SupervisionCard.DutyForm.FIELDS));
      var card = section.card(id, currentActor.require(), null, form, null);
      return refused(id, card, "df", form, "duty-form", htmx, model, response);
    }
    return saved(id, htmx, response);
  }

  @PostMapping("/cases/{id}/supervision/schedule")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  String setSchedule(@PathVariable UUID id, @RequestParam Map<String, String> params,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
      HttpServletResponse response) {
    try {
      schedules.set(id, new ScheduleService.ScheduleInput(longOf(params.get("version")),
          params.get("pattern"), intOf(params.get("intervalWeeks"), "intervalWeeks"),
          params.get("weekday"), monthDays(params.get("monthDays")),
          EventForm.date(params.get("startsOn"))));
    } catch (InvalidInputException | ConflictException refused) {
      var form = new SupervisionCard.ScheduleForm(id, Map.copyOf(params),
          texts.errors(refused, SupervisionCard.ScheduleForm.FIELDS));
      var card = section.card(id, currentActor.require(), null, null, form);
      return refused(id, card, "sf", form, "schedule-form", htmx, model, response);
    }
    return saved(id, htmx, response);
  }

  private static String refused(UUID id, SupervisionCard card, String name, Object form,
      String fragment, String htmx, Model model, HttpServletResponse response) {
    model.addAttribute(name, form);
    model.addAttribute("sup", card);
    if (htmx != null) {
      return "supervision/card :: " + fragment;
    }
    // htmx swaps only successful answers; a plain request learns that the form was refused.
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return "supervision/page";
  }

  private static String saved(UUID id, String htmx, HttpServletResponse response) {
    String card = "/cases/" + id + "#supervision";
    if (htmx != null) {
      // htmx would swap a followed redirect into the form. It reloads the card instead: a
      // redirect to the card's own address (the same but for the #fragment) would not reload.
      response.setHeader("HX-Refresh", "true");
      return null;
    }
    return "redirect:" + card;
  }

  private static EventKind kindOf(String kind) {
    try {
      return kind == null ? null : EventKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Long longOf(String value) {
    try {
      return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Integer intOf(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "supervision.not-a-number", "is not a number",
          value);
    }
  }

  /** "1, 15" as days of the month. */
  static List<Integer> monthDays(String value) {
    List<Integer> days = new ArrayList<>();
    if (value == null || value.isBlank()) {
      return days;
    }
    for (String part : value.split("[,;\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      try {
        days.add(Integer.valueOf(part.strip()));
      } catch (NumberFormatException e) {
        throw new InvalidInputException("monthDays", "supervision.not-a-number",
            "is not a number", part);
      }
    }
    return days;
  }
}
