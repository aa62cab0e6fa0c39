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
   * The raw figures of several territories and periods at once, by scope. The default computes
   * them one by one; a computation over large tables overrides it with queries grouped by
   * territory and period, which read the data once for all.
   *
   * @param scopes the territories and periods, all in the same language
   * @param wanted the codes asked for, a subset of {@link #codes()}
   */
  default Map<Scope, Map<String, Measure>> computeEach(List<Scope> scopes, Set<String> wanted) {
    Map<Scope, Map<String, Measure>> each = new java.util.LinkedHashMap<>();
    for (Scope s : scopes) {
      each.put(s, compute(s, wanted));
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
   * Territories and periods as SQL parameters for {@link Where#joinGroupIn}: every territory code
   * below each territory asked for ({@code members}) beside the number of its scope
   * ({@code groups}) and that scope's first and last days and the first day of its reporting
   * year; {@link #from()} and {@link #to()} span them all (to narrow a scan before the join).
   */
  record Groups(List<Scope> scopes, LocalDate from, LocalDate to, String[] members,
      String[] groups, String[] froms, String[] tos, String[] yearStarts) {

    static Groups of(List<Scope> scopes) {
      List<String> members = new java.util.ArrayList<>();
      List<String> groups = new java.util.ArrayList<>();
      List<String> froms = new java.util.ArrayList<>();
      List<String> tos = new java.util.ArrayList<>();
      List<String> yearStarts = new java.util.ArrayList<>();
      LocalDate from = null;
      LocalDate to = null;
      for (int i = 0; i < scopes.size(); i++) {
        Scope s = scopes.get(i);
        from = from == null || s.from().isBefore(from) ? s.from() : from;
        to = to == null || s.to().isAfter(to) ? s.to() : to;
        for (String code : s.territoryCodes()) {
          members.add(code);
          groups.add(Integer.toString(i));
          froms.add(s.from().toString());
          tos.add(s.to().toString());
          yearStarts.add(LocalDate.of(s.periodLast().getYear(), 1, 1).toString());
        }
      }
      return new Groups(List.copyOf(scopes), from, to, members.toArray(String[]::new),
          groups.toArray(String[]::new), froms.toArray(String[]::new),
          tos.toArray(String[]::new), yearStarts.toArray(String[]::new));
    }

    /** The scope of a group as the SQL names it. */
    Scope scope(String group) {
      return scopes.get(Integer.parseInt(group));
    }

    /** The statement with the groups' parameters bound. */
    org.springframework.jdbc.core.simple.JdbcClient.StatementSpec bind(
        org.springframework.jdbc.core.simple.JdbcClient.StatementSpec sql) {
      return sql.param("members", members).param("groups", groups).param("froms", froms)
          .param("tos", tos).param("yearStarts", yearStarts);
    }

    /** A figure per scope from figures by group, {@code none} where a group has no row. */
    <T> Map<Scope, T> byScope(Map<String, T> byGroup, T none) {
      Map<Scope, T> by = new java.util.LinkedHashMap<>();
      for (int i = 0; i < scopes.size(); i++) {
        by.put(scopes.get(i), byGroup.getOrDefault(Integer.toString(i), none));
      }
      return by;
    }
  }
}
