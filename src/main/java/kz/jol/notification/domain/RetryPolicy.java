package kz.jol.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When to try a failed e-mail again: after the first delay, doubling with every failure up to
 * the longest delay, and not at all once {@code maxAttempts} attempts have failed. With the
 * defaults (1 minute, 6 hours, 8 attempts) a mail server that is down for about two hours loses
 * nothing: the attempts come after 1, 2, 4, 8, 16, 32 and 64 minutes.
 *
 * @param firstDelay the wait after the first failure
 * @param longestDelay the cap on any one wait
 * @param maxAttempts attempts before the mail is given up (marked failed)
 */
public record RetryPolicy(Duration firstDelay, Duration longestDelay, int maxAttempts) {

  public RetryPolicy {
    Objects.requireNonNull(firstDelay, "firstDelay");
    Objects.requireNonNull(longestDelay, "longestDelay");
    if (firstDelay.isNegative() || longestDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException("delays must satisfy 0 <= first <= longest");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("at least one attempt");
    }
  }

  /**
   * When to try again after the given number of failed attempts, or empty when that was the
   * last attempt.
   *
   * @param failedAttempts the attempts made so far, all failed (1 after the first failure)
   * @param failedAt when the last attempt failed
   */
  public Optional<Instant> nextAttempt(int failedAttempts, Instant failedAt) {
    if (failedAttempts < 1) {
      throw new IllegalArgumentException("no attempt has failed yet");
    }
    if (failedAttempts >= maxAttempts) {
      return Optional.empty();
    }
    Duration delay = longestDelay;
    // 2^(n-1) times the first delay, without overflowing for large n.
    if (failedAttempts - 1 < 62) {
      long factor = 1L << (failedAttempts - 1);
      if (firstDelay.isZero()
          || firstDelay.toMillis() <= longestDelay.toMillis() / factor) {
        delay = firstDelay.multipliedBy(factor);
      }
    }
    return Optional.of(failedAt.plus(delay));
  }
}
