package kz.jol.routing.domain;

import kz.jol.organisation.OrganisationType;

/**
 * One level of the escalation ladder: an escalation at this level goes to the head of the body
 * of this type found at this reach, who has {@code answerHours} to give the reason and the new
 * deadline before the next level is escalated to.
 */
public record LadderStep(int level, Reach reach, OrganisationType organisationType,
    int answerHours) {}
