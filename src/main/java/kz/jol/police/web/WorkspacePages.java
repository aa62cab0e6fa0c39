package kz.jol.police.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import kz.jol.access.Allowed;
import kz.jol.access.Role;
import kz.jol.police.application.PrecinctWorkspace;
import kz.jol.police.application.PrecinctWorkspace.MeasureForm;
import kz.jol.police.application.PrecinctWorkspace.MediationForm;
import kz.jol.police.application.PrecinctWorkspace.PlaceForm;
import kz.jol.police.application.PrecinctWorkspace.PreventivePersonForm;
import kz.jol.police.application.PrecinctWorkspace.ReceptionForm;
import kz.jol.police.application.Residents;
import kz.jol.police.domain.SocialMap.MeasureKind;
import kz.jol.police.domain.SocialMap.MediationKind;
import kz.jol.police.domain.SocialMap.MediationOutcome;
import kz.jol.police.domain.SocialMap.PartnerKind;
import kz.jol.police.domain.SocialMap.PlaceKind;
import kz.jol.police.domain.SocialMap.PreventiveCategory;
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

/**
 * The district inspector's pages: the list of the inspector's precincts, each precinct's social
 * map with the forms to record in it, and the persons of the unit no precinct takes. A form
 * refused shows the page again with each problem beside its field and what was typed kept.
 */
@Controller
@Allowed(Role.POLICE_INSPECTOR)
class WorkspacePages {

  private final PrecinctWorkspace workspace;
  private final Residents residents;
  private final PolicePageTexts texts;

  WorkspacePages(PrecinctWorkspace workspace, Residents residents, PolicePageTexts texts) {
    this.workspace = workspace;
    this.residents = residents;
    this.texts = texts;
  }

  record MeasurePage(String kind, String heldOn, String participants, String findings,
      String personsReached, String foundCount, List<String> personIds,
      List<String> preventivePersonIds) {}

  record PreventivePage(String category, String fullName, String birthDate, String address,
      String basis, String since, String until, String protectionOrderUntil) {}

  record PlacePage(String kind, String partnerKind, String name, String address,
      String contact, String note) {}

  record ReceptionPage(String heldOn, String residentsSeen, String topics) {}

  record MediationPage(String kind, String heldOn, String parties, String subject,
      String outcome) {}

  @GetMapping("/precincts")
  String mine(Model model) {
    model.addAttribute("precincts", workspace.mine());
    return "police/precincts";
  }

  @GetMapping("/precincts/{id}")
  String show(@PathVariable UUID id, @RequestParam(required = false) String saved,
      Model model) {
    model.addAttribute("saved", saved);
    return page(id, model, FormProblems.NONE, null, null);
  }

  @PostMapping("/precincts/{id}/measures")
  String measure(@PathVariable UUID id, @ModelAttribute("form") MeasurePage form, Model model,
      HttpServletResponse response) {
    return save(id, "measure", form, model, response, () -> {
      FormFields values = new FormFields("police");
      MeasureForm input = new MeasureForm(values.choice("kind", MeasureKind.class, form.kind()),
          values.date("heldOn", form.heldOn()), form.participants(), form.findings(),
          values.number("personsReached", form.personsReached()),
          values.number("foundCount", form.foundCount()),
          values.ids("personIds", form.personIds()),
          values.ids("preventivePersonIds", form.preventivePersonIds()));
      values.throwIfAny();
      return workspace.addMeasure(id, input);
    });
  }

  @PostMapping("/precincts/{id}/preventive-persons")
  String preventive(@PathVariable UUID id, @ModelAttribute("form") PreventivePage form,
      Model model, HttpServletResponse response) {
    return save(id, "preventive", form, model, response, () -> {
      FormFields values = new FormFields("police");
      PreventivePersonForm input = new PreventivePersonForm(
          values.choice("category", PreventiveCategory.class, form.category()),
          form.fullName(), values.date("birthDate", form.birthDate()), form.address(),
          form.basis(), values.date("since", form.since()), values.date("until", form.until()),
          values.date("protectionOrderUntil", form.protectionOrderUntil()));
      values.throwIfAny();
      return workspace.addPreventivePerson(id, input);
    });
  }

  @PostMapping("/precincts/{id}/places")
  String place(@PathVariable UUID id, @ModelAttribute("form") PlacePage form, Model model,
      HttpServletResponse response) {
    return save(id, "place", form, model, response, () -> {
      FormFields values = new FormFields("police");
      PlaceForm input = new PlaceForm(values.choice("kind", PlaceKind.class, form.kind()),
          values.choice("partnerKind", PartnerKind.class, form.partnerKind()), form.name(),
          form.address(), form.contact(), form.note());
      values.throwIfAny();
      return workspace.addPlace(id, input);
    });
  }

  @PostMapping("/precincts/{id}/receptions")
  String reception(@PathVariable UUID id, @ModelAttribute("form") ReceptionPage form,
      Model model, HttpServletResponse response) {
    return save(id, "reception", form, model, response, () -> {
      FormFields values = new FormFields("police");
      ReceptionForm input = new ReceptionForm(values.date("heldOn", form.heldOn()),
          values.number("residentsSeen", form.residentsSeen()), form.topics());
      values.throwIfAny();
      return workspace.addReception(id, input);
    });
  }

  @PostMapping("/precincts/{id}/mediations")
  String mediation(@PathVariable UUID id, @ModelAttribute("form") MediationPage form,
      Model model, HttpServletResponse response) {
    return save(id, "mediation", form, model, response, () -> {
      FormFields values = new FormFields("police");
      MediationForm input = new MediationForm(
          values.choice("kind", MediationKind.class, form.kind()),
          values.date("heldOn", form.heldOn()), form.parties(), form.subject(),
          values.choice("outcome", MediationOutcome.class, form.outcome()));
      values.throwIfAny();
      return workspace.addMediation(id, input);
    });
  }

  @GetMapping("/precincts/unmatched")
  String unmatched(Model model) {
    model.addAttribute("persons", residents.unmatched());
    model.addAttribute("precincts", workspace.mine());
    return "police/unmatched";
  }

  @PostMapping("/precincts/unmatched/{personId}")
  String assign(@PathVariable UUID personId, @RequestParam(required = false) UUID precinctId) {
    residents.assign(personId, precinctId);
    return "redirect:/precincts/unmatched?assigned";
  }

  private String save(UUID id, String name, Object form, Model model,
      HttpServletResponse response, Supplier<UUID> action) {
    try {
      action.get();
      return "redirect:/precincts/" + id + "?saved=" + name + "#" + name + "s";
    } catch (InvalidInputException refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return page(id, model, texts.errors(refused, name), name, form);
    }
  }

  private String page(UUID id, Model model, FormProblems errors, String open, Object form) {
    model.addAttribute("map", workspace.get(id));
    model.addAttribute("errors", errors);
    model.addAttribute("open", open);
    model.addAttribute("typed", form);
    model.addAttribute("measureKinds", MeasureKind.values());
    model.addAttribute("categories", PreventiveCategory.values());
    model.addAttribute("placeKinds", PlaceKind.values());
    model.addAttribute("partnerKinds", PartnerKind.values());
    model.addAttribute("mediationKinds", MediationKind.values());
    model.addAttribute("outcomes", MediationOutcome.values());
    return "police/workspace";
  }
}
