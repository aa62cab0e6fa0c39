package kz.jol.routing.domain;

/** How urgent a referral is; the inbox shows the most urgent first. */
public enum Priority {
  /** Safety of life or health: a safe place to stay. */
  URGENT,
  HIGH,
  NORMAL
}
