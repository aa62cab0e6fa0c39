package kz.jol.indicators;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Intensity of interaction (seed 000, block 3) in a territory and a period: the figures of the
 * whole territory, broken down by its parts (the regions of the republic, the districts of a
 * region). No figure counts persons on probation, so nothing is hidden. Definitions:
 * {@code docs/indicators.md}.
 *
 * @param from the first day of the period
 * @param to the last day, included
 * @param territoryCode the territory asked for
 * @param territoryName its name in the reader's language
 * @param asOf when the figures were computed
 * @param figures the whole territory's figures, every {@link Indicator} present
 * @param eventsByKind the whole territory's joint events by kind (only kinds that occurred)
 * @param parts the territory's parts, each with its figures; empty for a district
 */
public record InteractionTable(LocalDate from, LocalDate to, String territoryCode,
    String territoryName, Instant asOf, Map<Indicator, Figure> figures,
    Map<String, Long> eventsByKind, List<Part> parts) {

  /** The indicators of block 3; see {@code docs/indicators.md} for each one's definition. */
  public enum Indicator {
    /** Joint events held in the period. */
    JOINT_EVENTS,
    /** Citizens the joint events of the period reached (the organisers' head count). */
    CITIZENS_REACHED,
    /** Agreements, memoranda and joint plans signed in the period. */
    AGREEMENTS_SIGNED,
    /** Agreements in force on the period's last day. */
    AGREEMENTS_IN_FORCE,
    /** Regional target programmes whose years overlap the period. */
    PROGRAMMES_ACTIVE,
    /** Proposals sent in the period. */
    PROPOSALS_SENT,
    /** Proposals of the period accepted wholly or in part by its end / proposals sent. */
    PROPOSALS_ACCEPTED,
    /** Partners of the register active on the period's last day. */
    PARTNERS_ACTIVE,
    /** Contacts with partners made in the period. */
    PARTNER_CONTACTS,
    /** Meetings of advisory bodies (КСО, МВК, public councils) held in the period. */
    ADVISORY_MEETINGS,
    /** Decisions taken at the meetings held in the period. */
    DECISIONS_TAKEN,
    /**
     * Decisions due in the period carried out (on time or late) / those of them judged by now
     * (due, not cancelled, and not still before their due day).
     */
    DECISIONS_CARRIED_OUT
  }

  /**
   * One figure.
   *
   * @param numerator the count
   * @param denominator what it is a share of; null where the figure is a plain count
   * @param share numerator / denominator, 0..1 to three places; null for a plain count or a
   *     zero denominator
   */
  public record Figure(Long numerator, Long denominator, Double share) {}

  /**
   * A part of the territory.
   *
   * @param territoryCode its code
   * @param name its name in the reader's language
   * @param hasParts whether it can be broken down further
   * @param figures its figures, every {@link Indicator} present
   */
  public record Part(String territoryCode, String name, boolean hasParts,
      Map<Indicator, Figure> figures) {}
}
