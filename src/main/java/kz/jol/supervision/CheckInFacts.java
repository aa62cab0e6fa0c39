package kz.jol.supervision;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The check-ins due in a period, counted by territory and result, for the indicators (seed 000,
 * block 2). No person and no case is in the answer. The reporting view
 * {@code supervision_event_facts} cannot give these: a check-in the sweep flagged as missed has
 * no event, and the view carries no check-in result. It checks no role and no territory: the
 * caller has decided its reader may see aggregates of these territories.
 */
public interface CheckInFacts {

  /**
   * The check-ins due from {@code from} through {@code to}, both included, of the cases whose
   * territory is one of these, counted by territory code and state.
   *
   * @param territoryCodes KATO codes, each counted as itself (no subtree)
   */
  List<Count> count(Collection<String> territoryCodes, LocalDate from, LocalDate to);

  /**
   * How many check-ins of one territory had one result.
   *
   * @param territoryCode the case's territory
   * @param state {@code ATTENDED}, {@code MISSED}, {@code EXCUSED}, {@code FLAGGED_MISSED} (the
   *     day ended with no result) or {@code EXPECTED} (no result yet, the day not ended)
   * @param checkIns how many
   */
  record Count(String territoryCode, String state, long checkIns) {}
}
