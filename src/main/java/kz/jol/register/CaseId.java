package kz.jol.register;

import java.util.Objects;
import java.util.UUID;

/** The id of a probation case. */
public record CaseId(UUID value) {

  public CaseId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
