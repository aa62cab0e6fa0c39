package kz.jol.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import kz.jol.indicators.web.IndicatorBulkhead.Permit;
import org.junit.jupiter.api.Test;

/** The bulkhead alone, without Spring: admits N, queues the next, turns it away after the wait. */
class IndicatorBulkheadTest {

  @Test
  void admitsItsPermitsThenTurnsTheNextAwayAfterTheWait() {
    IndicatorBulkhead bulkhead = new IndicatorBulkhead(3, Duration.ofMillis(50));
    List<Permit> permits = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      permits.add(bulkhead.acquire().orElseThrow());
    }
    assertThat(bulkhead.available()).isZero();
    assertThat(bulkhead.acquire()).isEmpty();
    assertThat(bulkhead.tryAcquire()).isEmpty();

    permits.getFirst().close();
    assertThat(bulkhead.available()).isEqualTo(1);
    assertThat(bulkhead.acquire()).isPresent();
  }

  @Test
  void aPermitClosedTwiceIsGivenBackOnce() {
    IndicatorBulkhead bulkhead = new IndicatorBulkhead(2, Duration.ZERO);
    Permit permit = bulkhead.tryAcquire().orElseThrow();
    permit.close();
    permit.close();
    assertThat(permit.released()).isTrue();
    assertThat(bulkhead.available()).isEqualTo(2);
  }

  @Test
  void aWaitingRequestGetsThePermitThatComesFree() throws Exception {
    IndicatorBulkhead bulkhead = new IndicatorBulkhead(1, Duration.ofMinutes(1));
    Permit held = bulkhead.tryAcquire().orElseThrow();
    CompletableFuture<Optional<Permit>> waiting = CompletableFuture.supplyAsync(
        bulkhead::acquire);
    await().atMost(Duration.ofMinutes(1)).until(() -> bulkhead.waiting() > 0);
    assertThat(waiting).isNotDone();
    held.close();
    Optional<Permit> got = waiting.get(1, TimeUnit.MINUTES);
    assertThat(got).isPresent();
    assertThat(bulkhead.available()).isZero();
  }

  @Test
  void nonsenseSettingsAreRefusedAtStart() {
    assertThatThrownBy(() -> new IndicatorBulkhead(0, Duration.ofSeconds(5)))
        .hasMessageContaining("concurrent-computations");
    assertThatThrownBy(() -> new IndicatorBulkhead(2, Duration.ofSeconds(-1)))
        .hasMessageContaining("queue-wait");
  }
}
