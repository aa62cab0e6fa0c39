package kz.jol.access.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.access.UserAdministration.UserForm;
import kz.jol.shared.InvalidInputException;
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

  UserPages(UserAdministration users, MessageSource messages) {
    this.users = users;
    this.messages = messages;
  }

  /** What the create form posts; kept to refill the form when something is wrong. */
  record NewUser(String username, String fullName, Role role, UUID organisationId,
      String territoryCode, String password) {}

  @ModelAttribute("roles")
  List<Role> roles() {
    return Arrays.asList(Role.values());
  }

  @GetMapping("/admin/users")
  String list(@RequestParam(required = false) Role role, Model model) {
    model.addAttribute("users", users.list(role, null, 0, 500));
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
