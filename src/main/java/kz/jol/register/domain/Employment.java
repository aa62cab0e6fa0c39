package kz.jol.register.domain;

/** What the person lived on before the conviction (seed 001 asks it of every person). */
public enum Employment {
  /** Employed under a contract. */
  EMPLOYED,
  /** Registered as self-employed or an individual entrepreneur. */
  SELF_EMPLOYED,
  /** Informal work, without a contract or social contributions. */
  INFORMAL,
  /** Without work. */
  UNEMPLOYED,
  /** In education. */
  STUDENT,
  /** Receiving a pension or a disability allowance. */
  PENSIONER
}
