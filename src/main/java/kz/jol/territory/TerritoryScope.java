package kz.jol.territory;

import java.util.Set;

/** Which territories lie within which: the basis of every territorial scope check. */
public interface TerritoryScope {

  /** The code itself and every territory below it; empty when the code is unknown. */
  Set<String> codesWithin(String code);

  /** Whether {@code code} is {@code ancestor} or lies below it. */
  default boolean isWithin(String code, String ancestor) {
    return codesWithin(ancestor).contains(code);
  }

  /** Whether an active territory with this code exists. */
  boolean exists(String code);
}
