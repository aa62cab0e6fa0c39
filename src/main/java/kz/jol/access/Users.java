package kz.jol.access;

import java.util.Optional;
import java.util.UUID;

/** Looks users up for other modules (assigning an officer, showing who did what). */
public interface Users {

  Optional<UserSummary> find(UUID id);
}
