package kz.jol.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import kz.jol.reintegration.domain.Domain;
import kz.jol.shared.ConflictException;
import kz.jol.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The referral's closed loop: every pair of states, and what each answer must carry. */
class ReferralTest {

  static final Instant T0 = Instant.parse("2026-11-24T04:00:00Z");

  static Referral in(ReferralState state) {
    return new Referral(UUID.randomUUID(), UUID.randomUUID(), Domain.LEGAL, "RESTORE_DOCUMENTS",
        UUID.randomUUID(), Priority.HIGH, 1, null, T0, T0.plusSeconds(86_400), null, null,
        state, T0, state.isOpen() ? null : "done before", state == ReferralState.DONE
            ? "talon" : null, null, 0);
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
      "SENT, ACCEPTED, allowed", "SENT, IN_PROGRESS, refused", "SENT, DONE, refused",
      "SENT, DECLINED, allowed", "SENT, IMPOSSIBLE, refused", "SENT, SENT, refused",
      "ACCEPTED, IN_PROGRESS, allowed", "ACCEPTED, DONE, refused",
      "ACCEPTED, DECLINED, refused", "ACCEPTED, IMPOSSIBLE, allowed",
      "ACCEPTED, SENT, refused", "ACCEPTED, ACCEPTED, refused",
      "IN_PROGRESS, DONE, allowed", "IN_PROGRESS, IMPOSSIBLE, allowed",
      "IN_PROGRESS, DECLINED, refused", "IN_PROGRESS, ACCEPTED, refused",
      "IN_PROGRESS, SENT, refused", "IN_PROGRESS, IN_PROGRESS, refused",
      "DONE, ACCEPTED, refused", "DONE, IMPOSSIBLE, refused", "DONE, SENT, refused",
      "DECLINED, ACCEPTED, refused", "DECLINED, SENT, refused",
      "IMPOSSIBLE, IN_PROGRESS, refused", "IMPOSSIBLE, DONE, refused",
  })
  void transitions(ReferralState from, ReferralState to, String expected) {
    Referral referral = in(from);
    if (expected.equals("allowed")) {
      Referral moved = referral.moveTo(to, T0.plusSeconds(60), "a result or reason", "a talon");
      assertThat(moved.state()).isEqualTo(to);
      assertThat(moved.stateAt()).isEqualTo(T0.plusSeconds(60));
    } else {
      assertThatThrownBy(() -> referral.moveTo(to, T0, "text", "proof"))
          .isInstanceOf(ConflictException.class)
          .hasFieldOrPropertyWithValue("code", "referral.transition-not-allowed");
    }
  }

  @Test
  void doneNeedsTheResultAndItsEvidenceBothReportedAtOnce() {
    assertThatThrownBy(() -> in(ReferralState.IN_PROGRESS).moveTo(ReferralState.DONE, T0, " ",
        null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(p -> p.field()).containsExactly("result", "evidence"));
  }

  @Test
  void declinedAndImpossibleNeedAReason() {
    assertThatThrownBy(() -> in(ReferralState.SENT).moveTo(ReferralState.DECLINED, T0, null,
        null)).isInstanceOf(InvalidInputException.class);
    assertThat(in(ReferralState.ACCEPTED).moveTo(ReferralState.IMPOSSIBLE, T0, " no flat ",
        null).outcome()).isEqualTo("no flat");
  }

  @Test
  void onlyADoneReferralIsConfirmedAndOnlyOnce() {
    assertThatThrownBy(() -> in(ReferralState.IN_PROGRESS).confirm(T0))
        .hasFieldOrPropertyWithValue("code", "referral.not-done");
    Referral confirmed = in(ReferralState.DONE).confirm(T0);
    assertThat(confirmed.confirmedAt()).isEqualTo(T0);
    assertThatThrownBy(() -> confirmed.confirm(T0))
        .hasFieldOrPropertyWithValue("code", "referral.confirmed");
  }

  @Test
  void anOpenReferralPastItsDeadlineIsOverdueAClosedOneNever() {
    Instant late = T0.plusSeconds(2 * 86_400);
    assertThat(in(ReferralState.ACCEPTED).isOverdueAt(late)).isTrue();
    assertThat(in(ReferralState.ACCEPTED).isOverdueAt(T0)).isFalse();
    assertThat(in(ReferralState.DONE).isOverdueAt(late)).isFalse();
  }
}
