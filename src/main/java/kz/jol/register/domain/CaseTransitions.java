package kz.jol.register.domain;

import static kz.jol.register.CaseState.ACTIVE;
import static kz.jol.register.CaseState.CLOSED;
import static kz.jol.register.CaseState.PRE_RELEASE;
import static kz.jol.register.CaseState.SUSPENDED;
import static kz.jol.register.CaseState.WANTED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.jol.register.CaseState;

/**
 * Which state of a probation case may follow which. A prisoner in preparation is released
 * (ACTIVE) or the case ends; an active case can be sought, paused or closed; a sought or paused
 * case returns to ACTIVE or ends; a closed case is final. Nothing follows itself.
 */
public final class CaseTransitions {

  private static final Map<CaseState, EnumSet<CaseState>> NEXT = new EnumMap<>(Map.of(
      PRE_RELEASE, EnumSet.of(ACTIVE, CLOSED),
      ACTIVE, EnumSet.of(WANTED, SUSPENDED, CLOSED),
      WANTED, EnumSet.of(ACTIVE, CLOSED),
      SUSPENDED, EnumSet.of(ACTIVE, CLOSED),
      CLOSED, EnumSet.noneOf(CaseState.class)));

  private CaseTransitions() {}

  /** Whether a case in state {@code from} may move to {@code to}. */
  public static boolean allows(CaseState from, CaseState to) {
    return NEXT.get(from).contains(to);
  }

  /** The states that may follow {@code from}. */
  public static Set<CaseState> next(CaseState from) {
    return EnumSet.copyOf(NEXT.get(from));
  }

  /** Why the move is refused, in English; empty when it is allowed. */
  public static Optional<String> refusal(CaseState from, CaseState to) {
    if (allows(from, to)) {
      return Optional.empty();
    }
    if (from == to) {
      return Optional.of("the case is already " + from);
    }
    return Optional.of("a " + from + " case cannot become " + to);
  }
}
