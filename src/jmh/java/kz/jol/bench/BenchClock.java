package kz.jol.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * A clock a benchmark moves: the generated history ends the day before the generator's
 * {@code today}, and a benchmark judges the data as of a moment it chooses (the SLA sweep two
 * days after the history ends, say), the same moment in every iteration. Added to the
 * application's sources, it replaces the system clock everywhere Jol takes "now".
 */
@Configuration(proxyBeanMethods = false)
public class BenchClock {

  /** The application's one clock, while a benchmark runs. */
  @Bean
  @Primary
  Moving benchmarkClock() {
    return new Moving(ZoneId.of("Asia/Almaty"), Instant.now());
  }

  /** A clock standing at a moment until moved. */
  public static final class Moving extends Clock {

    private final ZoneId zone;
    private volatile Instant instant;

    Moving(ZoneId zone, Instant instant) {
      this.zone = zone;
      this.instant = instant;
    }

    public void set(Instant moment) {
      this.instant = moment;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new Moving(other, instant);
    }

    @Override
    public Instant instant() {
      return instant;
    }
  }
}
