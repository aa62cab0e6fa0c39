package kz.jol.access.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import kz.jol.access.JolPrincipal;
import kz.jol.access.LanguagePreferences;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * At sign-in the user's pages switch to the language kept in their account, on whatever device
 * they sign in. A language picked on the sign-in page itself is the newest choice: it stays, and
 * the account remembers it. Then on to the page asked for, or home.
 */
class LanguageAtSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

  private final LanguagePreferences preferences;
  private final LocaleResolver locales;

  LanguageAtSignIn(LanguagePreferences preferences, LocaleResolver locales) {
    this.preferences = preferences;
    this.locales = locales;
    setDefaultTargetUrl("/");
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
    super.onAuthenticationSuccess(request, response, authentication);
  }
}
