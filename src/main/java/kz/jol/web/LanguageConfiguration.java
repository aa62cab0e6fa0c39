package kz.jol.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The user's language: Kazakh, Russian or English. A {@code ?lang=kk|ru|en} choice is kept in a
 * cookie; without one, the browser's or API client's Accept-Language decides, and Kazakh, the
 * state language, is the default.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

  /** The languages Jol speaks, in the order the language switch shows them. */
  static final List<Locale> SUPPORTED = List.of(
      Locale.forLanguageTag("kk"), Locale.forLanguageTag("ru"), Locale.ENGLISH);

  @Bean
  LocaleResolver localeResolver() {
    var resolver = new CookieLocaleResolver("JOL_LANG") {
      @Override
      public void setLocaleContext(jakarta.servlet.http.HttpServletRequest request,
          jakarta.servlet.http.HttpServletResponse response,
          org.springframework.context.i18n.LocaleContext context) {
        Locale chosen = context == null ? null : context.getLocale();
        if (chosen == null || supported(chosen.getLanguage()) != null) {
          super.setLocaleContext(request, response, context);
        }
      }
    };
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setDefaultLocaleFunction(request -> fromAcceptLanguage(request.getHeader("Accept-Language")));
    return resolver;
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
        .excludePathPatterns("/cases/*/route-sheet.pdf", "/api/v1/cases/*/route-sheet.pdf");
  }
}
