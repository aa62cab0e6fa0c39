package kz.jol.indicators.web;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import kz.jol.indicators.web.IndicatorBulkhead.Permit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.servlet.AsyncHandlerInterceptor;

/**
 * The guard around every indicator computation and export (issue 8, point 5: "never stalls
 * other users"), an interceptor on the indicator addresses ({@link IndicatorGuardConfiguration}
 * lists them). For each request it
 *
 * <ol>
 *   <li>takes a permit of the {@link IndicatorBulkhead}, waiting at most the queue wait, or
 *       turns the reader away with 503 and {@code Retry-After} ({@link IndicatorGuardResolver}:
 *       a problem for the API and the downloads, a page that retries with the same choices for
 *       the dashboard and the statistics page);
 *   <li>opens one read-only transaction for the whole request and sets PostgreSQL's
 *       {@code statement_timeout} in it with {@code set_config(..., true)} — that is {@code SET
 *       LOCAL}: it ends with the transaction, so the connection goes back to the pool with the
 *       pool's own setting, whatever happened. Every query of the request (the computations'
 *       {@code JdbcClient} calls join the transaction) runs at most
 *       {@code jol.indicators.statement-timeout}; when one is cancelled the reader gets a 503 in
 *       their language ("narrow the period or the territory"), not a 500;
 *   <li>gives both back in {@code afterCompletion}: after the view is rendered, after the last
 *       byte of a streamed export, and also when the export failed because the client went away
 *       (the write throws, the handler ends, {@code afterCompletion} runs).
 * </ol>
 *
 * <p>Why an interceptor and not calls in each handler: a new indicator endpoint under these
 * addresses is guarded without anyone remembering to, and the computation classes stay as they
 * are. Why one transaction per request: it pins the request to one connection, so the permits
 * bound the connections indicator work can hold (at most one each), and it is the only place
 * where {@code SET LOCAL} cannot leak. The exports write their files synchronously to the
 * response, so the permit covers the whole stream. Should a handler ever go asynchronous
 * ({@code StreamingResponseBody}), the transaction ends when the request thread lets go (it is
 * bound to that thread; the async part would read without the timeout) and the permit is given
 * back when the async request completes, errs or times out ({@link AsyncListener}).
 */
@Component
class IndicatorGuard implements AsyncHandlerInterceptor {

  private static final Logger log = LoggerFactory.getLogger(IndicatorGuard.class);

  /** Set on a request the guard has seen: it is an indicator request (for the resolver). */
  static final String GUARDED = IndicatorGuard.class.getName() + ".guarded";
  private static final String PERMIT = IndicatorGuard.class.getName() + ".permit";
  private static final String TRANSACTION = IndicatorGuard.class.getName() + ".transaction";

  private final IndicatorBulkhead bulkhead;
  private final PlatformTransactionManager transactions;
  private final JdbcClient jdbc;
  private final Duration statementTimeout;

  IndicatorGuard(IndicatorBulkhead bulkhead, PlatformTransactionManager transactions,
      JdbcClient jdbc, DataSource dataSource,
      @Value("${jol.indicators.statement-timeout:PT120S}") Duration statementTimeout) {
    if (statementTimeout.isNegative()) {
      throw new IllegalArgumentException(
          "jol.indicators.statement-timeout must not be negative (0 means none)");
    }
    this.bulkhead = bulkhead;
    this.transactions = transactions;
    this.jdbc = jdbc;
    this.statementTimeout = statementTimeout;
    warnWhenThePermitsTakeThePool(bulkhead, dataSource);
  }

  /**
   * Each permit holds a connection: as many permits as the pool has connections would let
   * indicator work take the pool again, which is what the guard is for. Said at start, not
   * refused (a test or a one-off run may want it).
   */
  private static void warnWhenThePermitsTakeThePool(IndicatorBulkhead bulkhead,
      DataSource dataSource) {
    try {
      if (dataSource.isWrapperFor(HikariDataSource.class)) {
        int pool = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
        if (bulkhead.size() >= pool) {
          log.warn("jol.indicators.concurrent-computations ({}) is not below the connection "
              + "pool ({}): indicator work can take every connection", bulkhead.size(), pool);
        }
      }
    } catch (SQLException e) {
      log.debug("Could not read the pool size", e);
    }
  }

  /** The longest a statement of an indicator request may run; zero for no limit. */
  Duration statementTimeout() {
    return statementTimeout;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response,
      Object handler) {
    if (request.getAttribute(PERMIT) != null) {
      // The async dispatch of a request already admitted: it still holds its permit.
      return true;
    }
    request.setAttribute(GUARDED, Boolean.TRUE);
    Permit permit = bulkhead.acquire().orElseThrow(IndicatorsUnavailableException::busy);
    request.setAttribute(PERMIT, permit);
    try {
      DefaultTransactionDefinition definition = new DefaultTransactionDefinition(
          TransactionDefinition.PROPAGATION_REQUIRED);
      definition.setReadOnly(true);
      definition.setName("indicators " + request.getRequestURI());
      TransactionStatus transaction = transactions.getTransaction(definition);
      request.setAttribute(TRANSACTION, transaction);
      if (!statementTimeout.isZero()) {
        // set_config(..., true) is SET LOCAL: it lasts as long as this transaction.
        jdbc.sql("select set_config('statement_timeout', :ms, true)")
            .param("ms", Long.toString(Math.max(1, statementTimeout.toMillis())))
            .query(String.class).single();
      }
    } catch (RuntimeException e) {
      endTransaction(request);
      permit.close();
      throw e;
    }
    return true;
  }

  @Override
  public void afterConcurrentHandlingStarted(HttpServletRequest request,
      HttpServletResponse response, Object handler) {
    // The transaction belongs to this thread: end it before the thread goes back to the pool.
    endTransaction(request);
    if (request.getAttribute(PERMIT) instanceof Permit permit && request.isAsyncStarted()) {
      request.getAsyncContext().addListener(new AsyncListener() {
        @Override
        public void onComplete(AsyncEvent event) {
          permit.close();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
          permit.close();
        }

        @Override
        public void onError(AsyncEvent event) {
          permit.close();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
          // the listener stays with the request
        }
      });
    }
  }

  @Override
  public void afterCompletion(HttpServletRequest request, HttpServletResponse response,
      Object handler, Exception ex) {
    try {
      endTransaction(request);
    } finally {
      if (request.getAttribute(PERMIT) instanceof Permit permit) {
        permit.close();
      }
    }
  }

  /**
   * Ends the request's read-only transaction, if it is still open: nothing was written, so it
   * rolls back, which also ends the {@code SET LOCAL} and hands the connection back.
   */
  void endTransaction(HttpServletRequest request) {
    if (request.getAttribute(TRANSACTION) instanceof TransactionStatus transaction) {
      request.removeAttribute(TRANSACTION);
      if (!transaction.isCompleted()) {
        try {
          transactions.rollback(transaction);
        } catch (RuntimeException e) {
          log.warn("Ending the indicator transaction of {} failed", request.getRequestURI(), e);
        }
      }
    }
  }
}
