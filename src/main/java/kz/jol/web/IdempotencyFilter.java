package kz.jol.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import kz.jol.access.Actor;
import kz.jol.access.CurrentActor;
import kz.jol.shared.JsonText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes writes of the partner API idempotent (ADR 0009). A write carrying {@code Idempotency-Key}
 * runs in one transaction that first claims the key (a row whose primary key is client and key),
 * then runs the request, and stores the response before commit: the change and its stored answer
 * commit together or not at all. A duplicate sent meanwhile waits on the primary key; once the
 * first commits it finds the stored answer and replays it (same status, body and ETag, header
 * {@code Idempotent-Replayed: true}) without running the request; the same key with another
 * request (method, path, query, If-Match or body) is refused with 422. Only successful answers
 * are kept: a refused request changed nothing, so its key stays free for the corrected retry.
 *
 * <p>Runs after Spring Security (the client is the signed-in API client), and only answers
 * before MVC when the key itself is the problem.
 */
@Component
@Order(0)
class IdempotencyFilter extends OncePerRequestFilter {

  static final String HEADER = "Idempotency-Key";
  static final String REPLAYED = "Idempotent-Replayed";

  private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
  private static final Pattern KEY = Pattern.compile("[!-~]{1,255}");
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  private final IdempotencyKeys keys;
  private final CurrentActor currentActor;
  private final TransactionTemplate transaction;
  private final JdbcClient jdbc;
  private final MessageSource messages;
  private final LocaleResolver locales;
  private final String prefix;
  private final long lockWaitMillis;
  private final long maxBytes;

  IdempotencyFilter(IdempotencyKeys keys, CurrentActor currentActor,
      TransactionTemplate transaction, JdbcClient jdbc, MessageSource messages,
      LocaleResolver locales,
      @Value("${jol.idempotency.path-prefix:/api/v1/partner/}") String prefix,
      @Value("${jol.idempotency.lock-wait:PT10S}") Duration lockWait,
      @Value("${jol.api.max-body-bytes:1048576}") long maxBytes) {
    this.keys = keys;
    this.currentActor = currentActor;
    this.transaction = transaction;
    this.jdbc = jdbc;
    this.messages = messages;
    this.locales = locales;
    this.prefix = prefix;
    this.lockWaitMillis = lockWait.toMillis();
    this.maxBytes = maxBytes;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !WRITES.contains(request.getMethod())
        || !request.getRequestURI().startsWith(request.getContextPath() + prefix)
        || request.getHeader(HEADER) == null;
  }

  /** What the transaction decided. */
  private sealed interface Outcome {
    record Ran(ContentCachingResponseWrapper response) implements Outcome {}

    record Replay(IdempotencyKeys.Stored stored) implements Outcome {}

    record Reused() implements Outcome {}
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String key = request.getHeader(HEADER);
    Optional<Actor> actor = currentActor.find();
    if (actor.isEmpty()) {
      chain.doFilter(request, response); // not signed in: the security chain has answered
      return;
    }
    if (!KEY.matcher(key).matches()) {
      problem(request, response, 400, "idempotency.key-invalid",
          "the Idempotency-Key header must be 1 to 255 visible ASCII characters", HEADER);
      return;
    }
    byte[] body = request.getInputStream().readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE));
    if (body.length > maxBytes) {
      problem(request, response, 400, "body.too-large",
          "the request body is larger than " + maxBytes + " bytes", "body");
      return;
    }
    UUID client = actor.get().userId();
    String path = request.getRequestURI();
    String hash = hash(request, body);
    HttpServletRequest replayable = new CachedBodyRequest(request, body);
    Outcome outcome;
    try {
      outcome = transaction.execute(status -> {
        jdbc.sql("select set_config('lock_timeout', :wait, true)")
            .param("wait", lockWaitMillis + "ms").query(String.class).single();
        boolean claimed = keys.claim(client, key, request.getMethod(), path, hash);
        jdbc.sql("select set_config('lock_timeout', '0', true)").query(String.class).single();
        if (!claimed) {
          return keys.find(client, key)
              .<Outcome>map(s -> s.requestHash().equals(hash) ? new Outcome.Replay(s)
                  : new Outcome.Reused())
              .orElseGet(Outcome.Reused::new);
        }
        var wrapped = new ContentCachingResponseWrapper(response);
        try {
          chain.doFilter(replayable, wrapped);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (ServletException e) {
          throw new WrappedServletException(e);
        }
        int answered = wrapped.getStatus();
        if (answered >= 200 && answered < 300 && !status.isRollbackOnly()) {
          keys.complete(client, key, answered, wrapped.getContentType(),
              wrapped.getHeader(HttpHeaders.ETAG), wrapped.getContentAsByteArray());
        } else {
          // Nothing was applied (or it is undone now): free the key for the corrected retry.
          if (answered < 300) {
            log.error("{} {} answered {} in a transaction marked for rollback", request.getMethod(),
                path, answered);
          }
          status.setRollbackOnly();
        }
        return new Outcome.Ran(wrapped);
      });
    } catch (WrappedServletException e) {
      throw e.cause;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (CannotAcquireLockException waitedTooLong) {
      problem(request, response, 409, "idempotency.in-progress",
          "a request with this Idempotency-Key is still being processed; retry later", HEADER);
      return;
    }
    switch (outcome) {
      case Outcome.Ran ran -> ran.response().copyBodyToResponse();
      case Outcome.Replay replay -> replay(replay.stored(), response);
      case Outcome.Reused ignored -> problem(request, response, 422, "idempotency.key-reused",
          "this Idempotency-Key was already used for a different request", HEADER);
      case null -> throw new IllegalStateException("no outcome");
    }
  }

  private static void replay(IdempotencyKeys.Stored stored, HttpServletResponse response)
      throws IOException {
    response.setStatus(stored.status());
    if (stored.contentType() != null) {
      response.setContentType(stored.contentType());
    }
    if (stored.etag() != null) {
      response.setHeader(HttpHeaders.ETAG, stored.etag());
    }
    response.setHeader(REPLAYED, "true");
    byte[] body = stored.body() == null ? new byte[0] : stored.body();
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** The request as far as it matters: method, path, query, If-Match and body. */
  private static String hash(HttpServletRequest request, byte[] body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {request.getMethod(), request.getRequestURI(),
          String.valueOf(request.getQueryString()),
          String.valueOf(request.getHeader(HttpHeaders.IF_MATCH))}) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      digest.update(body);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void problem(HttpServletRequest request, HttpServletResponse response, int status,
      String code, String fallback, String field) throws IOException {
    Locale locale = locales.resolveLocale(request);
    String detail = messages.getMessage("error." + code, null, fallback, locale);
    String title = messages.getMessage("error.status." + status, null, "", locale);
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"type\":\"https://jol.kz/problems/" + code + "\",\"title\":"
        + JsonText.quote(title) + ",\"status\":" + status + ",\"detail\":"
        + JsonText.quote(detail) + ",\"instance\":" + JsonText.quote(request.getRequestURI())
        + ",\"code\":\"" + code + "\",\"errors\":[{\"field\":" + JsonText.quote(field)
        + ",\"code\":\"" + code + "\",\"message\":" + JsonText.quote(detail) + "}]}");
  }

  /** Carries a servlet failure out of the transaction callback, which rolls back. */
  private static final class WrappedServletException extends RuntimeException {
    private final ServletException cause;

    WrappedServletException(ServletException cause) {
      super(cause);
      this.cause = cause;
    }
  }

  /** The request with its body read once and served again to MVC. */
  private static final class CachedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(getInputStream(),
          java.nio.charset.Charset.forName(encoding)));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
