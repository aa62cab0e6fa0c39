package kz.jol.reintegration.web;

import static kz.jol.access.Role.PROBATION_HEAD;
import static kz.jol.access.Role.PROBATION_OFFICER;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.access.CurrentActor;
import kz.jol.register.card.CardSaved;
import kz.jol.register.card.CaseCardPage;
import kz.jol.reintegration.application.PlanActionInput;
import kz.jol.reintegration.application.PlanService;
import kz.jol.reintegration.domain.ActionStatus;
import kz.jol.reintegration.domain.Domain;
import kz.jol.reintegration.domain.PlanState;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The plan's forms on the case card: draft, add and change actions, mark them done or
 * cancelled, approve, review, close. A change reloads the card; a refusal shows the plan
 * section again with the refused form's input and its problems beside the fields (with htmx in
 * place, without it on a page of its own).
 */
@Controller
@CaseCardPage
class PlanPages {

  private static final Set<String> ACTION_FIELDS =
      Set.of("domain", "goal", "action", "responsibleOrganisationId", "dueOn");
  private static final Set<String> CLOSE_FIELDS = Set.of("status", "outcome");
  private static final Set<String> TRANSITION_FIELDS = Set.of("state", "on", "note");

  private final PlanService plans;
  private final PlanCardSection section;
  private final CurrentActor currentActor;
  private final ReintegrationPageTexts texts;

  PlanPages(PlanService plans, PlanCardSection section, CurrentActor currentActor,
      ReintegrationPageTexts texts) {
    this.plans = plans;
    this.section = section;
    this.currentActor = currentActor;
    this.texts = texts;
  }

  /** Drafts the plan, with no actions yet. */
  @PostMapping("/cases/{id}/plan")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  String create(@PathVariable UUID id, @RequestParam Map<String, String> params,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    return change(id, "create", Set.of(), params, htmx, model, request, response,
        () -> plans.create(id, List.of()));
  }

  @PostMapping("/cases/{id}/plan/actions")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  String addAction(@PathVariable UUID id, @RequestParam Map<String, String> params,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    return change(id, "add", ACTION_FIELDS, params, htmx, model, request, response,
        () -> plans.addAction(id, action(params), version(params)));
  }

  @PostMapping("/cases/{id}/plan/actions/{actionId}")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  String changeAction(@PathVariable UUID id, @PathVariable UUID actionId,
      @RequestParam Map<String, String> params,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    return change(id, "change-" + actionId, ACTION_FIELDS, params, htmx, model, request,
        response, () -> plans.changeAction(id, actionId, action(params), version(params)));
  }

  @PostMapping("/cases/{id}/plan/actions/{actionId}/close")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  String closeAction(@PathVariable UUID id, @PathVariable UUID actionId,
      @RequestParam Map<String, String> params,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    return change(id, "close-" + actionId, CLOSE_FIELDS, params, htmx, model, request,
        response, () -> plans.closeAction(id, actionId, new PlanService.ActionCloseInput(
            choice(params, "status", ActionStatus.class), text(params, "outcome"),
            version(params))));
  }

  /** Approves, puts under review or closes; an earlier day records a decision on paper. */
  @PostMapping("/cases/{id}/plan/transitions")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  String transition(@PathVariable UUID id, @RequestParam Map<String, String> params,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    return change(id, "transition", TRANSITION_FIELDS, params, htmx, model, request,
        response, () -> {
          PlanState state = choice(params, "state", PlanState.class);
          LocalDate on = date(params, "on");
          if (state == null) {
            throw new InvalidInputException("state", "field.required", "is required");
          }
          return plans.transition(id, new PlanService.TransitionInput(state,
              text(params, "note"), version(params), on));
        });
  }

  private String change(UUID id, String form, Set<String> fields, Map<String, String> params,
      String htmx, Model model, HttpServletRequest request, HttpServletResponse response,
      java.util.function.Supplier<PlanService.PlanView> write) {
    try {
      write.get();
    } catch (InvalidInputException | ConflictException refused) {
      // htmx swaps only successful answers; a plain request learns that the form was refused.
      if (htmx == null) {
        response.setStatus(refused instanceof ConflictException
            ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
      }
      model.addAttribute("plan", section.card(id, currentActor.require(), form,
          texts.errors(refused, fields), params));
      return htmx == null ? "reintegration/plan-page" : "reintegration/card :: plan";
    }
    return CardSaved.answer(id, "plan-" + form, "plan", htmx, request, response);
  }

  private static PlanActionInput action(Map<String, String> params) {
    List<FieldProblem> problems = new ArrayList<>();
    Domain domain = parse(problems, params, "domain", Domain.class);
    UUID organisation = null;
    String org = text(params, "responsibleOrganisationId");
    if (org != null) {
      try {
        organisation = UUID.fromString(org);
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("responsibleOrganisationId", "field.invalid",
            "not a choice"));
      }
    }
    LocalDate dueOn = null;
    try {
      dueOn = date(params, "dueOn");
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new PlanActionInput(domain, text(params, "goal"), text(params, "action"),
        organisation, dueOn);
  }

  private static <E extends Enum<E>> E choice(Map<String, String> params, String field,
      Class<E> type) {
    List<FieldProblem> problems = new ArrayList<>();
    E value = parse(problems, params, field, type);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return value;
  }

  private static <E extends Enum<E>> E parse(List<FieldProblem> problems,
      Map<String, String> params, String field, Class<E> type) {
    String value = text(params, field);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, "field.invalid", "not a choice"));
      return null;
    }
  }

  private static LocalDate date(Map<String, String> params, String field) {
    String value = text(params, field);
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "field.invalid", "not a date");
    }
  }

  private static Long version(Map<String, String> params) {
    String value = text(params, "version");
    try {
      return value == null ? null : Long.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String text(Map<String, String> params, String field) {
    String value = params.get(field);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
