package kz.jol.reintegration.web;

import static kz.jol.access.Role.PROBATION_HEAD;
import static kz.jol.access.Role.PROBATION_OFFICER;
import static kz.jol.access.Role.PROSECUTOR;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.organisation.OrganisationFilter;
import kz.jol.organisation.Organisations;
import kz.jol.register.CaseState;
import kz.jol.register.application.CaseService;
import kz.jol.register.card.CardSection;
import kz.jol.reintegration.application.PlanService;
import kz.jol.reintegration.application.PlanService.PlanView;
import kz.jol.reintegration.domain.PlanState;
import kz.jol.shared.FormProblems;
import kz.jol.shared.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The card's plan (ИПР) section: state, due date, overdue, actions with their organisations in
 * the reader's language, uncovered domains and the history; for probation staff the forms to
 * draft, change, approve, review and close it. A prosecutor reads it, as the plan API allows.
 */
@Component
class PlanCardSection extends CardSection {

  private final PlanService plans;
  private final CaseService cases;
  private final Organisations organisations;

  PlanCardSection(PlanService plans, CaseService cases, Organisations organisations) {
    super(200, "reintegration/card", "plan", PROBATION_OFFICER, PROBATION_HEAD, PROSECUTOR);
    this.plans = plans;
    this.cases = cases;
    this.organisations = organisations;
  }

  @Override
  public void addTo(Model model, UUID caseId, Actor actor) {
    model.addAttribute("plan", card(caseId, actor, null, FormProblems.NONE, Map.of()));
  }

  PlanCard card(UUID caseId, Actor actor, String failed, FormProblems errors,
      Map<String, String> input) {
    PlanView plan;
    try {
      plan = plans.get(caseId);
    } catch (NotFoundException none) {
      plan = null; // no plan drafted yet (the case itself was read by the card)
    }
    boolean staff = actor.is(PROBATION_OFFICER, PROBATION_HEAD);
    boolean caseOpen = cases.get(caseId).state() != CaseState.CLOSED;
    // Once the case is closed its plan may only be closed too (the service says the same).
    boolean mayEdit = staff && (caseOpen
        ? plan == null || !plan.state().next().isEmpty()
        : plan != null && plan.state().next().contains(PlanState.CLOSED));
    List<PlanCard.Choice> choices = mayEdit && caseOpen ? active() : List.of();
    return new PlanCard(caseId, plan, mayEdit, caseOpen, choices, failed, errors, input);
  }

  /** The organisations that take work, by name in the reader's language. */
  private List<PlanCard.Choice> active() {
    var locale = LocaleContextHolder.getLocale();
    return organisations.list(new OrganisationFilter(null, null, null, true), 0,
            Organisations.MAX_PAGE_SIZE, locale).items().stream()
        .map(o -> new PlanCard.Choice(o.id(), o.name(locale)))
        .toList();
  }
}
