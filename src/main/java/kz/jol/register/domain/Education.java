package kz.jol.register.domain;

/** The highest education completed. */
public enum Education {
  /** No formal education. */
  NONE,
  /** Primary school (1st–4th grade). */
  PRIMARY,
  /** Basic secondary (9 grades). */
  BASIC_SECONDARY,
  /** General secondary (11 grades). */
  SECONDARY,
  /** Technical and vocational, or post-secondary (колледж). */
  VOCATIONAL,
  /** Higher (university). */
  HIGHER
}
