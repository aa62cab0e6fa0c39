package kz.jol.reintegration.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.jol.access.Allowed;
import kz.jol.access.Role;
import kz.jol.audit.AuditLog;
import kz.jol.reintegration.application.RiskRulesSettings;
import kz.jol.reintegration.domain.RiskRules;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.FormProblems;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.JolException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's risk thresholds: the warning windows and the screening day, changed
 * against the version read; below, who changed them and how, from the audit trail.
 */
@Controller
@Allowed(Role.ADMIN)
class RiskRulesPages {

  static final List<String> FIELDS = List.of("legalWarningDays", "economicWarningDays",
      "healthWarningDays", "planWarningDays", "healthScreeningDay");

  private final RiskRulesSettings settings;
  private final AuditLog auditLog;
  private final MessageSource messages;

  RiskRulesPages(RiskRulesSettings settings, AuditLog auditLog, MessageSource messages) {
    this.settings = settings;
    this.auditLog = auditLog;
    this.messages = messages;
  }

  /** What the form posts; a blank or unreadable number is null. */
  record RulesForm(Integer legalWarningDays, Integer economicWarningDays,
      Integer healthWarningDays, Integer planWarningDays, Integer healthScreeningDay,
      Integer version) {}

  @GetMapping("/admin/risk-rules")
  String edit(Model model) {
    RiskRulesSettings.Versioned current = settings.current();
    RiskRules r = current.rules();
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new RulesForm(r.legalWarningDays(), r.economicWarningDays(),
          r.healthWarningDays(), r.planWarningDays(), r.healthScreeningDay(),
          current.version()));
    }
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", FormProblems.NONE);
    }
    RulesForm form = (RulesForm) model.getAttribute("form");
    java.util.Map<String, Integer> values = new java.util.HashMap<>();
    values.put("legalWarningDays", form.legalWarningDays());
    values.put("economicWarningDays", form.economicWarningDays());
    values.put("healthWarningDays", form.healthWarningDays());
    values.put("planWarningDays", form.planWarningDays());
    values.put("healthScreeningDay", form.healthScreeningDay());
    model.addAttribute("values", values);
    model.addAttribute("current", current);
    model.addAttribute("fields", FIELDS);
    model.addAttribute("history", auditLog.history(RiskRulesSettings.AUDIT_TYPE,
        RiskRulesSettings.AUDIT_RECORD_ID, 0, 20));
    return "reintegration/risk-rules";
  }

  @PostMapping("/admin/risk-rules")
  String save(@ModelAttribute("form") RulesForm form, BindingResult binding, Locale locale,
      Model model, RedirectAttributes redirect, HttpServletResponse response) {
    try {
      List<FieldProblem> missing = new ArrayList<>();
      required(missing, binding, "legalWarningDays", form.legalWarningDays());
      required(missing, binding, "economicWarningDays", form.economicWarningDays());
      required(missing, binding, "healthWarningDays", form.healthWarningDays());
      required(missing, binding, "planWarningDays", form.planWarningDays());
      required(missing, binding, "healthScreeningDay", form.healthScreeningDay());
      if (!missing.isEmpty()) {
        throw new InvalidInputException(missing);
      }
      RiskRules rules = new RiskRules(form.legalWarningDays(), form.economicWarningDays(),
          form.healthWarningDays(), form.planWarningDays(), form.healthScreeningDay());
      RiskRulesSettings.Versioned saved = settings.change(rules, form.version());
      redirect.addFlashAttribute("saved", saved.version());
      return "redirect:/admin/risk-rules";
    } catch (JolException refused) {
      model.addAttribute("errors", FormProblems.of(refused, (code, fallback, args) ->
          messages.getMessage("error." + code, args, fallback, locale),
          field -> FIELDS.contains(field) ? field : null));
      model.addAttribute("form", form);
      response.setStatus(refused instanceof ConflictException
          ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
      return edit(model);
    }
  }

  private static void required(List<FieldProblem> problems, BindingResult binding,
      String field, Integer value) {
    if (binding.hasFieldErrors(field)) {
      problems.add(new FieldProblem(field, "field.invalid", "this value is not valid"));
    } else if (value == null) {
      problems.add(new FieldProblem(field, "field.required", "is required"));
    }
  }
}
