package kz.jol.indicators.domain;

/** What an indicator's value is. */
public enum Unit {
  /** numerator / denominator, 0..1. */
  SHARE,
  /** A plain count: the numerator; no denominator. */
  COUNT,
  /** A number of days (a median); the denominator is how many were measured. */
  DAYS
}
