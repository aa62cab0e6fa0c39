package kz.jol.reintegration.web;

import static kz.jol.access.Role.PROBATION_HEAD;
import static kz.jol.access.Role.PROBATION_OFFICER;
import static kz.jol.access.Role.PROSECUTOR;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.register.CaseState;
import kz.jol.register.application.CaseService;
import kz.jol.register.card.CardSection;
import kz.jol.reintegration.application.ReintegrationService;
import kz.jol.reintegration.domain.Domain;
import kz.jol.shared.FormProblems;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The card's reintegration section: the five domains with score, risk and its reason, evidence
 * and critical failures in words, the index, success and the day-180 reading. Probation staff
 * also get a form per domain, with a preview of its effect before saving. The roles are those
 * of {@code GET /api/v1/cases/{id}/reintegration}: a police inspector does not see it.
 */
@Component
class ReintegrationCardSection extends CardSection {

  private final ReintegrationService reintegration;
  private final CaseService cases;
  private final Clock clock;

  ReintegrationCardSection(ReintegrationService reintegration, CaseService cases, Clock clock) {
    super(100, "reintegration/card", "reintegration", PROBATION_OFFICER, PROBATION_HEAD, PROSECUTOR);
    this.reintegration = reintegration;
    this.cases = cases;
    this.clock = clock;
  }

  @Override
  public void addTo(Model model, UUID caseId, Actor actor) {
    model.addAttribute("reint", card(caseId, actor, null));
  }

  /** The section, with {@code replaced} in place of the blank form of its domain. */
  ReintegrationCard card(UUID caseId, Actor actor, ReintegrationCard.Assess replaced) {
    ReintegrationService.Evaluated evaluated = reintegration.evaluate(caseId, null);
    LocalDate today = LocalDate.now(clock);
    // A closed case is history: it is read, not assessed (as its card offers no change either).
    boolean assesses = actor.is(PROBATION_OFFICER, PROBATION_HEAD)
        && cases.get(caseId).state() != CaseState.CLOSED;
    List<ReintegrationCard.Assess> forms = !assesses
        ? List.of()
        : Arrays.stream(Domain.values())
            .map(d -> replaced != null && d == replaced.form().domainOrNull() ? replaced
                : new ReintegrationCard.Assess(caseId, AssessmentForm.blank(d, today),
                    FormProblems.NONE, null))
            .toList();
    return ReintegrationCard.of(caseId, evaluated, forms);
  }
}
