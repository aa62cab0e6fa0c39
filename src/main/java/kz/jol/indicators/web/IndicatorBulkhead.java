package kz.jol.indicators.web;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The per-node bulkhead of indicator work (issue 8, point 5: "never stalls other users"): at
 * most {@code jol.indicators.concurrent-computations} requests that compute indicators or stream
 * their exports run at once on this node; the next ones wait, first come first served, at most
 * {@code jol.indicators.queue-wait} for a permit and are then turned away (503, see
 * {@link IndicatorGuard}).
 *
 * <p>Why a bulkhead: one national dashboard can run for minutes on one pooled connection, and
 * every head or analyst who opens one holds another; with the pool's 10 connections, a handful
 * of dashboards took all of them and the case work (sign-in, case cards) timed out. Each permit
 * holds at most one connection ({@link IndicatorGuard} runs the request in one read-only
 * transaction), so indicator work never holds more than this many of the pool: keep it well
 * below the pool size (default 2 of 10; docs/indicators.md, "Guard").
 */
@Component
public class IndicatorBulkhead {

  private final int size;
  private final Duration queueWait;
  private final Semaphore permits;

  IndicatorBulkhead(@Value("${jol.indicators.concurrent-computations:2}") int size,
      @Value("${jol.indicators.queue-wait:PT5S}") Duration queueWait) {
    if (size < 1) {
      throw new IllegalArgumentException(
          "jol.indicators.concurrent-computations must be at least 1, not " + size);
    }
    if (queueWait.isNegative()) {
      throw new IllegalArgumentException("jol.indicators.queue-wait must not be negative");
    }
    this.size = size;
    this.queueWait = queueWait;
    // Fair: a reader who has waited longest gets the next permit, never overtaken by a retry.
    this.permits = new Semaphore(size, true);
  }

  /**
   * A permit, waiting at most the configured queue wait for one.
   *
   * @return the permit, or empty when none came free in time (or the thread was interrupted)
   */
  Optional<Permit> acquire() {
    try {
      if (permits.tryAcquire(queueWait.toNanos(), TimeUnit.NANOSECONDS)) {
        return Optional.of(new Permit());
      }
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** A permit if one is free now, without waiting (tests take every permit with it). */
  Optional<Permit> tryAcquire() {
    return permits.tryAcquire() ? Optional.of(new Permit()) : Optional.empty();
  }

  /** How many permits are free now. */
  public int available() {
    return permits.availablePermits();
  }

  /** How many requests are waiting for a permit now (an estimate, as the JDK's). */
  public int waiting() {
    return permits.getQueueLength();
  }

  /** How many run at once at most. */
  public int size() {
    return size;
  }

  /** How long a request waits for a permit before it is turned away. */
  public Duration queueWait() {
    return queueWait;
  }

  /** One taken permit; closing it gives it back once, however often it is closed. */
  public final class Permit implements AutoCloseable {

    private final AtomicBoolean released = new AtomicBoolean();

    private Permit() {}

    @Override
    public void close() {
      if (released.compareAndSet(false, true)) {
        permits.release();
      }
    }

    /** Whether {@link #close()} has given the permit back. */
    public boolean released() {
      return released.get();
    }
  }
}
