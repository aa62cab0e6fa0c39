package kz.jol.interaction;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The feed of advisory bodies' work for the indicators (seed 000 block 3: "the number of
 * organisational decisions taken at КСО meetings and the degree of their implementation"). The
 * exact definitions are in docs/interaction.md; in short, for the bodies of a territory and its
 * subtree and a period [from, to], both days included, judged as of today (the application's
 * clock):
 *
 * <ul>
 *   <li>meetings held: meetings marked held whose day is in the period;
 *   <li>decisions taken: decisions of those meetings;
 *   <li>decisions due: decisions (of any meeting) due in the period, cancelled ones excepted;
 *   <li>of those, carried out on time (DONE on or before the due day), carried out late (DONE
 *       after it), not carried out (NOT_DONE), overdue open (not closed, due day behind), not yet
 *       due (not closed, due today or later);
 *   <li>the share carried out: carried out (on time or late) over the decisions due that are
 *       judged by now (due minus not yet due).
 * </ul>
 */
public interface CouncilFigures {

  /**
   * The figures of the bodies in the territory or below it.
   *
   * @param territoryCode a KATO code; {@code 000000000} for the republic
   * @param from the first day of the period
   * @param to the last day of the period
   * @throws kz.jol.shared.InvalidInputException when the territory is unknown or the period
   *     is reversed
   */
  Figures of(String territoryCode, LocalDate from, LocalDate to);

  /** The same figures for each body of the territory, by name. */
  List<BodyFigures> byBody(String territoryCode, LocalDate from, LocalDate to);

  /**
   * What the bodies did in a period.
   *
   * @param asOf the day the standing of open decisions was judged
   * @param shareNumerator decisions carried out (on time or late) among the judged ones
   * @param shareDenominator decisions due in the period and judged by {@code asOf}
   */
  record Figures(String territoryCode, LocalDate from, LocalDate to, LocalDate asOf,
      int meetingsHeld, int decisionsTaken, int decisionsDue, int carriedOutOnTime,
      int carriedOutLate, int notCarriedOut, int overdueOpen, int notYetDue, int cancelled,
      int shareNumerator, int shareDenominator) {

    /** The share carried out, 0..1, or null when no decision was judged. */
    public Double share() {
      return shareDenominator == 0 ? null : (double) shareNumerator / shareDenominator;
    }
  }

  /** One body's figures. */
  record BodyFigures(UUID bodyId, String kind, String nameKk, String nameRu, String nameEn,
      String territoryCode, Figures figures) {}
}
