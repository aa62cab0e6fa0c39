package kz.jol.reintegration.web;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * After a change sent by htmx from the case card, the whole card loads again at the section
 * changed, since the change moves the index, risks, plan and timeline at once.
 *
 * <p>htmx follows {@code HX-Redirect} by setting {@code location.href}. When the card is already
 * the page shown ({@code /cases/{id}}, perhaps with a fragment), that is a move within the same
 * document: the browser scrolls and loads nothing, and the old card stays on the screen as if
 * nothing was saved. There {@code HX-Refresh} is sent as well, which makes htmx reload the page
 * after moving to the fragment.
 */
final class CardReload {

  private CardReload() {}

  static void to(HttpServletResponse response, String card, String section) {
    response.setHeader("HX-Redirect", card + "#" + section);
    if (sameDocument(currentUrl(), card)) {
      response.setHeader("HX-Refresh", "true");
    }
  }

  /** Whether the page htmx sent from is {@code card} itself, whatever its fragment. */
  static boolean sameDocument(String currentUrl, String card) {
    if (currentUrl == null) {
      return false;
    }
    try {
      URI current = URI.create(currentUrl);
      return card.equals(current.getPath()) && current.getRawQuery() == null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String currentUrl() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
        ? a.getRequest().getHeader("HX-Current-URL") : null;
  }
}
