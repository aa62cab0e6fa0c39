package kz.jol.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import kz.jol.access.CurrentActor;
import kz.jol.access.LanguagePreferences;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The user's language: Kazakh, Russian or English. A {@code ?lang=kk|ru|en} choice is kept in a
 * cookie and, for a signed-in user, in their account ({@link LanguagePreferences}), which sign-in
 * applies on any device; a choice made on the sign-in page is handed to sign-in through the
 * session. Without a cookie, the browser's or API client's Accept-Language decides, and Kazakh,
 * the state language, is the default. The API never writes the account: it follows
 * Accept-Language.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

  /** The languages Jol speaks, in the order the language switch shows them. */
  static final List<Locale> SUPPORTED = List.of(
      Locale.forLanguageTag("kk"), Locale.forLanguageTag("ru"), Locale.ENGLISH);

  @Bean
  LocaleResolver localeResolver(ObjectProvider<CurrentActor> currentActor,
      ObjectProvider<LanguagePreferences> preferences) {
    var resolver = new CookieLocaleResolver("JOL_LANG") {
      @Override
      public void setLocaleContext(jakarta.servlet.http.HttpServletRequest request,
          jakarta.servlet.http.HttpServletResponse response,
          org.springframework.context.i18n.LocaleContext context) {
        Locale chosen = context == null ? null : context.getLocale();
        if (chosen == null || supported(chosen.getLanguage()) != null) {
          super.setLocaleContext(request, response, context);
          String api = request.getContextPath() + "/api/";
          if (chosen != null && !request.getRequestURI().startsWith(api)) {
            remember(request, chosen.getLanguage(), currentActor, preferences);
          }
        }
      }
    };
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setDefaultLocaleFunction(request -> fromAcceptLanguage(request.getHeader("Accept-Language")));
    return resolver;
  }

  private static void remember(jakarta.servlet.http.HttpServletRequest request, String language,
      ObjectProvider<CurrentActor> currentActor, ObjectProvider<LanguagePreferences> preferences) {
    var actor = currentActor.getObject().find();
    if (actor.isPresent()) {
      preferences.getObject().remember(actor.get().userId(), language);
    } else {
      request.getSession().setAttribute(LanguagePreferences.CHOSEN_BEFORE_SIGN_IN, language);
    }
  }

  /** The first supported language the header asks for, or Kazakh; a malformed header is ignored. */
  static Locale fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return SUPPORTED.getFirst();
    }
    try {
      for (var range : Locale.LanguageRange.parse(header)) {
        Locale match = supported(range.getRange());
        if (match != null) {
          return match;
        }
      }
    } catch (IllegalArgumentException malformed) {
      return SUPPORTED.getFirst();
    }
    return SUPPORTED.getFirst();
  }

  private static Locale supported(String tag) {
    String language = tag.toLowerCase(Locale.ROOT);
    for (Locale locale : SUPPORTED) {
      if (language.equals(locale.getLanguage()) || language.startsWith(locale.getLanguage() + "-")) {
        return locale;
      }
    }
    return null;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    var change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    // A route sheet's ?lang= is the person's language, printed once; it must not switch the
    // officer's own pages to it.
    registry.addInterceptor(change)
        .excludePathPatterns("/cases/*/route-sheet.pdf", "/api/v1/cases/*/route-sheet.pdf")
        // An indicator export's ?lang= is the file's language (IndicatorExports reads it).
        .excludePathPatterns("/api/v1/indicators/*.xlsx", "/api/v1/indicators/*.pdf",
            "/api/v1/indicators/figures/by-territory.*", "/indicators/export/**")
        // A caseload export's ?lang= is the file's language (CaseloadExports reads it).
        .excludePathPatterns("/caseload.xlsx", "/caseload.csv", "/api/v1/caseload.*");
  }
}
