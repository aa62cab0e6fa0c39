package kz.jol.routing.web;

import static kz.jol.access.Role.AGENCY_HEAD;
import static kz.jol.access.Role.AGENCY_WORKER;
import static kz.jol.access.Role.POLICE_INSPECTOR;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.register.application.Paging;
import kz.jol.register.application.ResultPage;
import kz.jol.routing.application.ReferralService;
import kz.jol.routing.application.ReferralService.InboxItem;
import kz.jol.routing.domain.ReferralState;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.FormProblems;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.JolException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The agency inbox: the referrals addressed to the worker's organisation, the most urgent and
 * earliest due first, and one referral's page with the forms that move it on. Everything goes
 * through {@link ReferralService}, which keeps to the organisation (404 for any other referral),
 * shows the person only as far as the organisation needs, and writes the audit trail.
 */
@Controller
class InboxPages {

  /** Which referrals the list shows. */
  enum Show {
    OPEN(ReferralState.SENT, ReferralState.ACCEPTED, ReferralState.IN_PROGRESS),
    SENT(ReferralState.SENT),
    ACCEPTED(ReferralState.ACCEPTED),
    IN_PROGRESS(ReferralState.IN_PROGRESS),
    DONE(ReferralState.DONE),
    DECLINED(ReferralState.DECLINED),
    IMPOSSIBLE(ReferralState.IMPOSSIBLE),
    ALL(ReferralState.values());

    private final Set<ReferralState> states;

    Show(ReferralState... states) {
      this.states = EnumSet.of(states[0], states);
    }
  }

  private final ReferralService referrals;
  private final RoutingPageTexts texts;
  private final RoutingDates dates;

  InboxPages(ReferralService referrals, RoutingPageTexts texts, Clock clock) {
    this.referrals = referrals;
    this.texts = texts;
    this.dates = new RoutingDates(clock);
  }

  /** With htmx the filter swaps the list alone; without it the form submits as usual. */
  @GetMapping("/inbox")
  @Allowed({AGENCY_WORKER, AGENCY_HEAD, POLICE_INSPECTOR})
  String inbox(@RequestParam(defaultValue = "OPEN") Show state,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
    ResultPage<InboxItem> result = referrals.inbox(state.states, Paging.of(page, size));
    UriComponentsBuilder link = UriComponentsBuilder.fromPath("/inbox");
    if (state != Show.OPEN) {
      link.queryParam("state", state.name());
    }
    if (size != Paging.DEFAULT_SIZE) {
      link.queryParam("size", size);
    }
    model.addAttribute("show", state.name());
    model.addAttribute("shows", java.util.Arrays.stream(Show.values()).map(Enum::name).toList());
    model.addAttribute("result", result);
    model.addAttribute("pager", RoutingPager.of(result, link));
    model.addAttribute("dates", dates);
    return htmx == null ? "routing/inbox" : "routing/inbox :: list";
  }

  @GetMapping("/inbox/referrals/{id}")
  @Allowed({AGENCY_WORKER, AGENCY_HEAD, POLICE_INSPECTOR})
  String referral(@PathVariable UUID id, Model model) {
    return referral(id, model, null, FormProblems.NONE);
  }

  /**
   * Moves the referral on: accept, start, complete with the result and its evidence, decline or
   * report impossible with the reason. A refusal comes back on the page beside the fields of the
   * form that was sent; a stale version or a move no longer allowed shows the referral as it
   * stands now, with a message saying so.
   */
  @PostMapping("/inbox/referrals/{id}/answer")
  @Allowed({AGENCY_WORKER, AGENCY_HEAD, POLICE_INSPECTOR})
  String answer(@PathVariable UUID id, AnswerForm form, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    try {
      InboxItem moved = referrals.answer(id, form.toAnswer());
      redirect.addFlashAttribute("saved", moved.state());
      return "redirect:/inbox/referrals/" + id;
    } catch (InvalidInputException refused) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return referral(id, model, form, texts.errors(refused, AnswerForm.FIELDS));
    } catch (ConflictException refused) {
      // The page was out of date (someone moved the referral meanwhile, or the same form was
      // sent twice): say so and show the referral as it stands now, its forms starting afresh.
      response.setStatus(HttpStatus.CONFLICT.value());
      return referral(id, model, null, texts.notice("routing.page.referral.stale"));
    }
  }

  private String referral(UUID id, Model model, AnswerForm posted,
      FormProblems errors) {
    InboxItem item = referrals.inboxItem(id);
    List<ReferralService.HistoryEntry> history = referrals.inboxHistory(id);
    model.addAttribute("r", item);
    model.addAttribute("history", history);
    model.addAttribute("next", item.state().next());
    model.addAttribute("posted", posted);
    model.addAttribute("errors", errors);
    model.addAttribute("noErrors", FormProblems.NONE);
    model.addAttribute("dates", dates);
    return "routing/referral";
  }

  static int status(JolException refused) {
    return refused instanceof ConflictException ? HttpStatus.CONFLICT.value()
        : HttpStatus.BAD_REQUEST.value();
  }
}
