package kz.jol.notification;

/**
 * What a notification asks of its reader, for how the application shows it. Deliberately
 * coarse, so that a new feature adds message keys, not kinds.
 */
public enum NotificationKind {
  /** For the reader's information; nothing to do. */
  INFO,
  /** Something awaits the reader: a referral received, a plan to approve. */
  ACTION_REQUIRED,
  /** A deadline is near or has passed. */
  DEADLINE,
  /** A case or referral was escalated to the reader. */
  ESCALATION
}
