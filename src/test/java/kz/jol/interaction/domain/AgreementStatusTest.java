package kz.jol.interaction.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An agreement's status today follows from the date; people decide only the rest. */
class AgreementStatusTest {

  static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

  @Test
  void anAgreementInForceExpiresTheDayAfterItsLastDay() {
    assertThat(AgreementStatus.effective(AgreementStatus.IN_FORCE, TODAY, TODAY))
        .isEqualTo(AgreementStatus.IN_FORCE);
    assertThat(AgreementStatus.effective(AgreementStatus.IN_FORCE, TODAY.minusDays(1), TODAY))
        .isEqualTo(AgreementStatus.EXPIRED);
    assertThat(AgreementStatus.effective(AgreementStatus.IN_FORCE, null, TODAY))
        .as("open-ended").isEqualTo(AgreementStatus.IN_FORCE);
    assertThat(AgreementStatus.effective(AgreementStatus.TERMINATED, TODAY.minusDays(9), TODAY))
        .as("terminated stays terminated").isEqualTo(AgreementStatus.TERMINATED);
    assertThat(AgreementStatus.effective(AgreementStatus.DRAFT, TODAY.minusDays(9), TODAY))
        .isEqualTo(AgreementStatus.DRAFT);
  }

  @Test
  void endingWithinSixtyDaysIsSoonAndTheSixtyFirstIsNot() {
    assertThat(AgreementStatus.expiringSoon(AgreementStatus.IN_FORCE, TODAY.plusDays(60), TODAY))
        .isTrue();
    assertThat(AgreementStatus.expiringSoon(AgreementStatus.IN_FORCE, TODAY, TODAY)).isTrue();
    assertThat(AgreementStatus.expiringSoon(AgreementStatus.IN_FORCE, TODAY.plusDays(61), TODAY))
        .isFalse();
    assertThat(AgreementStatus.expiringSoon(AgreementStatus.IN_FORCE, TODAY.minusDays(1), TODAY))
        .as("already expired").isFalse();
    assertThat(AgreementStatus.expiringSoon(AgreementStatus.DRAFT, TODAY.plusDays(5), TODAY))
        .isFalse();
    assertThat(AgreementStatus.expiringSoon(AgreementStatus.IN_FORCE, null, TODAY)).isFalse();
  }

  @Test
  void aDraftIsSignedAnAgreementInForceIsTerminatedAndHistoryStays() {
    assertThat(AgreementStatus.DRAFT.mayBecome(AgreementStatus.IN_FORCE)).isTrue();
    assertThat(AgreementStatus.DRAFT.mayBecome(AgreementStatus.TERMINATED)).isFalse();
    assertThat(AgreementStatus.IN_FORCE.mayBecome(AgreementStatus.TERMINATED)).isTrue();
    assertThat(AgreementStatus.IN_FORCE.mayBecome(AgreementStatus.EXPIRED)).isFalse();
    for (AgreementStatus next : AgreementStatus.values()) {
      assertThat(AgreementStatus.EXPIRED.mayBecome(next)).isFalse();
      assertThat(AgreementStatus.TERMINATED.mayBecome(next)).isFalse();
    }
  }
}
