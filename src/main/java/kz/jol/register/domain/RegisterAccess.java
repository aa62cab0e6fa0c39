package kz.jol.register.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import kz.jol.access.Role;

/**
 * Who may do what with the register's records (SPEC "Users"), before scope: which territory's
 * records a user reaches is decided by the user's territory on top of this.
 */
public final class RegisterAccess {

  /** Something one can do with persons and cases. */
  public enum Capability {
    /** See persons and cases (in the view the role gets). */
    READ,
    /** Create and change persons and cases, move cases between states. */
    WRITE,
    /** Give a case another responsible officer. */
    REASSIGN_OFFICER,
    /** Ask who read or changed a record. */
    READ_AUDIT
  }

  /** How much of a record a role sees. */
  public enum View {
    /** Everything the register holds. */
    FULL,
    /**
     * Identity, addresses, phone; a case's kind, state, dates and officer. No family,
     * education, employment, legal basis or court details.
     */
    REDUCED
  }

  private static final Map<Role, Set<Capability>> CAPABILITIES = Map.of(
      Role.PROBATION_OFFICER, EnumSet.of(Capability.READ, Capability.WRITE),
      Role.PROBATION_HEAD, EnumSet.allOf(Capability.class),
      Role.POLICE_INSPECTOR, EnumSet.of(Capability.READ),
      Role.PROSECUTOR, EnumSet.of(Capability.READ, Capability.READ_AUDIT));

  private RegisterAccess() {}

  public static boolean allows(Role role, Capability capability) {
    return CAPABILITIES.getOrDefault(role, Set.of()).contains(capability);
  }

  /** The view a role gets of the records it may read. */
  public static View viewFor(Role role) {
    return role == Role.POLICE_INSPECTOR ? View.REDUCED : View.FULL;
  }
}
