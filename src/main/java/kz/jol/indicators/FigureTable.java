package kz.jol.indicators;

import java.time.LocalDate;
import java.util.List;
import kz.jol.indicators.domain.Block;
import kz.jol.indicators.domain.Direction;
import kz.jol.indicators.domain.Unit;

/**
 * The figures of the catalogue's indicators for one territory and period, as of a day. A hidden
 * value is {@code null}; an indicator without data has availability {@code NO_DATA_YET} and no
 * values at all — never zero.
 *
 * @param territoryCode the territory: figures of it and everything below it
 * @param territoryName its name in the reader's language
 * @param period the period as written ({@code 2026-Q3})
 * @param from the period's first day
 * @param to the last day counted: the period's last, or the as-of day when earlier
 * @param asOf the day as of which the figures were computed
 * @param minimumCell the smallest count shown
 * @param figures one per indicator of the block asked for (or of all), in catalogue order
 */
public record FigureTable(String territoryCode, String territoryName, String period,
    LocalDate from, LocalDate to, LocalDate asOf, int minimumCell, List<Figure> figures) {

  /** Whether an indicator's figure could be computed. */
  public enum Availability {
    /** Computed from the operational data (values may still be hidden as small cells). */
    AVAILABLE,
    /** No computation exists yet for it: its data is not recorded in Jol yet. */
    NO_DATA_YET
  }

  /**
   * One indicator's figure.
   *
   * @param code the indicator's code
   * @param name its name in the reader's language
   * @param block its block
   * @param unit SHARE (value = numerator / denominator), COUNT (value = numerator), DAYS (value =
   *     median, denominator = how many were measured)
   * @param direction which way is good
   * @param availability whether it was computed
   * @param numerator null when hidden or not applicable
   * @param denominator null when hidden or not applicable
   * @param value null when hidden, not applicable or the denominator is 0
   * @param hidden whether a value was hidden as a small cell
   * @param parts the breakdown (SERVICES_DELIVERED by domain, SLA_COMPLIANCE by domain and by
   *     organisation), empty otherwise
   */
  public record Figure(String code, String name, Block block, Unit unit, Direction direction,
      Availability availability, Long numerator, Long denominator, Double value, boolean hidden,
      List<Part> parts) {}

  /**
   * One line of a breakdown.
   *
   * @param group {@code domain} or {@code organisation}
   * @param key the domain's code or the organisation's id
   * @param name the organisation's name in the reader's language, or the domain's code
   * @param numerator as the figure's
   * @param denominator as the figure's
   * @param value as the figure's
   */
  public record Part(String group, String key, String name, Long numerator, Long denominator,
      Double value) {}
}
