package kz.jol.routing.application;

import java.time.Clock;
import java.time.LocalDate;
import kz.jol.reintegration.DomainAssessed;
import kz.jol.routing.domain.Referral;
import kz.jol.routing.domain.ReferralState;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An officer who assesses a domain after the organisation has reported its referral done has
 * looked at the result: the assessment confirms it, as {@link ReferralService#confirm} does
 * through the API, so that the case card's own assessment form is the way to confirm. Only an
 * assessment holding from the day the referral was done or later confirms it; an earlier one
 * (transcribed from a paper file) does not.
 */
@Component
class ResultConfirmations {

  private final ReferralRepository referrals;
  private final Clock clock;

  ResultConfirmations(ReferralRepository referrals, Clock clock) {
    this.referrals = referrals;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(DomainAssessed event) {
    for (ReferralRepository.Row row : referrals.ofCase(event.caseId())) {
      Referral referral = row.referral();
      if (referral.domain() != event.domain() || referral.state() != ReferralState.DONE
          || referral.confirmedAt() != null
          || LocalDate.ofInstant(referral.stateAt(), clock.getZone())
              .isAfter(event.assessedOn())) {
        continue;
      }
      // A concurrent confirmation through the API wins; this one then has nothing to do.
      if (referrals.update(referral.confirm(clock.instant()), event.assessorId())) {
        referrals.insertEvent(referral.id(), ReferralState.DONE, ReferralState.DONE,
            clock.instant(), event.assessorId(), "result confirmed by the assessment of "
                + event.assessedOn());
      }
    }
  }
}
