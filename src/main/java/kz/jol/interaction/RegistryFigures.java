package kz.jol.interaction;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The registry's counts for the indicators of intensity of interaction (seed 000, block 3), by
 * territory and period: joint events and the citizens they reached, agreements, target
 * programmes, proposals, partners and partner contacts. No person is in the answer. It checks no
 * role and no territory: the caller has decided its reader may see aggregates of these
 * territories. Definitions: {@code docs/interaction.md} and {@code docs/indicators.md}.
 */
public interface RegistryFigures {

  /**
   * The counts of the records filed at each of these territories, from {@code from} through
   * {@code to}, both included; a territory with nothing is absent.
   *
   * @param territoryCodes KATO codes, each counted as itself (no subtree)
   */
  List<Counts> count(Collection<String> territoryCodes, LocalDate from, LocalDate to);

  /**
   * What one territory has in the period.
   *
   * @param territoryCode the territory the records are filed at
   * @param eventsByKind joint events held in the period, by kind ({@code MEETING},
   *     {@code SEMINAR}, ...); only kinds that occurred
   * @param citizensReached citizens the joint events of the period reached, summed
   * @param agreementsSigned agreements (of every kind) signed in the period, whatever their
   *     status now, drafts never
   * @param agreementsInForce agreements in force on the period's last day: signed on or before
   *     it, not expired before it, not terminated on or before it
   * @param programmesActive target programmes whose years overlap the period
   * @param proposalsSent proposals sent in the period
   * @param proposalsAccepted of those, the ones accepted wholly or in part by an answer given on
   *     or before the period's last day
   * @param partnersActive partners based here, registered on or before the last day and not
   *     inactive by then
   * @param partnerContacts contacts with partners made in the period by bodies of here
   */
  record Counts(String territoryCode, Map<String, Long> eventsByKind, long citizensReached,
      long agreementsSigned, long agreementsInForce, long programmesActive, long proposalsSent,
      long proposalsAccepted, long partnersActive, long partnerContacts) {

    /** Joint events of every kind. */
    public long events() {
      return eventsByKind.values().stream().mapToLong(Long::longValue).sum();
    }
  }
}
