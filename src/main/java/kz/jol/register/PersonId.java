package kz.jol.register;

import java.util.Objects;
import java.util.UUID;

/** The id of a person on the register. */
public record PersonId(UUID value) {

  public PersonId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
