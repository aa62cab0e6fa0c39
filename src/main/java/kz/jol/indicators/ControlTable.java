package kz.jol.indicators;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Control measures together with the police (seed 000, block 2) in a territory and a period: the
 * figures of the whole territory, broken down by its parts (the regions of the republic, the
 * districts of a region), with small counts hidden. A hidden value is {@code null}, never zero.
 * Definitions: {@code docs/indicators.md}.
 *
 * @param from the first day of the period
 * @param to the last day, included
 * @param territoryCode the territory asked for
 * @param territoryName its name in the reader's language
 * @param asOf when the figures were computed
 * @param minimumCell the smallest count of persons shown
 * @param figures the whole territory's figures, every {@link Indicator} present
 * @param breakdowns the whole territory's figures by kind
 * @param parts the territory's parts, each with its figures; empty for a district
 */
public record ControlTable(LocalDate from, LocalDate to, String territoryCode,
    String territoryName, Instant asOf, int minimumCell, Map<Indicator, Figure> figures,
    Breakdowns breakdowns, List<Part> parts) {

  /** The indicators of block 2; see {@code docs/indicators.md} for each one's definition. */
  public enum Indicator {
    /** Prevention measures held by the police in the period (not persons: never hidden). */
    PREVENTION_MEASURES,
    /** Persons the prevention measures of the period reached (the sum the inspector gave). */
    PERSONS_REACHED,
    /** Violations the prevention measures of the period found. */
    VIOLATIONS_FOUND,
    /** Persons on the register with a request for help in the period / persons on the register. */
    ASKED_FOR_HELP,
    /** Persons declared wanted in the period / persons on the register. */
    DECLARED_WANTED,
    /** Searches ended in the period with the person found / searches open in the period. */
    FOUND,
    /** Searches ended in the period because the case closed / searches open in the period. */
    SEARCH_ENDED_OTHERWISE,
    /** Searches still open at the end of the period / searches open in the period. */
    STILL_WANTED,
    /** Check-ins due in the period that were attended / check-ins due with a result. */
    CHECK_INS_ATTENDED,
    /** Check-ins due in the period that were missed / check-ins due with a result. */
    CHECK_INS_MISSED,
    /** Check-ins due in the period that were excused / check-ins due with a result. */
    CHECK_INS_EXCUSED,
    /** Violations recorded by the probation service in the period. */
    VIOLATIONS,
    /** Written warnings in the period. */
    WARNINGS,
    /** Submissions to court in the period. */
    COURT_SUBMISSIONS,
    /** Court decisions in the period that granted the submission / court decisions. */
    COURT_DECISIONS_GRANTED
  }

  /**
   * One figure.
   *
   * @param numerator the count; null where hidden
   * @param denominator what it is a share of; null where hidden or where the figure is a plain
   *     count
   * @param share numerator / denominator, 0..1 to three places; null where either is null or
   *     the denominator is zero
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

  /**
   * The whole territory's figures by kind, each key a code of the source (only kinds that
   * occurred), a hidden count null.
   *
   * @param measuresByKind prevention measures by kind (TALK, VISIT, JOINT_RAID, LECTURE)
   * @param foundHow searches ended with the person found, by how they were found
   * @param helpTopics persons who asked for help, by topic (a person asking about two topics
   *     counts in both)
   * @param submissionsByKind court submissions by kind
   * @param decisionsByKind court decisions by the submission's kind and the decision, as
   *     {@code KIND.GRANTED} or {@code KIND.REFUSED}
   */
  public record Breakdowns(Map<String, Long> measuresByKind, Map<String, Long> foundHow,
      Map<String, Long> helpTopics, Map<String, Long> submissionsByKind,
      Map<String, Long> decisionsByKind) {}
}
