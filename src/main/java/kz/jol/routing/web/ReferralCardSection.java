package kz.jol.routing.web;

import static kz.jol.access.Role.PROBATION_HEAD;
import static kz.jol.access.Role.PROBATION_OFFICER;
import static kz.jol.access.Role.PROSECUTOR;

import java.util.List;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.register.card.CardSection;
import kz.jol.routing.application.EscalationService;
import kz.jol.routing.application.ReferralService;
import kz.jol.routing.application.ReferralService.ReferralView;
import kz.jol.routing.domain.Escalation;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The card's referrals section: each referral with its action, organisation (named in the
 * reader's language), state, deadline (marked when overdue) and history; the routing gaps; and
 * for probation staff the escalations of the case's referrals. The roles are those of
 * {@code GET /api/v1/cases/{id}/referrals}; escalations those of {@code /api/v1/escalations}.
 */
@Component
class ReferralCardSection extends CardSection {

  private final ReferralService referrals;
  private final EscalationService escalations;

  ReferralCardSection(ReferralService referrals, EscalationService escalations) {
    super(300, "routing/card", "referrals", PROBATION_OFFICER, PROBATION_HEAD, PROSECUTOR);
    this.referrals = referrals;
    this.escalations = escalations;
  }

  @Override
  public void addTo(Model model, UUID caseId, Actor actor) {
    List<ReferralView> ofCase = referrals.ofCase(caseId);
    boolean staff = actor.is(PROBATION_OFFICER, PROBATION_HEAD);
    List<Escalation> raised = !staff ? List.of() : ofCase.stream()
        .flatMap(r -> escalations.ofReferral(r.id()).stream())
        .sorted(java.util.Comparator.comparing(Escalation::openedAt).reversed())
        .toList();
    model.addAttribute("routingCard",
        new ReferralsCard(ofCase, referrals.gaps(caseId), raised, staff));
  }
}
