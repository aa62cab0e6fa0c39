package kz.jol.indicators.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Where the {@link IndicatorGuard} stands: every address that computes indicator figures or
 * streams them — the dashboard ({@code /indicators}, its boosted form and its downloads under
 * {@code /indicators/export/}), the statistics page, and the whole indicator API
 * ({@code /api/v1/indicators/**}: figures, comparison, control, interaction, routes, caseload and
 * the exports). The catalogue (page and API) computes nothing and stays outside; so does
 * everything else in Jol. The public portal reads only what was published and computes nothing
 * live.
 */
@Configuration(proxyBeanMethods = false)
class IndicatorGuardConfiguration implements WebMvcConfigurer {

  /** The guarded addresses (Spring path patterns). */
  static final String[] GUARDED = {"/indicators", "/indicators/**", "/statistics",
      "/api/v1/indicators/**"};
  /** Addresses under those that compute nothing. */
  static final String[] NOT_GUARDED = {"/indicators/catalogue", "/api/v1/indicators/catalogue"};

  private final IndicatorGuard guard;

  IndicatorGuardConfiguration(IndicatorGuard guard) {
    this.guard = guard;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    // Last: the language switch (?lang= on a page) writes the reader's choice, which it must do
    // before the guard's read-only transaction begins.
    registry.addInterceptor(guard).addPathPatterns(GUARDED).excludePathPatterns(NOT_GUARDED)
        .order(Ordered.LOWEST_PRECEDENCE);
  }
}
