package kz.jol.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import kz.jol.access.Allowed;
import kz.jol.access.JolPrincipal;
import kz.jol.access.PublicEndpoint;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Deny by default, decided by the handler a request would reach: a controller method without
 * {@link Allowed} or {@link PublicEndpoint} (on itself or its class) is refused to everyone. A
 * request that matches no handler is let through only when signed in, so that it ends in a 404
 * rather than revealing which addresses exist.
 */
class HandlerAuthorizationManager implements AuthorizationManager<RequestAuthorizationContext> {

  private final RequestMappingHandlerMapping mapping;

  HandlerAuthorizationManager(RequestMappingHandlerMapping mapping) {
    this.mapping = mapping;
  }

  @Override
  public AuthorizationResult authorize(
      Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
    Optional<HandlerMethod> handler = handlerFor(context.getRequest());
    Optional<JolPrincipal> principal = principal(authentication.get());
    if (handler.isEmpty()) {
      return new AuthorizationDecision(principal.isPresent());
    }
    return new AuthorizationDecision(permits(handler.get(), principal));
  }

  static boolean permits(HandlerMethod handler, Optional<JolPrincipal> principal) {
    Access access = Access.of(handler);
    return switch (access) {
      case Access.Public ignored -> true;
      case Access.Nobody ignored -> false;
      case Access.Roles roles -> principal
          .map(p -> roles.allowed().anyRole()
              || Arrays.asList(roles.allowed().value()).contains(p.actor().role()))
          .orElse(false);
    };
  }

  private Optional<HandlerMethod> handlerFor(HttpServletRequest request) {
    boolean parsedHere = !ServletRequestPathUtils.hasParsedRequestPath(request);
    if (parsedHere) {
      ServletRequestPathUtils.parseAndCache(request);
    }
    try {
      HandlerExecutionChain chain = mapping.getHandler(request);
      if (chain != null && chain.getHandler() instanceof HandlerMethod method) {
        return Optional.of(method);
      }
      return Optional.empty();
    } catch (Exception noMatch) {
      // A method or media type that no handler accepts: MVC answers it after authentication.
      return Optional.empty();
    } finally {
      if (parsedHere) {
        ServletRequestPathUtils.clearParsedRequestPath(request);
      }
    }
  }

  private static Optional<JolPrincipal> principal(Authentication authentication) {
    if (authentication != null && authentication.isAuthenticated()
        && authentication.getPrincipal() instanceof JolPrincipal principal) {
      return Optional.of(principal);
    }
    return Optional.empty();
  }

  /** What a handler declares; the method's declaration replaces its class's. */
  sealed interface Access {
    record Public() implements Access {}

    record Nobody() implements Access {}

    record Roles(Allowed allowed) implements Access {}

    static Access of(HandlerMethod handler) {
      var method = handler.getMethod();
      if (AnnotatedElementUtils.hasAnnotation(method, PublicEndpoint.class)) {
        return new Public();
      }
      Allowed onMethod = AnnotatedElementUtils.findMergedAnnotation(method, Allowed.class);
      if (onMethod != null) {
        return new Roles(onMethod);
      }
      Class<?> type = handler.getBeanType();
      if (AnnotatedElementUtils.hasAnnotation(type, PublicEndpoint.class)) {
        return new Public();
      }
      Allowed onType = AnnotatedElementUtils.findMergedAnnotation(type, Allowed.class);
      return onType == null ? new Nobody() : new Roles(onType);
    }
  }
}
