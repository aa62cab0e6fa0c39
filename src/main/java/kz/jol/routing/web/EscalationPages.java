package kz.jol.routing.web;

import static kz.jol.access.Role.AGENCY_HEAD;
import static kz.jol.access.Role.PROBATION_HEAD;
import static kz.jol.access.Role.PROBATION_OFFICER;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.access.CurrentActor;
import kz.jol.register.application.Paging;
import kz.jol.register.application.ResultPage;
import kz.jol.routing.application.EscalationService;
import kz.jol.routing.application.EscalationService.EscalationView;
import kz.jol.routing.domain.Escalation;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FormProblems;
import kz.jol.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The escalation board: the escalations of late referrals a head answers or a probation head
 * and officer follow, live ones first, and one escalation with its history and, for the heads
 * of the organisations it names (AGENCY_HEAD), the answer form. Probation staff read only.
 * {@link EscalationService} decides who sees what (404 for anyone else) and writes the audit.
 */
@Controller
class EscalationPages {

  private final EscalationService escalations;
  private final CurrentActor currentActor;
  private final RoutingPageTexts texts;
  private final RoutingDates dates;
  private final Clock clock;

  EscalationPages(EscalationService escalations, CurrentActor currentActor,
      RoutingPageTexts texts, Clock clock) {
    this.escalations = escalations;
    this.currentActor = currentActor;
    this.texts = texts;
    this.dates = new RoutingDates(clock);
    this.clock = clock;
  }

  @GetMapping("/escalations")
  @Allowed({AGENCY_HEAD, PROBATION_HEAD, PROBATION_OFFICER})
  String board(@RequestParam(defaultValue = "false") boolean all,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size, Model model) {
    ResultPage<EscalationView> result = escalations.list(all, Paging.of(page, size));
    UriComponentsBuilder link = UriComponentsBuilder.fromPath("/escalations");
    if (all) {
      link.queryParam("all", true);
    }
    if (size != Paging.DEFAULT_SIZE) {
      link.queryParam("size", size);
    }
    model.addAttribute("all", all);
    model.addAttribute("result", result);
    model.addAttribute("pager", RoutingPager.of(result, link));
    model.addAttribute("mayAnswer", currentActor.require().is(AGENCY_HEAD));
    model.addAttribute("dates", dates);
    return "routing/escalations";
  }

  @GetMapping("/escalations/{id}")
  @Allowed({AGENCY_HEAD, PROBATION_HEAD, PROBATION_OFFICER})
  String escalation(@PathVariable UUID id, Model model) {
    return escalation(id, model, null, FormProblems.NONE);
  }

  /**
   * The head's answer. Every problem comes back beside its field at once; an answer that came
   * too late (answered, escalated or closed meanwhile, a stale version) shows the escalation
   * as it stands now, with a message saying so.
   */
  @PostMapping("/escalations/{id}/answer")
  @Allowed(AGENCY_HEAD)
  String answer(@PathVariable UUID id, EscalationAnswerForm form, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    try {
      escalations.answer(id, form.toAnswer(clock.getZone()));
      redirect.addFlashAttribute("saved", true);
      return "redirect:/escalations/" + id;
    } catch (InvalidInputException | ConflictException refused) {
      response.setStatus(InboxPages.status(refused));
      EscalationAnswerForm kept = refused instanceof ConflictException ? null : form;
      return escalation(id, model, kept, texts.errors(refused, EscalationAnswerForm.FIELDS));
    }
  }

  private String escalation(UUID id, Model model, EscalationAnswerForm posted,
      FormProblems errors) {
    EscalationView e = escalations.get(id);
    boolean mayAnswer = currentActor.require().is(AGENCY_HEAD)
        && e.state() == Escalation.State.OPEN;
    model.addAttribute("e", e);
    model.addAttribute("mayAnswer", mayAnswer);
    model.addAttribute("form", posted != null ? posted
        : new EscalationAnswerForm(null, null,
            dates.input(clock.instant().plus(Duration.ofDays(2))), Long.toString(e.version())));
    model.addAttribute("errors", errors);
    model.addAttribute("dates", dates);
    model.addAttribute("minDeadline", dates.input(clock.instant()));
    return "routing/escalation";
  }
}
