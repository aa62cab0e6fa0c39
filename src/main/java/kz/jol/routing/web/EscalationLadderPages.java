package kz.jol.routing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kz.jol.access.Allowed;
import kz.jol.access.Role;
import kz.jol.organisation.OrganisationType;
import kz.jol.routing.application.EscalationService;
import kz.jol.routing.application.EscalationService.NewLadder;
import kz.jol.routing.domain.EscalationLadder;
import kz.jol.routing.domain.EscalationLadder.StepInput;
import kz.jol.routing.domain.Reach;
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
 * The administrator's escalation-ladder editor: the levels in force, level 1 first, saved
 * whole as the next version with a note against the version read. Below, the history of
 * versions (who, when, why), each viewable as it was, as on the routing-matrix editor.
 */
@Controller
@Allowed(Role.ADMIN)
class EscalationLadderPages {

  private final EscalationService escalations;
  private final MessageSource messages;

  EscalationLadderPages(EscalationService escalations, MessageSource messages) {
    this.escalations = escalations;
    this.messages = messages;
  }

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute("reaches", Arrays.asList(Reach.values()));
    model.addAttribute("types", Arrays.asList(OrganisationType.values()));
    model.addAttribute("maxLevels", EscalationLadder.MAX_LEVELS);
  }

  @GetMapping("/admin/escalation-ladder")
  String edit(Model model) {
    EscalationService.LadderView ladder = escalations.ladder();
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new NewLadder(ladder.version(), "", ladder.steps().stream()
          .map(s -> new StepInput(s.reach(), s.organisationType(), s.answerHours())).toList()));
    }
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", FormProblems.NONE);
    }
    model.addAttribute("ladder", ladder);
    model.addAttribute("versions", escalations.ladderVersions());
    return "routing/ladder";
  }

  /** A version of the ladder as it was, read-only; 404 for one never written. */
  @GetMapping("/admin/escalation-ladder/versions/{version}")
  String version(@PathVariable int version, Model model) {
    EscalationService.LadderView shown = escalations.ladder(version);
    return WebForms.versionPage(model, "ladder", shown, shown, escalations.ladder().version());
  }

  /** Saves the levels as a new version, or adds / removes a level on the page only. */
  @PostMapping("/admin/escalation-ladder")
  String save(@ModelAttribute("form") NewLadder form, BindingResult binding,
      @RequestParam(required = false) String addStep,
      @RequestParam(required = false) Integer removeStep, Locale locale, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    List<StepInput> steps = new ArrayList<>(WebForms.orEmpty(form.steps()));
    steps.replaceAll(s -> s == null ? new StepInput(null, null, null) : s);
    if (addStep != null || removeStep != null) {
      if (addStep != null) {
        steps.add(new StepInput(null, null, null));
      } else if (removeStep >= 0 && removeStep < steps.size()) {
        steps.remove((int) removeStep);
      }
      model.addAttribute("form", new NewLadder(form.baseVersion(), form.note(), steps));
      return edit(model);
    }
    NewLadder cleaned = new NewLadder(form.baseVersion(), form.note(), steps);
    try {
      if (binding.hasFieldErrors()) {
        throw WebForms.unreadable(binding);
      }
      EscalationService.LadderView saved = escalations.replaceLadder(cleaned);
      redirect.addFlashAttribute("saved", saved.version());
      return "redirect:/admin/escalation-ladder";
    } catch (JolException refused) {
      model.addAttribute("errors", WebForms.problems(messages, refused, locale,
          field -> field.startsWith("steps[") || field.equals("note") ? field : null));
      model.addAttribute("form", cleaned);
      response.setStatus(WebForms.status(refused));
      return edit(model);
    }
  }
}
