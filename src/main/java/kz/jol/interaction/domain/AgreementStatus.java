package kz.jol.interaction.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * Where an agreement stands. People decide three of them: a draft is signed and comes into force,
 * an agreement in force is terminated early. {@link #EXPIRED} is never decided: an agreement in
 * force whose last day has passed is expired, computed from the date (so nobody has to remember
 * to mark it).
 */
public enum AgreementStatus {
  DRAFT, IN_FORCE, EXPIRED, TERMINATED;

  /** How many days ahead an agreement in force counts as expiring soon. */
  public static final int EXPIRING_WITHIN_DAYS = 60;

  /** The statuses a person may set; EXPIRED follows from the date. */
  public static final Set<AgreementStatus> DECIDED = Set.of(DRAFT, IN_FORCE, TERMINATED);

  /**
   * The status as it stands today.
   *
   * @param stored the status people decided ({@link #DECIDED})
   * @param expiresOn the last day in force, or null when open-ended
   */
  public static AgreementStatus effective(AgreementStatus stored, LocalDate expiresOn,
      LocalDate today) {
    if (stored == IN_FORCE && expiresOn != null && expiresOn.isBefore(today)) {
      return EXPIRED;
    }
    return stored;
  }

  /** Whether an agreement in force ends within {@value #EXPIRING_WITHIN_DAYS} days of today. */
  public static boolean expiringSoon(AgreementStatus stored, LocalDate expiresOn,
      LocalDate today) {
    return effective(stored, expiresOn, today) == IN_FORCE && expiresOn != null
        && !expiresOn.isAfter(today.plusDays(EXPIRING_WITHIN_DAYS));
  }

  /**
   * Whether a person may move an agreement from its status today to {@code next}: a draft comes
   * into force when signed; an agreement in force is terminated; an expired or terminated one is
   * history. (A draft never signed is no agreement to terminate: it stays a draft.)
   */
  public boolean mayBecome(AgreementStatus next) {
    return switch (this) {
      case DRAFT -> next == IN_FORCE;
      case IN_FORCE -> next == TERMINATED;
      case EXPIRED, TERMINATED -> false;
    };
  }
}
