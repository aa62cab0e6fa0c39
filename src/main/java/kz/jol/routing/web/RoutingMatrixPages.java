package kz.jol.routing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kz.jol.access.Allowed;
import kz.jol.access.Role;
import kz.jol.organisation.OrganisationType;
import kz.jol.reintegration.domain.Domain;
import kz.jol.reintegration.domain.RiskLevel;
import kz.jol.routing.application.RoutingMatrixService;
import kz.jol.routing.application.RoutingMatrixService.NewVersion;
import kz.jol.routing.application.RoutingMatrixService.RuleInput;
import kz.jol.routing.domain.DeadlineUnit;
import kz.jol.routing.domain.Priority;
import kz.jol.routing.domain.RoutingMatrix;
import kz.jol.routing.domain.RoutingRule;
import kz.jol.shared.FormProblems;
import kz.jol.shared.JolException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's routing-matrix editor: the rules in force as an editable table, saved
 * whole as the next version with a note, against the version read; rows are added and removed
 * on the server, so the page works without JavaScript. Below, the history of versions (who,
 * when, why), each viewable as it was. Who wrote a version is kept on the version itself.
 */
@Controller
@Allowed(Role.ADMIN)
class RoutingMatrixPages {

  private final RoutingMatrixService matrix;
  private final MessageSource messages;

  RoutingMatrixPages(RoutingMatrixService matrix, MessageSource messages) {
    this.matrix = matrix;
    this.messages = messages;
  }

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute("domains", Arrays.asList(Domain.values()));
    model.addAttribute("levels", List.of(RiskLevel.R1, RiskLevel.R2, RiskLevel.R3));
    model.addAttribute("types", Arrays.asList(OrganisationType.values()));
    model.addAttribute("units", Arrays.asList(DeadlineUnit.values()));
    model.addAttribute("priorities", Arrays.asList(Priority.values()));
  }

  @GetMapping("/admin/routing-matrix")
  String edit(Model model) {
    RoutingMatrix current = matrix.current();
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new NewVersion(current.version(), "",
          current.rules().stream().map(RoutingMatrixPages::input).toList()));
    }
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", FormProblems.NONE);
    }
    model.addAttribute("current", current.version());
    model.addAttribute("versions", matrix.versions());
    return "routing/matrix";
  }

  /**
   * Saves the table as a new version; or, when the admin pressed "add a row" or a row's
   * "remove", shows the table again with that change and saves nothing.
   */
  @PostMapping("/admin/routing-matrix")
  String save(@ModelAttribute("form") NewVersion form, BindingResult binding,
      @RequestParam(required = false) String addRow,
      @RequestParam(required = false) Integer removeRow, Locale locale, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    List<RuleInput> rules = new ArrayList<>(form.rules() == null ? List.of() : form.rules());
    rules.replaceAll(r -> r == null ? blank() : r);
    if (addRow != null) {
      rules.add(blank());
      model.addAttribute("form", new NewVersion(form.baseVersion(), form.note(), rules));
      return edit(model);
    }
    if (removeRow != null) {
      if (removeRow >= 0 && removeRow < rules.size()) {
        rules.remove((int) removeRow);
      }
      model.addAttribute("form", new NewVersion(form.baseVersion(), form.note(), rules));
      return edit(model);
    }
    NewVersion cleaned = new NewVersion(form.baseVersion(), form.note(), rules);
    try {
      if (binding.hasFieldErrors()) {
        throw WebForms.unreadable(binding);
      }
      RoutingMatrix saved = matrix.replace(cleaned);
      redirect.addFlashAttribute("saved", saved.version());
      return "redirect:/admin/routing-matrix";
    } catch (JolException refused) {
      model.addAttribute("errors", WebForms.problems(messages, refused, locale,
          field -> field.startsWith("rules[") || field.equals("note")
              ? field.replaceFirst("\\.target$", ".targetAmount") : null));
      model.addAttribute("form", cleaned);
      response.setStatus(WebForms.status(refused));
      return edit(model);
    }
  }

  @GetMapping("/admin/routing-matrix/versions/{version}")
  String version(@PathVariable int version, Model model) {
    // A version never written is a 404 on Jol's error page (RoutingPageAdvice).
    RoutingMatrix shown = matrix.version(version);
    return WebForms.versionPage(model, "matrix", shown, matrix.versions().stream()
        .filter(v -> v.version() == version).findFirst().orElseThrow(),
        matrix.current().version());
  }

  private static RuleInput blank() {
    return new RuleInput(null, null, "", "", "", "", null, null, null, null, null, null);
  }

  private static RuleInput input(RoutingRule r) {
    return new RuleInput(r.domain(), r.level(), r.actionCode(), r.actionKk(), r.actionRu(),
        r.actionEn(), r.targetType(), r.deadline().amount(), r.deadline().unit(),
        r.target() == null ? null : r.target().amount(),
        r.target() == null ? null : r.target().unit(), r.priority());
  }
}
