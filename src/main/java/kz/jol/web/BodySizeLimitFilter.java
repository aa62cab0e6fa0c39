package kz.jol.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import kz.jol.shared.JsonText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API bodies above the limit before anything reads them, with a 400 problem naming the
 * limit. Multipart uploads (CSV imports) have their own, larger limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodySizeLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;
  private final MessageSource messages;

  BodySizeLimitFilter(@Value("${jol.api.max-body-bytes:1048576}") long maxBytes, MessageSource messages) {
    this.maxBytes = maxBytes;
    this.messages = messages;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    long length = request.getContentLengthLong();
    if (length > maxBytes) {
      Locale locale = request.getLocale() == null ? Locale.ENGLISH : request.getLocale();
      String message = messages.getMessage("error.body.too-large", new Object[] {maxBytes},
          "the request body is larger than " + maxBytes + " bytes", locale);
      String title = messages.getMessage("error.status.400", null, "Bad Request", locale);
      response.setStatus(400);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      String json = """
          {"type":"https://jol.kz/problems/body.too-large","title":%s,"status":400,"detail":%s,\
          "instance":%s,"code":"body.too-large","errors":[{"field":"body","code":"body.too-large","message":%s}]}"""
          .formatted(JsonText.quote(title), JsonText.quote(message), JsonText.quote(request.getRequestURI()), JsonText.quote(message));
      response.getWriter().write(json);
      return;
    }
    chain.doFilter(request, response);
  }
}
