package kz.jol.supervision;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The supervision of many cases at once, for a module that lists persons on the register (the
 * police inspector's precinct view). It checks no role and no territory: the caller has
 * decided, through the register's scope, that its reader reaches these cases. It writes one
 * audit row per case read, as every read of a person's data does.
 */
public interface SupervisionSummaries {

  /** The summaries of these cases; an unknown id is absent from the answer. */
  Map<UUID, SupervisionSummary> of(Collection<UUID> caseIds);
}
