package kz.jol.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {

  static final Instant FAILED_AT = Instant.parse("2026-11-24T10:00:00Z");
  static final RetryPolicy DEFAULTS = new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(6), 8);

  @ParameterizedTest(name = "after {0} failed attempt(s) wait {1} minutes")
  @CsvSource({
      "1, 1",
      "2, 2",
      "3, 4",
      "4, 8",
      "5, 16",
      "6, 32",
      "7, 64",
  })
  void waitsTwiceAsLongAfterEachFailure(int failed, long minutes) {
    assertThat(DEFAULTS.nextAttempt(failed, FAILED_AT))
        .contains(FAILED_AT.plus(Duration.ofMinutes(minutes)));
  }

  @Test
  void givesUpAfterTheLastAttempt() {
    assertThat(DEFAULTS.nextAttempt(8, FAILED_AT)).isEmpty();
    assertThat(DEFAULTS.nextAttempt(9, FAILED_AT)).isEmpty();
  }

  @ParameterizedTest(name = "after {0} failed attempts wait the longest delay")
  @CsvSource({"10", "40", "63", "64", "1000"})
  void neverWaitsLongerThanTheLongestDelay(int failed) {
    var patient = new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(6), 10_000);
    assertThat(patient.nextAttempt(failed, FAILED_AT))
        .contains(FAILED_AT.plus(Duration.ofHours(6)));
  }

  @Test
  void aZeroDelayRetriesAtOnce() {
    var eager = new RetryPolicy(Duration.ZERO, Duration.ZERO, 3);
    assertThat(eager.nextAttempt(2, FAILED_AT)).contains(FAILED_AT);
  }

  @Test
  void refusesNonsense() {
    assertThatThrownBy(() -> new RetryPolicy(Duration.ofHours(1), Duration.ofMinutes(1), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DEFAULTS.nextAttempt(0, FAILED_AT))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
