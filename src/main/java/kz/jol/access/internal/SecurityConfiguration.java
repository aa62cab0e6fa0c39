package kz.jol.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import kz.jol.access.JolPrincipal;
import kz.jol.access.LandingPage;
import kz.jol.access.Role;
import kz.jol.shared.JsonText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Two doors. The API ({@code /api/**}) is stateless: every call carries HTTP Basic credentials
 * (over TLS in production), so no cookie can be replayed against it and CSRF does not apply. The
 * web pages use form login with a session and CSRF tokens. Both decide access the same way: by
 * what the handler declares ({@link HandlerAuthorizationManager}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  private static final String[] OPEN_PATHS = {
    "/login", "/error", "/favicon.ico", "/assets/**", "/webjars/**",
    "/actuator/health", "/actuator/health/**", "/actuator/info",
    "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"
  };

  @Bean
  PasswordEncoder passwordEncoder() {
    // BCrypt by default; the {id} prefix lets hashes move to Argon2 later without a reset.
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http,
      @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping,
      MessageSource messages, LocaleResolver locales) throws Exception {
    var problems = new ProblemResponses(messages, locales);
    http.securityMatcher("/api/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthenticated))
        .exceptionHandling(e -> e
            .authenticationEntryPoint(problems::unauthenticated)
            .accessDeniedHandler(problems::denied))
        .authorizeHttpRequests(auth -> auth.anyRequest().access(new HandlerAuthorizationManager(mapping)));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain web(HttpSecurity http,
      @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping,
      JdbcUsers users, PasswordEncoder passwords, LocaleResolver locales,
      ObjectProvider<LandingPage> landing) throws Exception {
    // A partner system's secret opens the API only: on the sign-in form it is an unknown user.
    // The form gets its own authentication manager, without the global one as a fallback.
    var people = new DaoAuthenticationProvider(username -> {
      UserDetails user = users.loadUserByUsername(username);
      if (user instanceof JolPrincipal p && p.actor().is(Role.PARTNER_SYSTEM)) {
        throw new UsernameNotFoundException("partner systems use the API");
      }
      return user;
    });
    people.setPasswordEncoder(passwords);
    http.authenticationManager(new ProviderManager(people))
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(OPEN_PATHS).permitAll()
            .anyRequest().access(new HandlerAuthorizationManager(mapping)))
        .formLogin(form -> form.loginPage("/login").successHandler(
            new LanguageAtSignIn(users, locales, landing))
            .permitAll())
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(
                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                    + "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'"))
            .referrerPolicy(r -> r.policy(
                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                    .ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }

  /** RFC 9457 bodies for the API's 401 and 403, in the caller's language. */
  record ProblemResponses(MessageSource messages, LocaleResolver locales) {

    void unauthenticated(HttpServletRequest request, HttpServletResponse response,
        org.springframework.security.core.AuthenticationException e) throws IOException {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Jol\", charset=\"UTF-8\"");
      write(request, response, 401, "access.unauthenticated", "Sign in first.");
    }

    void denied(HttpServletRequest request, HttpServletResponse response,
        org.springframework.security.access.AccessDeniedException e) throws IOException {
      write(request, response, 403, "access.denied", "Your role may not do this.");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status,
        String code, String fallback) throws IOException {
      var locale = locales.resolveLocale(request);
      String detail = messages.getMessage("error." + code, null, fallback, locale);
      String title = messages.getMessage("error.status." + status, null, "", locale);
      response.setStatus(status);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("{\"type\":\"https://jol.kz/problems/" + code + "\",\"title\":"
          + JsonText.quote(title) + ",\"status\":" + status + ",\"detail\":" + JsonText.quote(detail)
          + ",\"instance\":" + JsonText.quote(request.getRequestURI()) + ",\"code\":\"" + code + "\"}");
    }
  }
}
