package kz.jol.access;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security holds it; carries the {@link Actor}. */
public final class JolPrincipal implements UserDetails {

  private final Actor actor;
  private final String passwordHash;
  private final boolean enabled;

  public JolPrincipal(Actor actor, String passwordHash, boolean enabled) {
    this.actor = actor;
    this.passwordHash = passwordHash;
    this.enabled = enabled;
  }

  /** A principal for tests and internal calls that never authenticate by password. */
  public static JolPrincipal of(Actor actor) {
    return new JolPrincipal(actor, "{noop}", true);
  }

  public Actor actor() {
    return actor;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority(actor.role().authority()));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return actor.username();
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }
}
