package kz.jol.routing.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral stands. The receiving organisation accepts or declines it, works on it and
 * completes it with the confirmed result, or finds it impossible; the loop closes when the
 * probation officer confirms the result.
 */
public enum ReferralState {
  SENT,
  ACCEPTED,
  IN_PROGRESS,
  /** Done, with the result and the evidence. */
  DONE,
  /** Refused by the organisation, with the reason: not theirs, not possible to take. */
  DECLINED,
  /** Accepted but could not be carried out, with the reason. */
  IMPOSSIBLE;

  public Set<ReferralState> next() {
    return switch (this) {
      case SENT -> EnumSet.of(ACCEPTED, DECLINED);
      case ACCEPTED -> EnumSet.of(IN_PROGRESS, IMPOSSIBLE);
      case IN_PROGRESS -> EnumSet.of(DONE, IMPOSSIBLE);
      case DONE, DECLINED, IMPOSSIBLE -> EnumSet.noneOf(ReferralState.class);
    };
  }

  /** Still waiting for the organisation: its deadline runs. */
  public boolean isOpen() {
    return this == SENT || this == ACCEPTED || this == IN_PROGRESS;
  }
}
