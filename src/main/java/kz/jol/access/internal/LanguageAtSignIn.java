package kz.jol.access.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import java.net.URI;
import kz.jol.access.JolPrincipal;
import kz.jol.access.LandingPage;
import kz.jol.access.LanguagePreferences;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.web.servlet.LocaleResolver;

/**
 * At sign-in the user's pages switch to the language kept in their account, on whatever device
 * they sign in. A language picked on the sign-in page itself is the newest choice: it stays, and
 * the account remembers it.
 *
 * <p>Then on to the page the person asked for before signing in (a link from an e-mail, a
 * bookmark), or else to the page their role works on ({@link LandingPage}). The home page {@code
 * /} is not a page anyone asks for: it is where a bare address leads, so it lands on the working
 * page too.
 */
class LanguageAtSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

  private final LanguagePreferences preferences;
  private final LocaleResolver locales;
  private final ObjectProvider<LandingPage> landing;
  // The same session store the web chain's default request cache saves into.
  private final RequestCache requests = new HttpSessionRequestCache();

  LanguageAtSignIn(LanguagePreferences preferences, LocaleResolver locales,
      ObjectProvider<LandingPage> landing) {
    this.preferences = preferences;
    this.locales = locales;
    this.landing = landing;
    setDefaultTargetUrl("/");
    setRequestCache(requests);
  }

  @Override
  public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
      Authentication authentication) throws ServletException, IOException {
    if (authentication.getPrincipal() instanceof JolPrincipal principal) {
      var userId = principal.actor().userId();
      HttpSession session = request.getSession(false);
      Object chosen = session == null ? null
          : session.getAttribute(LanguagePreferences.CHOSEN_BEFORE_SIGN_IN);
      if (chosen instanceof String language) {
        session.removeAttribute(LanguagePreferences.CHOSEN_BEFORE_SIGN_IN);
        preferences.remember(userId, language);
      } else {
        preferences.language(userId).ifPresent(language ->
            locales.setLocale(request, response, Locale.forLanguageTag(language)));
      }
    }
    SavedRequest saved = requests.getRequest(request, response);
    if (saved != null && isHome(saved.getRedirectUrl())) {
      requests.removeRequest(request, response);
    }
    super.onAuthenticationSuccess(request, response, authentication);
  }

  @Override
  protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
      Authentication authentication) {
    LandingPage pages = landing.getIfAvailable();
    if (pages != null && authentication.getPrincipal() instanceof JolPrincipal principal) {
      return pages.of(principal.actor().role());
    }
    return getDefaultTargetUrl();
  }

  private static boolean isHome(String url) {
    try {
      String path = URI.create(url).getPath();
      return path == null || path.isEmpty() || path.equals("/");
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
