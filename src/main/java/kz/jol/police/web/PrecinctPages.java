package kz.jol.police.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.access.Role;
import kz.jol.organisation.OrganisationFilter;
import kz.jol.organisation.OrganisationType;
import kz.jol.organisation.Organisations;
import kz.jol.police.application.Precinct;
import kz.jol.police.application.PrecinctService;
import kz.jol.police.application.PrecinctService.PrecinctForm;
import kz.jol.police.application.PrecinctService.StreetForm;
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

/** The administrator's pages of the precincts: list, create, streets and inspectors. */
@Controller
@Allowed(Role.ADMIN)
class PrecinctPages {

  private final PrecinctService precincts;
  private final Organisations organisations;
  private final PolicePageTexts texts;

  PrecinctPages(PrecinctService precincts, Organisations organisations, PolicePageTexts texts) {
    this.precincts = precincts;
    this.organisations = organisations;
    this.texts = texts;
  }

  record NewPrecinct(UUID policeUnitId, String territoryCode, String number, String name) {}

  record NewStreet(String street, String houseFrom, String houseTo) {}

  @GetMapping("/admin/precincts")
  String list(@RequestParam(required = false) UUID unit, Model model, Locale locale) {
    return listPage(unit, model, locale, FormProblems.NONE, null);
  }

  @PostMapping("/admin/precincts")
  String create(@ModelAttribute("form") NewPrecinct form, Model model, Locale locale,
      HttpServletResponse response) {
    try {
      Precinct created = precincts.create(new PrecinctForm(form.policeUnitId(),
          form.territoryCode(), form.number(), form.name()));
      return "redirect:/admin/precincts/" + created.id();
    } catch (InvalidInputException | kz.jol.shared.ConflictException refused) {
      response.setStatus(refused instanceof InvalidInputException ? 400 : 409);
      return listPage(form.policeUnitId(), model, locale, texts.errors(refused, "precinct"),
          form);
    }
  }

  @GetMapping("/admin/precincts/{id}")
  String show(@PathVariable UUID id, Model model) {
    return detail(id, model, FormProblems.NONE, null);
  }

  @PostMapping("/admin/precincts/{id}/streets")
  String addStreet(@PathVariable UUID id, @ModelAttribute("form") NewStreet form, Model model,
      HttpServletResponse response) {
    try {
      FormFields values = new FormFields("police");
      StreetForm input = new StreetForm(form.street(), values.number("houseFrom",
          form.houseFrom()), values.number("houseTo", form.houseTo()));
      values.throwIfAny();
      precincts.addStreet(id, input);
      return "redirect:/admin/precincts/" + id + "#streets";
    } catch (InvalidInputException refused) {
      response.setStatus(400);
      return detail(id, model, texts.errors(refused, "street"), form);
    }
  }

  @PostMapping("/admin/precincts/{id}/streets/{streetId}/remove")
  String removeStreet(@PathVariable UUID id, @PathVariable UUID streetId) {
    precincts.removeStreet(id, streetId);
    return "redirect:/admin/precincts/" + id + "#streets";
  }

  @PostMapping("/admin/precincts/{id}/inspectors")
  String inspectors(@PathVariable UUID id,
      @RequestParam(name = "userIds", required = false) List<UUID> userIds, Model model,
      HttpServletResponse response) {
    try {
      precincts.assignInspectors(id, userIds);
      return "redirect:/admin/precincts/" + id + "#inspectors";
    } catch (InvalidInputException refused) {
      response.setStatus(400);
      return detail(id, model, texts.errors(refused, "inspectors"), null);
    }
  }

  private String listPage(UUID unit, Model model, Locale locale, FormProblems errors,
      Object typed) {
    var units = organisations.list(new OrganisationFilter(OrganisationType.POLICE_UNIT, null,
        null, true), 0, Organisations.MAX_PAGE_SIZE, locale).items();
    model.addAttribute("units", units);
    model.addAttribute("unit", unit);
    model.addAttribute("precincts", precincts.list(unit));
    model.addAttribute("errors", errors);
    model.addAttribute("typed", typed);
    return "police/admin-list";
  }

  private String detail(UUID id, Model model, FormProblems errors, Object typed) {
    Precinct precinct = precincts.get(id);
    model.addAttribute("precinct", precinct);
    model.addAttribute("unit", organisations.find(precinct.policeUnitId()).orElse(null));
    model.addAttribute("candidates", precincts.inspectorsOf(precinct.policeUnitId()));
    model.addAttribute("assigned", precinct.inspectors().stream()
        .map(Precinct.Inspector::userId).toList());
    model.addAttribute("errors", errors);
    model.addAttribute("typed", typed);
    return "police/admin-precinct";
  }
}
