package kz.jol.indicators;

import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the precomputed indicator facts (V154: per case, the dated facts the heavy figures
 * count, each with the territory of its day) up to date. Triggers on the source tables append
 * every case a statement touched to {@code indicators_stale_case}; {@link #catchUp()} rebuilds
 * those cases' facts with {@code indicators_refresh_cases}, a batch per transaction.
 *
 * <p>The computations call {@link #catchUp()} before they read, so a figure always counts every
 * committed change, however recent; a scheduled run once a minute keeps what is left for them
 * small. Refreshes are serialised by a transaction-level advisory lock: two nodes, or a reader
 * and the schedule, never rebuild the same case at once, and a reader that arrives during a
 * batch waits for it rather than reading half of it.
 */
@Component
class IndicatorFacts {

  private static final Logger log = LoggerFactory.getLogger(IndicatorFacts.class);

  /** The advisory lock's key: the bytes of "jol-fact" as a bigint. */
  private static final long LOCK = 0x6a6f6c2d66616374L;

  /** Cases per transaction: small enough that a reader waiting on the lock waits little. */
  static final int BATCH = 500;

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  IndicatorFacts(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    // A transaction of its own: the reader's request runs in a read-only one (the indicator
    // guard's), and a batch rebuilt must be committed whatever becomes of the reader.
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Rebuilds the facts of every case changed since the last refresh.
   *
   * @return how many cases were rebuilt (a case changed twice counts once per batch it was in)
   */
  int catchUp() {
    return catchUp(BATCH);
  }

  /** {@link #catchUp()} with batches of a given size (tests interleave small ones). */
  int catchUp(int batchSize) {
    if (!jdbc.sql("select exists (select 1 from indicators_stale_case)")
        .query(Boolean.class).single()) {
      return 0;
    }
    int rebuilt = 0;
    while (true) {
      Integer batch = transaction.execute(status -> {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOCK)
            .query(rs -> { });
        List<UUID> cases = jdbc.sql("""
                with batch as (
                  select seq from indicators_stale_case order by seq limit :batch)
                delete from indicators_stale_case s using batch b
                 where s.seq = b.seq
                returning s.case_id""")
            .param("batch", batchSize).query(UUID.class).list();
        if (cases.isEmpty()) {
          return 0;
        }
        UUID[] ids = cases.stream().distinct().toArray(UUID[]::new);
        jdbc.sql("select indicators_refresh_cases(:ids)").param("ids", ids).query(rs -> { });
        return ids.length;
      });
      if (batch == null || batch == 0) {
        return rebuilt;
      }
      rebuilt += batch;
    }
  }

  @Scheduled(cron = "${jol.indicators.facts-cron:30 * * * * *}",
      zone = "${jol.time-zone:Asia/Almaty}")
  @SchedulerLock(name = "indicator-facts", lockAtMostFor = "PT30M")
  public void scheduled() {
    long started = System.nanoTime();
    int rebuilt = catchUp();
    if (rebuilt > 0) {
      log.info("Indicator facts: {} cases rebuilt in {} ms", rebuilt,
          (System.nanoTime() - started) / 1_000_000);
    }
  }
}
