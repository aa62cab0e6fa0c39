package kz.jol.routing.web;

import java.util.List;
import kz.jol.routing.application.ReferralService.ReferralView;
import kz.jol.routing.application.ReferralService.RoutingGap;
import kz.jol.routing.domain.Escalation;

/**
 * What the card's referrals section shows.
 *
 * @param showsEscalations whether the reader's role sees escalations (probation staff)
 */
public record ReferralsCard(List<ReferralView> referrals, List<RoutingGap> gaps,
    List<Escalation> escalations, boolean showsEscalations) {}
