package kz.jol.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.access.Role;
import kz.jol.organisation.Organisation;
import kz.jol.organisation.OrganisationFilter;
import kz.jol.organisation.OrganisationForm;
import kz.jol.organisation.OrganisationPage;
import kz.jol.organisation.OrganisationType;
import kz.jol.organisation.Organisations;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import kz.jol.territory.Territories;
import kz.jol.territory.Territory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's pages of organisations: a filtered, paged list with a form to register
 * one, and an edit page per organisation that sends back the version it read.
 */
@Controller
@Allowed(Role.ADMIN)
class OrganisationPages {

  static final int PAGE_SIZE = 20;

  private final Organisations organisations;
  private final Territories territories;
  private final MessageSource messages;

  OrganisationPages(Organisations organisations, Territories territories,
      MessageSource messages) {
    this.organisations = organisations;
    this.territories = territories;
    this.messages = messages;
  }

  /** One row of the list: the organisation with its names in the user's language. */
  record Row(Organisation organisation, String name, String territoryName) {}

  /** A territory to pick in a form: its code and where it lies, in the user's language. */
  record TerritoryChoice(String code, String label) {}

  @ModelAttribute("types")
  List<OrganisationType> types() {
    return Arrays.asList(OrganisationType.values());
  }

  @GetMapping("/admin/organisations")
  String list(@RequestParam(required = false) OrganisationType type,
      @RequestParam(required = false) String territory,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
    model.addAttribute("type", type);
    model.addAttribute("territory", territory);
    model.addAttribute("q", q);
    List<String> filterProblems = new ArrayList<>();
    OrganisationPage found;
    try {
      found = organisations.list(new OrganisationFilter(type, territory, q, null),
          Math.max(0, page), PAGE_SIZE, locale);
    } catch (InvalidInputException invalid) {
      filterProblems.addAll(describe(invalid.problems(), locale));
      found = new OrganisationPage(List.of(), 0, PAGE_SIZE, 0);
    }
    Map<String, String> territoryNames = new HashMap<>();
    model.addAttribute("rows", found.items().stream()
        .map(o -> new Row(o, o.name(locale), territoryNames.computeIfAbsent(o.territoryCode(),
            code -> territories.name(code, locale).orElse(code))))
        .toList());
    model.addAttribute("filterProblems", filterProblems);
    model.addAttribute("page", found.page());
    model.addAttribute("total", found.total());
    model.addAttribute("lastPage", Math.max(0, (int) ((found.total() - 1) / PAGE_SIZE)));
    model.addAttribute("territoryChoices", territoryChoices(locale));
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new OrganisationForm(null, "", "", "", "", "", "", "", "",
          true, null));
    }
    return "organisation/list";
  }

  @PostMapping("/admin/organisations")
  String register(OrganisationForm form, Locale locale, Model model,
      RedirectAttributes redirect) {
    try {
      Organisation created = organisations.register(form);
      redirect.addFlashAttribute("saved", created.name(locale));
      return "redirect:/admin/organisations/" + created.id();
    } catch (InvalidInputException invalid) {
      model.addAttribute("problems", describe(invalid.problems(), locale));
    } catch (ConflictException conflict) {
      model.addAttribute("problems", List.of(describe(conflict, locale)));
    }
    model.addAttribute("form", form);
    return list(null, null, null, 0, locale, model);
  }

  @GetMapping("/admin/organisations/{id}")
  String edit(@PathVariable UUID id, Locale locale, Model model,
      HttpServletResponse response) {
    Organisation organisation = organisations.find(id).orElse(null);
    if (organisation == null) {
      return notFound(model, response);
    }
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new OrganisationForm(organisation.type(),
          organisation.nameKk(), organisation.nameRu(), organisation.nameEn(),
          organisation.territoryCode(), organisation.address(), organisation.phone(),
          organisation.email(), organisation.headName(), organisation.active(),
          organisation.version()));
    }
    model.addAttribute("organisation", organisation);
    model.addAttribute("name", organisation.name(locale));
    String territory = organisation.territoryCode();
    model.addAttribute("territoryName", territories.name(territory, locale).orElse(territory));
    model.addAttribute("territoryChoices", territoryChoices(locale));
    return "organisation/edit";
  }

  @PostMapping("/admin/organisations/{id}")
  String revise(@PathVariable UUID id, OrganisationForm form, Locale locale, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    try {
      Organisation revised = organisations.revise(id, form);
      redirect.addFlashAttribute("saved", revised.name(locale));
      return "redirect:/admin/organisations/" + id;
    } catch (NotFoundException missing) {
      return notFound(model, response);
    } catch (InvalidInputException invalid) {
      model.addAttribute("problems", describe(invalid.problems(), locale));
    } catch (ConflictException conflict) {
      model.addAttribute("problems", List.of(describe(conflict, locale)));
    }
    model.addAttribute("form", form);
    return edit(id, locale, model, response);
  }

  /**
   * Every region and republican city followed by the territories below it, two levels down:
   * the places an organisation is registered in. Other codes can still be typed.
   */
  private List<TerritoryChoice> territoryChoices(Locale locale) {
    List<TerritoryChoice> choices = new ArrayList<>();
    for (Territory region : territories.regions()) {
      String regionName = region.name(locale);
      choices.add(new TerritoryChoice(region.code(), regionName));
      for (Territory district : territories.children(region.code())) {
        String districtName = regionName + " — " + district.name(locale);
        choices.add(new TerritoryChoice(district.code(), districtName));
        for (Territory part : territories.children(district.code())) {
          choices.add(new TerritoryChoice(part.code(), districtName + " — " + part.name(locale)));
        }
      }
    }
    return choices;
  }

  private List<String> describe(List<FieldProblem> problems, Locale locale) {
    return problems.stream()
        .map(p -> messages.getMessage("organisation.field." + p.field(), null, p.field(), locale)
            + ": " + messages.getMessage("error." + p.code(), p.args(), p.message(), locale))
        .toList();
  }

  private String describe(ConflictException conflict, Locale locale) {
    return messages.getMessage("error." + conflict.code(), conflict.args(), conflict.getMessage(),
        locale);
  }

  /** The error page with 404: the layout and menu stay, unlike a bare problem document. */
  private static String notFound(Model model, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    model.addAttribute("status", HttpServletResponse.SC_NOT_FOUND);
    return "error";
  }
}
