package kz.jol.access.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.access.OrganisationDirectory;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.access.UserAdministration.UserForm;
import kz.jol.shared.InvalidInputException;
import kz.jol.territory.Territories;
import kz.jol.territory.Territory;
import kz.jol.shared.ConflictException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page of users: who may sign in, with which role and scope. */
@Controller
@Allowed(Role.ADMIN)
class UserPages {

  private final UserAdministration users;
  private final MessageSource messages;
  private final OrganisationDirectory organisations;
  private final Territories territories;

  UserPages(UserAdministration users, MessageSource messages, OrganisationDirectory organisations,
      Territories territories) {
    this.users = users;
    this.messages = messages;
    this.organisations = organisations;
    this.territories = territories;
  }

  /** A territory to choose, indented under its region. */
  record TerritoryOption(String code, String label) {}

  /** What the create form posts; kept to refill the form when something is wrong. */
  record NewUser(String username, String fullName, Role role, UUID organisationId,
      String territoryCode, String password) {}

  @ModelAttribute("roles")
  List<Role> roles() {
    return Arrays.asList(Role.values());
  }

  @ModelAttribute("organisations")
  List<OrganisationDirectory.OrganisationOption> organisations(Locale locale) {
    return organisations.options(locale);
  }

  @ModelAttribute("territories")
  List<TerritoryOption> territories(Locale locale) {
    List<TerritoryOption> options = new ArrayList<>();
    territories.find(Territories.REPUBLIC)
        .ifPresent(t -> options.add(new TerritoryOption(t.code(), t.name(locale))));
    for (Territory region : territories.regions()) {
      options.add(new TerritoryOption(region.code(), region.name(locale)));
      for (Territory part : territories.children(region.code())) {
        options.add(new TerritoryOption(part.code(), "\u00a0\u00a0\u00a0" + part.name(locale)));
      }
    }
    return options;
  }

  @GetMapping("/admin/users")
  String list(@RequestParam(required = false) Role role, Model model) {
    var listed = users.list(role, null, 0, 500);
    model.addAttribute("users", listed);
    Locale locale = LocaleContextHolder.getLocale();
    Map<String, String> names = new HashMap<>();
    listed.forEach(m -> territories.name(m.user().territoryCode(), locale)
        .ifPresent(name -> names.put(m.user().territoryCode(), name)));
    model.addAttribute("territoryNames", names);
    model.addAttribute("role", role);
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new NewUser("", "", Role.PROBATION_OFFICER, null, "", ""));
    }
    return "access/users";
  }

  @PostMapping("/admin/users")
  String create(NewUser form, Model model, RedirectAttributes redirect) {
    try {
      var created = users.create(new UserForm(form.username(), form.fullName(), form.role(),
          form.organisationId(), form.territoryCode(), true, form.password(), null));
      redirect.addFlashAttribute("created", created.user().username());
      return "redirect:/admin/users";
    } catch (InvalidInputException invalid) {
      model.addAttribute("problems", invalid.problems().stream()
          .map(p -> p.field() + ": " + messages.getMessage("error." + p.code(), p.args(),
              p.message(), LocaleContextHolder.getLocale()))
          .toList());
    } catch (ConflictException conflict) {
      model.addAttribute("problems", List.of(messages.getMessage("error." + conflict.code(),
          conflict.args(), conflict.getMessage(), LocaleContextHolder.getLocale())));
    }
    model.addAttribute("form", form);
    return list(null, model);
  }
}
