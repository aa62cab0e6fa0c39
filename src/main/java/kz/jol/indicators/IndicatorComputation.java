package kz.jol.indicators;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.jol.indicators.domain.Measure;

/**
 * Computes the figures of some indicators of the catalogue. An indicator is computable exactly
 * when a Spring bean implementing this interface names its code in {@link #codes()}; any other is
 * shown as "no data yet", never as zero. Implementations compute from the operational data
 * (reporting views), by the dates of the events — never from the current state — so that a past
 * period's figures stay the same unless data dated inside it arrives.
 */
public interface IndicatorComputation {

  /** The catalogue codes this computation gives figures for. */
  Set<String> codes();

  /**
   * The raw figures (small cells are hidden by the caller) of the codes asked for.
   *
   * @param scope where and when
   * @param wanted the codes asked for, a subset of {@link #codes()}
   * @return a measure per code asked for
   */
  Map<String, Measure> compute(Scope scope, Set<String> wanted);

  /**
   * Where and when to compute.
   *
   * @param territoryCode the territory asked for (already checked against the reader's scope)
   * @param territoryCodes it and every territory below it (the KATO subtree)
   * @param from the first day of the period
   * @param to the last day counted: the period's last day, or the as-of day when that is earlier
   * @param periodLast the period's own last day (the reporting year is its year)
   * @param locale the reader's language, for names in breakdowns
   */
  record Scope(String territoryCode, List<String> territoryCodes, LocalDate from, LocalDate to,
      LocalDate periodLast, Locale locale) {

    /** The codes as a SQL array parameter. */
    public String[] codes() {
      return territoryCodes.toArray(String[]::new);
    }
  }
}
