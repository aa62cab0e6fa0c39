package kz.jol.casework.web;

import static kz.jol.access.Role.PROBATION_HEAD;
import static kz.jol.access.Role.PROBATION_OFFICER;

import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.Allowed;
import kz.jol.access.CurrentActor;
import kz.jol.casework.Caseload;
import kz.jol.register.CaseState;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.CaseView;
import kz.jol.register.application.Paging;
import kz.jol.reintegration.domain.RiskLevel;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The officer's caseload, the landing page of probation officers and heads: their cases with
 * risk, index and next milestone, overdue ones first. An officer sees their own cases or, on
 * asking, their unit's; a head sees the unit's territory and may pick one officer. With htmx
 * the filters swap the list alone; without it the form submits and the page reloads.
 */
@Controller
class CaseloadPage {

  private final Caseload caseload;
  private final CaseService cases;
  private final CurrentActor currentActor;
  private final MessageSource messages;

  CaseloadPage(Caseload caseload, CaseService cases, CurrentActor currentActor,
      MessageSource messages) {
    this.caseload = caseload;
    this.cases = cases;
    this.currentActor = currentActor;
    this.messages = messages;
  }

  /** A page's address with its filters, and the page links under the list. */
  record Pager(int number, int pages, long total, String previous, String next) {}

  @GetMapping("/caseload")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  String caseload(
      @RequestParam(required = false) String view,
      @RequestParam(required = false) String officer,
      @RequestParam(required = false) CaseState state,
      @RequestParam(required = false) RiskLevel risk,
      @RequestParam(required = false) String due,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Locale locale, Model model, HttpServletResponse response) {
    Actor actor = currentActor.require();
    boolean head = actor.is(PROBATION_HEAD);
    // Only an officer has cases of their own; a head always sees the unit.
    boolean mine = !head && !"unit".equals(view);
    boolean week = "week".equals(due);
    String query = q == null || q.isBlank() ? null : q.strip();
    List<String> problems = new ArrayList<>();
    UUID officerId = head ? officerId(officer, problems) : null;
    model.addAttribute("head", head);
    model.addAttribute("mine", mine);
    model.addAttribute("officerId", officerId);
    model.addAttribute("state", state);
    model.addAttribute("risk", risk);
    model.addAttribute("week", week);
    model.addAttribute("q", query);
    model.addAttribute("states", CaseState.values());
    model.addAttribute("risks", RiskLevel.values());
    model.addAttribute("officers",
        head ? cases.assignableOfficers() : List.<CaseView.OfficerRef>of());
    model.addAttribute("dates", DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(locale));
    try {
      if (!problems.isEmpty()) {
        throw new InvalidInputException("officer", "casework.caseload.officer",
            "not an officer's id", officer);
      }
      Caseload.Result result = caseload.find(
          new Caseload.Query(mine, officerId, state, risk, week, query), Paging.of(page, size));
      UriComponentsBuilder link = UriComponentsBuilder.fromPath("/caseload")
          .queryParamIfPresent("view", Optional.ofNullable(head || mine ? null : "unit"))
          .queryParamIfPresent("officer", Optional.ofNullable(officerId))
          .queryParamIfPresent("state", Optional.ofNullable(state))
          .queryParamIfPresent("risk", Optional.ofNullable(risk))
          .queryParamIfPresent("due", Optional.ofNullable(week ? "week" : null))
          .queryParamIfPresent("q", Optional.ofNullable(query));
      if (size != Paging.DEFAULT_SIZE) {
        link.queryParam("size", size);
      }
      model.addAttribute("result", result);
      model.addAttribute("pager", pager(result, link));
    } catch (InvalidInputException e) {
      // htmx swaps only successful answers; a plain request learns that the filter was bad.
      if (htmx == null) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
      }
      model.addAttribute("filterErrors", e.problems().stream()
          .map(p -> text(p, locale)).toList());
    }
    return htmx == null ? "casework/caseload" : "casework/caseload :: caseload";
  }

  private static UUID officerId(String officer, List<String> problems) {
    if (officer == null || officer.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(officer.strip());
    } catch (IllegalArgumentException e) {
      problems.add(officer);
      return null;
    }
  }

  private String text(FieldProblem problem, Locale locale) {
    return messages.getMessage("error." + problem.code(), problem.args(), problem.message(),
        locale);
  }

  private static Pager pager(Caseload.Result result, UriComponentsBuilder list) {
    int pages = (int) Math.max(1, (result.total() + result.size() - 1) / result.size());
    String previous = result.page() > 0 ? link(list, result.page() - 1) : null;
    String next = result.page() + 1 < pages ? link(list, result.page() + 1) : null;
    return new Pager(result.page() + 1, pages, result.total(), previous, next);
  }

  private static String link(UriComponentsBuilder list, int page) {
    return list.cloneBuilder().replaceQueryParam("page", page).encode().build().toUriString();
  }
}
