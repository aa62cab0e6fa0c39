package kz.jol.reintegration.domain;

import kz.jol.shared.InvalidInputException;

/**
 * A domain's score on the seed's 0–2 scale: 0 not closed and no progress, 1 in progress (actions
 * started, no result yet), 2 closed with the result confirmed.
 */
public record Score(int value) {

  public static final Score ZERO = new Score(0);
  public static final Score ONE = new Score(1);
  public static final Score TWO = new Score(2);

  public Score {
    if (value < 0 || value > 2) {
      throw new InvalidInputException("score", "score.range", "must be 0, 1 or 2");
    }
  }

  public static Score of(int value) {
    return switch (value) {
      case 0 -> ZERO;
      case 1 -> ONE;
      case 2 -> TWO;
      default -> new Score(value);
    };
  }

  /** A 2: the domain's result is achieved and confirmed. */
  public boolean isClosed() {
    return value == 2;
  }

  @Override
  public String toString() {
    return Integer.toString(value);
  }
}
