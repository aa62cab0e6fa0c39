package kz.jol.indicators;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The route KPIs of referrals created in a period in a territory, grouped by organisation or by
 * domain, and the R3 risks closed in the period by domain. A hidden value is {@code null}; see
 * {@code docs/routing.md}, "Route KPIs", for every measure.
 *
 * @param from the first day of the period (Almaty time)
 * @param to the last day of the period, included
 * @param territoryCode the territory: referrals of cases registered in it or below it
 * @param territoryName its name in the reader's language
 * @param groupBy what a row is
 * @param organisationId the only organisation counted (an agency head's own), or null for all
 * @param asOf the moment the figures were computed: "past due" means due before it
 * @param minimumCell the smallest count shown
 * @param rows one per organisation or domain
 * @param total all rows together (or null values where they would give a hidden cell back)
 * @param r3Risks one per domain; null for an agency head (not a figure of one organisation)
 * @param r3Total all domains together
 * @param targets90 the day-90 targets of cases whose day 90 fell in the period; null for an
 *     agency head
 */
public record RouteTable(
    LocalDate from, LocalDate to, String territoryCode, String territoryName, Grouping groupBy,
    java.util.UUID organisationId, Instant asOf, int minimumCell, List<Row> rows, Row total,
    List<R3Row> r3Risks, R3Row r3Total, List<TargetRow> targets90) {

  /** What a row of the route KPIs is. */
  public enum Grouping {
    ORGANISATION,
    DOMAIN
  }

  /**
   * The route KPIs of one organisation or domain.
   *
   * @param key the organisation's id or the domain's code
   * @param name the organisation's name in the reader's language, or the domain's code
   * @param referrals referrals created in the period
   * @param accepted of those, accepted (by now)
   * @param medianHoursToAccept median hours from SENT to ACCEPTED over the accepted
   * @param p90HoursToAccept 90th percentile of the same
   * @param closed of those, closed: DONE, DECLINED or IMPOSSIBLE
   * @param medianHoursToClose median hours from SENT to the closing state over the closed
   * @param slaCounted referrals that count for the SLA: closed, or open and past due
   * @param slaMet of those, DONE on or before the due moment
   * @param slaCompliance slaMet / slaCounted, 0..1
   */
  public record Row(String key, String name, Long referrals, Long accepted,
      Double medianHoursToAccept, Double p90HoursToAccept, Long closed, Double medianHoursToClose,
      Long slaCounted, Long slaMet, Double slaCompliance) {}

  /**
   * How long R3 risks of one domain (or all) stayed open.
   *
   * @param domain the domain's code, or null for the total
   * @param closed R3 episodes that closed (went below R3) in the period
   * @param medianDaysToClose median days from the day at R3 to the day below it, over those
   * @param stillOpen R3 episodes that began on or before the last day and were still open then
   */
  public record R3Row(String domain, Long closed, Double medianDaysToClose, Long stillOpen) {}

  /** The targets of the first 90 days (seed 001), by the domain that records each. */
  public enum Target {
    /** LEGAL closed: identity document and registration. */
    DOCUMENTS,
    /** HOUSING closed: stable, safe housing. */
    HOUSING,
    /** ECONOMIC closed: legal income or a steady employment track. */
    WORK,
    /** All three. */
    ALL_THREE
  }

  /**
   * How many cases reached a day-90 target.
   *
   * @param target the target
   * @param cases cases whose day 90 fell in the period and that were still open on it
   * @param reached of those, with the target's domain (or all three) closed as of day 90
   * @param share reached / cases, 0..1
   */
  public record TargetRow(Target target, Long cases, Long reached, Double share) {}
}
