package kz.jol.indicators.domain;

/** Which way an indicator is good: a higher value or a lower one, or neither. */
public enum Direction {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER,
  NEUTRAL
}
