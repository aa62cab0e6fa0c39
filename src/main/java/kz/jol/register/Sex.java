package kz.jol.register;

/** Sex as the IIN encodes it (digit 7). */
public enum Sex {
  MALE,
  FEMALE
}
