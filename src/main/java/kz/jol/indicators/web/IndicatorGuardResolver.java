package kz.jol.indicators.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import kz.jol.indicators.web.IndicatorsUnavailableException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.DisconnectedClientHelper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers an indicator request the {@link IndicatorGuard} could not serve, with 503 Service
 * Unavailable and {@code Retry-After} ({@code jol.indicators.retry-after}, default a minute):
 *
 * <ul>
 *   <li>the API and the dashboard's downloads (handlers that answer a body, not a page): an
 *       RFC 9457 problem with {@code code} {@code indicators.busy} or
 *       {@code indicators.too-slow} and the detail in the caller's language;
 *   <li>the pages (the dashboard, its boosted form, the statistics page): a page in the reader's
 *       language that says why, with a "Try again" link to the same address — the reader's
 *       territory, period and block are in it, so one click retries.
 * </ul>
 *
 * <p>A resolver ordered before Spring MVC's own (whose {@code @ExceptionHandler}s include Jol's
 * catch-all 500) rather than a {@code @ControllerAdvice}: the refusal happens before any handler
 * runs, for controllers of several kinds, and must win over the catch-all whatever the advice
 * order. It answers only requests the guard has seen, and only these failures: the guard's own
 * refusal, a query cancelled by the statement timeout (SQLSTATE 57014), and a client that went
 * away mid-download (answered with nothing, logged at debug rather than as an unexpected 500).
 */
@Component
class IndicatorGuardResolver implements HandlerExceptionResolver, Ordered {

  private static final Logger log = LoggerFactory.getLogger(IndicatorGuardResolver.class);
  /** PostgreSQL's query_canceled: what a statement_timeout raises. */
  private static final String QUERY_CANCELED = "57014";

  private final IndicatorGuard guard;
  private final MessageSource messages;
  private final JsonMapper json;
  private final Duration retryAfter;

  IndicatorGuardResolver(IndicatorGuard guard, MessageSource messages, JsonMapper json,
      @Value("${jol.indicators.retry-after:PT60S}") Duration retryAfter) {
    this.guard = guard;
    this.messages = messages;
    this.json = json;
    this.retryAfter = retryAfter;
  }

  @Override
  public int getOrder() {
    // Before the MVC resolvers (order 0); after Boot's DefaultErrorAttributes, which only notes
    // the exception and resolves nothing.
    return Ordered.HIGHEST_PRECEDENCE + 10;
  }

  @Override
  public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
      Object handler, Exception ex) {
    if (request.getAttribute(IndicatorGuard.GUARDED) == null) {
      return null;
    }
    if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
      // A reader who closed the tab mid-download: nothing to answer and nothing gone wrong
      // here (the guard's afterCompletion still gives the permit back).
      log.debug("Client went away during {}", request.getRequestURI());
      return new ModelAndView();
    }
    IndicatorsUnavailableException unavailable = unavailable(ex);
    if (unavailable == null) {
      return null;
    }
    Reason reason = unavailable.reason();
    if (reason == Reason.TOO_SLOW) {
      log.warn("Indicator request {} cancelled by the statement timeout ({})",
          retryAddress(request), guard.statementTimeout());
    } else {
      log.debug("Indicator request {} turned away: every permit taken", request.getRequestURI());
    }
    // The transaction is of no more use (after a cancelled query it is aborted): end it now, so
    // that the answer below reads nothing in it.
    guard.endTransaction(request);
    if (response.isCommitted()) {
      // A streamed file already under way: nothing can be said any more; the file is cut short.
      return new ModelAndView();
    }
    Locale locale = RequestContextUtils.getLocale(request);
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
    try {
      if (answersABody(request, handler)) {
        problem(request, response, reason, locale);
        return new ModelAndView();
      }
    } catch (IOException e) {
      log.debug("Could not write the indicator problem to {}", request.getRequestURI(), e);
      return new ModelAndView();
    }
    ModelAndView page = new ModelAndView("indicators/unavailable", HttpStatus.SERVICE_UNAVAILABLE);
    page.addObject("status", HttpStatus.SERVICE_UNAVAILABLE.value());
    page.addObject("reason", reason.code());
    page.addObject("retry", retryAddress(request));
    page.addObject("retryAfter", Math.max(1, retryAfter.toMinutes()));
    return page;
  }

  private void problem(HttpServletRequest request, HttpServletResponse response, Reason reason,
      Locale locale) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "https://jol.kz/problems/" + reason.code());
    body.put("title", messages.getMessage("error.status.503", null, "Service unavailable",
        locale));
    body.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
    body.put("detail", messages.getMessage("error." + reason.code(), null, reason.code(),
        locale));
    body.put("instance", request.getRequestURI());
    body.put("code", reason.code());
    body.put("retryAfter", retryAfter.toSeconds());
    response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    // A download's headers were set before the first byte: this is no longer a file.
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, null);
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    json.writeValue(response.getOutputStream(), body);
  }

  /** The guard's refusal, or a query the statement timeout cancelled; else null. */
  private static IndicatorsUnavailableException unavailable(Exception ex) {
    for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof IndicatorsUnavailableException e) {
        return e;
      }
      if (t instanceof QueryTimeoutException
          || t instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
        return IndicatorsUnavailableException.tooSlow(ex);
      }
    }
    return null;
  }

  /** The API and the downloads answer a body; the dashboard and the statistics page a page. */
  private static boolean answersABody(HttpServletRequest request, Object handler) {
    if (handler instanceof HandlerMethod method) {
      return AnnotatedElementUtils.hasAnnotation(method.getMethod(), ResponseBody.class)
          || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class);
    }
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  /**
   * The same address with the same parameters: the reader's choices, one click away. Built from
   * the parameters (of a GET: its query), each encoded again.
   */
  private static String retryAddress(HttpServletRequest request) {
    StringBuilder address = new StringBuilder(request.getRequestURI());
    char separator = '?';
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      for (String value : parameter.getValue()) {
        address.append(separator)
            .append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8)).append('=')
            .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        separator = '&';
      }
    }
    return address.toString();
  }
}
