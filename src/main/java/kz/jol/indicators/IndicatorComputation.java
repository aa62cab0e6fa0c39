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
   * The raw figures of several territories of one period at once, keyed by
   * {@link Scope#territoryCode()}. The default computes them one by one; a computation over large
   * tables overrides it with queries grouped by territory, which read the data once for all.
   *
   * @param scopes the territories, all of the same period, day and language
   * @param wanted the codes asked for, a subset of {@link #codes()}
   */
  default Map<String, Map<String, Measure>> computeEach(List<Scope> scopes, Set<String> wanted) {
    Map<String, Map<String, Measure>> each = new java.util.LinkedHashMap<>();
    for (Scope s : scopes) {
      each.put(s.territoryCode(), compute(s, wanted));
    }
    return each;
  }

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

  /**
   * Territories of one period as SQL parameters for {@link Where#joinGroupOf}: every territory
   * code below each territory asked for ({@code members}) beside the territory asked for
   * ({@code groups}).
   */
  record Groups(LocalDate from, LocalDate to, LocalDate periodLast, String[] members,
      String[] groups) {

    static Groups of(List<Scope> scopes) {
      Scope first = scopes.getFirst();
      List<String> members = new java.util.ArrayList<>();
      List<String> groups = new java.util.ArrayList<>();
      for (Scope s : scopes) {
        if (!s.from().equals(first.from()) || !s.to().equals(first.to())
            || !s.periodLast().equals(first.periodLast())) {
          throw new IllegalArgumentException("territories of different periods");
        }
        for (String code : s.territoryCodes()) {
          members.add(code);
          groups.add(s.territoryCode());
        }
      }
      return new Groups(first.from(), first.to(), first.periodLast(),
          members.toArray(String[]::new), groups.toArray(String[]::new));
    }
  }
}
