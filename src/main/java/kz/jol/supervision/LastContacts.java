package kz.jol.supervision;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The day of the last contact (an attended check-in or a home visit that found the person) of
 * many cases at once, for a list or an export of a caseload: one query however many cases.
 * A system read with no actor and no audit row: the caller has read the cases through the
 * register, which decided that the actor reaches them, and audits its own read.
 */
public interface LastContacts {

  /** The day of each case's last contact; cases with none are absent. */
  Map<UUID, LocalDate> of(Collection<UUID> caseIds);
}
