package kz.jol.reintegration.domain;

import java.util.Collection;
import java.util.List;

/**
 * Seed 001's integral index and its success rule: the index is the sum of the five domains'
 * scores (0–10, a domain not assessed counts 0); a case is a successful reintegration when the
 * index is at least 7, no domain is at 0 and no critical failure is in force.
 *
 * <p>The seed's sentence reads "no critical failures, that is 0 points in any domain", equating
 * the two; SPEC keeps both conditions, and so does this rule.
 */
public final class SuccessPolicy {

  public static final int SUCCESS_THRESHOLD = 7;

  private SuccessPolicy() {}

  public static int index(Collection<Score> scores) {
    int sum = 0;
    for (Score score : scores) {
      sum += score.value();
    }
    return sum;
  }

  public static boolean isSuccessful(Collection<Score> scores, List<CriticalFailure> failures) {
    if (!failures.isEmpty() || scores.size() != Domain.values().length) {
      return false;
    }
    for (Score score : scores) {
      if (score.value() == 0) {
        return false;
      }
    }
    return index(scores) >= SUCCESS_THRESHOLD;
  }
}
