package kz.jol.interaction.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.access.CurrentActor;
import kz.jol.access.Role;
import kz.jol.interaction.application.JointEvents;
import kz.jol.interaction.application.JointEvents.JointEvent;
import kz.jol.interaction.application.JointEvents.JointEventForm;
import kz.jol.interaction.domain.JointEventKind;
import kz.jol.shared.FormFields;
import kz.jol.shared.FormProblems;
import kz.jol.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The pages of joint events: the list with its filters, the form, an event. */
@Controller
class JointEventPages {

  private final JointEvents events;
  private final RegistryChoices choices;
  private final RegistryPageTexts texts;
  private final CurrentActor currentActor;

  JointEventPages(JointEvents events, RegistryChoices choices, RegistryPageTexts texts,
      CurrentActor currentActor) {
    this.events = events;
    this.choices = choices;
    this.texts = texts;
    this.currentActor = currentActor;
  }

  /** The list's filters as typed. */
  record Filter(String territory, String from, String to, String kind) {}

  /** The form as typed. */
  record Typed(String kind, String title, String heldOn, String territoryCode,
      String citizensReached, String outcome, List<String> organiserIds,
      List<String> participantIds, String guests) {}

  @GetMapping("/interaction/events")
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.AGENCY_HEAD, Role.AGENCY_WORKER,
      Role.ANALYST, Role.PROSECUTOR, Role.ADMIN})
  String list(@ModelAttribute("filter") Filter filter, Model model) {
    FormFields values = new FormFields("registry");
    var parsed = new JointEvents.Filter(filter.territory(), values.date("from", filter.from()),
        values.date("to", filter.to()), values.choice("kind", JointEventKind.class,
            filter.kind()));
    values.throwIfAny();
    model.addAttribute("events", events.list(parsed));
    model.addAttribute("kinds", JointEventKind.values());
    model.addAttribute("mayRecord", mayRecord());
    return "interaction/events";
  }

  @GetMapping("/interaction/events/new")
  @Allowed({Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.PROBATION_HEAD, Role.PROBATION_OFFICER,
      Role.ADMIN})
  String form(Model model, Locale locale) {
    return formPage(model, locale, FormProblems.NONE, null);
  }

  @PostMapping("/interaction/events")
  @Allowed({Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.PROBATION_HEAD, Role.PROBATION_OFFICER,
      Role.ADMIN})
  String record(@ModelAttribute("typed") Typed typed, Model model, Locale locale,
      HttpServletResponse response) {
    try {
      FormFields values = new FormFields("registry");
      JointEventForm form = new JointEventForm(
          values.choice("kind", JointEventKind.class, typed.kind()), typed.title(),
          values.date("heldOn", typed.heldOn()), typed.territoryCode(),
          values.number("citizensReached", typed.citizensReached()), typed.outcome(),
          values.ids("organiserIds", typed.organiserIds()),
          values.ids("participantIds", typed.participantIds()),
          FormFields.lines(typed.guests()));
      values.throwIfAny();
      JointEvent created = events.record(form);
      return "redirect:/interaction/events/" + created.id();
    } catch (InvalidInputException refused) {
      response.setStatus(400);
      return formPage(model, locale, texts.errors(refused, "event"), typed);
    }
  }

  @GetMapping("/interaction/events/{id}")
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.AGENCY_HEAD, Role.AGENCY_WORKER,
      Role.ANALYST, Role.PROSECUTOR, Role.ADMIN})
  String show(@PathVariable UUID id, Model model) {
    model.addAttribute("event", events.get(id));
    return "interaction/event";
  }

  private String formPage(Model model, Locale locale, FormProblems errors, Typed typed) {
    model.addAttribute("kinds", JointEventKind.values());
    model.addAttribute("organisations", choices.organisations(locale));
    model.addAttribute("own", currentActor.require().organisationId());
    model.addAttribute("errors", errors);
    model.addAttribute("typed", typed);
    model.addAttribute("open", "event");
    return "interaction/event-form";
  }

  private boolean mayRecord() {
    return currentActor.require().is(Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.PROBATION_HEAD,
        Role.PROBATION_OFFICER, Role.ADMIN);
  }
}
