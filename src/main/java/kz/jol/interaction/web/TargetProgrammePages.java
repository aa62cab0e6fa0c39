package kz.jol.interaction.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.access.CurrentActor;
import kz.jol.access.Role;
import kz.jol.interaction.application.TargetProgrammes;
import kz.jol.interaction.application.TargetProgrammes.MeasureForm;
import kz.jol.interaction.application.TargetProgrammes.ProgrammeForm;
import kz.jol.interaction.application.TargetProgrammes.TargetProgramme;
import kz.jol.interaction.domain.ProgrammeMeasureState;
import kz.jol.shared.FormFields;
import kz.jol.shared.FormProblems;
import kz.jol.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The pages of regional target programmes: the list, the form, a programme and its measures. */
@Controller
class TargetProgrammePages {

  private final TargetProgrammes programmes;
  private final RegistryChoices choices;
  private final RegistryPageTexts texts;
  private final CurrentActor currentActor;

  TargetProgrammePages(TargetProgrammes programmes, RegistryChoices choices,
      RegistryPageTexts texts, CurrentActor currentActor) {
    this.programmes = programmes;
    this.choices = choices;
    this.texts = texts;
    this.currentActor = currentActor;
  }

  record Filter(String territory, String year) {}

  record Typed(String name, String territoryCode, String yearFrom, String yearTo,
      String responsibleId, String fundingAmount, String fundingSource) {}

  record TypedMeasure(String text, String executor, String dueOn) {}

  @GetMapping("/interaction/programmes")
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.AGENCY_HEAD, Role.AGENCY_WORKER,
      Role.ANALYST, Role.PROSECUTOR, Role.ADMIN})
  String list(@ModelAttribute("filter") Filter filter, Model model) {
    FormFields values = new FormFields("registry");
    Integer year = values.number("year", filter.year());
    values.throwIfAny();
    model.addAttribute("programmes", programmes.list(
        new TargetProgrammes.Filter(filter.territory(), year)));
    model.addAttribute("mayRecord", currentActor.require().is(Role.AGENCY_HEAD,
        Role.AGENCY_WORKER, Role.ADMIN));
    return "interaction/programmes";
  }

  @GetMapping("/interaction/programmes/new")
  @Allowed({Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.ADMIN})
  String form(Model model, Locale locale) {
    return formPage(model, locale, FormProblems.NONE, null);
  }

  @PostMapping("/interaction/programmes")
  @Allowed({Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.ADMIN})
  String record(@ModelAttribute("typed") Typed typed, Model model, Locale locale,
      HttpServletResponse response) {
    try {
      FormFields values = new FormFields("registry");
      ProgrammeForm form = new ProgrammeForm(typed.name(), typed.territoryCode(),
          values.number("yearFrom", typed.yearFrom()), values.number("yearTo", typed.yearTo()),
          values.id("responsibleId", typed.responsibleId()),
          values.amount("fundingAmount", typed.fundingAmount()), typed.fundingSource());
      values.throwIfAny();
      TargetProgramme created = programmes.record(form);
      return "redirect:/interaction/programmes/" + created.id();
    } catch (InvalidInputException refused) {
      response.setStatus(400);
      return formPage(model, locale, texts.errors(refused, "programme"), typed);
    }
  }

  @GetMapping("/interaction/programmes/{id}")
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.AGENCY_HEAD, Role.AGENCY_WORKER,
      Role.ANALYST, Role.PROSECUTOR, Role.ADMIN})
  String show(@PathVariable UUID id, Model model) {
    return detail(id, model, FormProblems.NONE, null);
  }

  @PostMapping("/interaction/programmes/{id}/measures")
  @Allowed({Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.ADMIN})
  String addMeasure(@PathVariable UUID id, @ModelAttribute("typed") TypedMeasure typed,
      Model model, HttpServletResponse response) {
    try {
      FormFields values = new FormFields("registry");
      MeasureForm form = new MeasureForm(typed.text(), typed.executor(),
          values.date("dueOn", typed.dueOn()));
      values.throwIfAny();
      programmes.addMeasure(id, form);
      return "redirect:/interaction/programmes/" + id + "#measures";
    } catch (InvalidInputException refused) {
      response.setStatus(400);
      return detail(id, model, texts.errors(refused, "measure"), typed);
    }
  }

  @PostMapping("/interaction/programmes/{id}/measures/{measureId}/state")
  @Allowed({Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.ADMIN})
  String measureState(@PathVariable UUID id, @PathVariable UUID measureId,
      @RequestParam(required = false) String state) {
    FormFields values = new FormFields("registry");
    ProgrammeMeasureState chosen = values.choice("state", ProgrammeMeasureState.class, state);
    values.throwIfAny();
    programmes.measureState(id, measureId, chosen);
    return "redirect:/interaction/programmes/" + id + "#measures";
  }

  private String detail(UUID id, Model model, FormProblems errors, TypedMeasure typed) {
    TargetProgramme programme = programmes.get(id);
    var actor = currentActor.require();
    model.addAttribute("programme", programme);
    model.addAttribute("mayChange", actor.is(Role.ADMIN)
        || actor.is(Role.AGENCY_HEAD, Role.AGENCY_WORKER)
        && programme.responsible().id().equals(actor.organisationId()));
    model.addAttribute("states", ProgrammeMeasureState.values());
    model.addAttribute("errors", errors);
    model.addAttribute("typed", typed);
    model.addAttribute("open", "measure");
    return "interaction/programme";
  }

  private String formPage(Model model, Locale locale, FormProblems errors, Typed typed) {
    model.addAttribute("organisations", choices.organisations(locale));
    model.addAttribute("own", currentActor.require().organisationId());
    model.addAttribute("errors", errors);
    model.addAttribute("typed", typed);
    model.addAttribute("open", "programme");
    return "interaction/programme-form";
  }
}
