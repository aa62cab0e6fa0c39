package kz.jol.routing.web;

import java.util.Map;
import kz.jol.routing.domain.Escalation;
import kz.jol.routing.domain.ReferralState;
import kz.jol.web.PageTexts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Routing's refusals in the reader's words: «Қабылданды», not ACCEPTED. */
@Component
class RoutingPageTexts extends PageTexts {

  RoutingPageTexts(MessageSource messages) {
    super(messages, Map.of(
        ReferralState.class, "routing.referral.state.",
        Escalation.State.class, "routing.escalation.state."));
  }
}
