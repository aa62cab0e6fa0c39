package kz.jol.actionplan.web;

import static kz.jol.access.Role.ADMIN;
import static kz.jol.access.Role.AGENCY_HEAD;
import static kz.jol.access.Role.AGENCY_WORKER;
import static kz.jol.access.Role.ANALYST;
import static kz.jol.access.Role.PROBATION_HEAD;
import static kz.jol.access.Role.PROSECUTOR;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.actionplan.application.ActionPlanService;
import kz.jol.actionplan.application.ActionPlanService.ReportInput;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FormProblems;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.JolException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The action plans' pages: the plans, a plan with its measures and their states, a measure with
 * its reports and the form to file one, and the reporting-discipline dashboard. Scope is the
 * service's: a plan out of reach is 404.
 */
@Controller
class ActionPlanPages {

  private static final Set<String> FIELDS = Set.of("executor", "period", "state", "text");

  private final ActionPlanService service;
  private final MessageSource messages;
  private final ConsolidatedReportFiles files;

  ActionPlanPages(ActionPlanService service, MessageSource messages,
      ConsolidatedReportFiles files) {
    this.service = service;
    this.messages = messages;
    this.files = files;
  }

  /** The report form as posted. */
  record ReportForm(String executor, String period, String state, String text) {

    ReportInput toInput() {
      return new ReportInput(executor, period, state, text);
    }
  }

  @GetMapping("/action-plans")
  @Allowed({AGENCY_WORKER, AGENCY_HEAD, PROBATION_HEAD, PROSECUTOR, ANALYST, ADMIN})
  String plans(Model model, Locale locale) {
    model.addAttribute("plans", service.plans());
    model.addAttribute("labels", new ActionPlanLabels(messages, locale));
    return "actionplan/plans";
  }

  @GetMapping("/action-plans/{planId}")
  @Allowed({AGENCY_WORKER, AGENCY_HEAD, PROBATION_HEAD, PROSECUTOR, ANALYST, ADMIN})
  String plan(@PathVariable UUID planId, Model model, Locale locale) {
    model.addAttribute("view", service.plan(planId));
    model.addAttribute("labels", new ActionPlanLabels(messages, locale));
    return "actionplan/plan";
  }

  @GetMapping("/action-plans/{planId}/measures/{measureId}")
  @Allowed({AGENCY_WORKER, AGENCY_HEAD, PROBATION_HEAD, PROSECUTOR, ANALYST, ADMIN})
  String measure(@PathVariable UUID planId, @PathVariable UUID measureId, Model model,
      Locale locale) {
    return measure(planId, measureId, model, locale, null, FormProblems.NONE);
  }

  /**
   * Files a report. What the form got wrong comes back beside its fields (400); a report filed
   * already for the half-year comes back above the form (409); nothing typed is lost.
   */
  @PostMapping("/action-plans/{planId}/measures/{measureId}/reports")
  @Allowed({AGENCY_WORKER, AGENCY_HEAD, PROBATION_HEAD, PROSECUTOR, ANALYST})
  String file(@PathVariable UUID planId, @PathVariable UUID measureId, ReportForm form,
      Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
    try {
      var slot = service.file(planId, measureId, form.toInput());
      redirect.addFlashAttribute("saved", slot.period().key());
      redirect.addFlashAttribute("savedLate", slot.timeliness().daysLate());
      return "redirect:/action-plans/" + planId + "/measures/" + measureId;
    } catch (InvalidInputException | ConflictException refused) {
      response.setStatus(refused instanceof ConflictException ? HttpStatus.CONFLICT.value()
          : HttpStatus.BAD_REQUEST.value());
      return measure(planId, measureId, model, locale, form, problems(refused, locale));
    }
  }

  @GetMapping("/action-plans/{planId}/discipline")
  @Allowed({AGENCY_WORKER, AGENCY_HEAD, PROBATION_HEAD, PROSECUTOR, ANALYST, ADMIN})
  String discipline(@PathVariable UUID planId, Model model, Locale locale) {
    model.addAttribute("dashboard", service.dashboard(planId));
    model.addAttribute("labels", new ActionPlanLabels(messages, locale));
    return "actionplan/discipline";
  }

  /**
   * The ministry's consolidated report as a file: the yearly evaluation of {@code year}, or with
   * no year the final report; PDF or XLSX, in Kazakh or Russian.
   */
  @GetMapping("/action-plans/{planId}/report.pdf")
  @Allowed({ANALYST, ADMIN})
  ResponseEntity<byte[]> reportPdf(@PathVariable UUID planId,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String language, Locale locale) {
    return ConsolidatedReportResponse.of(service, files, planId, "pdf", year,
        language == null ? locale.getLanguage() : language);
  }

  @GetMapping("/action-plans/{planId}/report.xlsx")
  @Allowed({ANALYST, ADMIN})
  ResponseEntity<byte[]> reportXlsx(@PathVariable UUID planId,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String language, Locale locale) {
    return ConsolidatedReportResponse.of(service, files, planId, "xlsx", year,
        language == null ? locale.getLanguage() : language);
  }

  private String measure(UUID planId, UUID measureId, Model model, Locale locale,
      ReportForm posted, FormProblems errors) {
    var view = service.measure(planId, measureId);
    model.addAttribute("view", view);
    model.addAttribute("m", view.line().measure());
    model.addAttribute("posted", posted);
    model.addAttribute("errors", errors);
    model.addAttribute("labels", new ActionPlanLabels(messages, locale));
    return "actionplan/measure";
  }

  private FormProblems problems(JolException refused, Locale locale) {
    return FormProblems.of(refused, (code, fallback, args) ->
        messages.getMessage("error." + code, args, fallback, locale),
        field -> FIELDS.contains(field) ? field : null);
  }
}
