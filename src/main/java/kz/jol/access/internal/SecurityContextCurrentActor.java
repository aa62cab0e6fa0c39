package kz.jol.access.internal;

import java.util.Optional;
import kz.jol.access.Actor;
import kz.jol.access.CurrentActor;
import kz.jol.access.JolPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

@Component
class SecurityContextCurrentActor implements CurrentActor {

  @Override
  public Optional<Actor> find() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof JolPrincipal principal) {
      return Optional.of(principal.actor());
    }
    return Optional.empty();
  }
}
