package kz.jol.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.jol.indicators.domain.Measure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reintegration KPIs of seed 001 (block 5): success at day 180, completing with no offence in
 * the reporting year, the median time to close an R3 risk, the day-90 targets and SLA
 * compliance. Each is counted by the dates of its events, in the territory the case was in on
 * the relevant day. Definitions: {@code docs/indicators.md}, "Figures of the catalogue".
 */
@Component
class ReintegrationKpis implements IndicatorComputation {

  static final Set<String> CODES = Set.of("SUCCESS_DAY_180", "NO_OFFENCE_IN_YEAR",
      "R3_MEDIAN_DAYS_TO_CLOSE", "TARGET_DOCUMENTS_90", "TARGET_HOUSING_90", "TARGET_WORK_90",
      "SLA_COMPLIANCE");

  private final JdbcClient jdbc;
  private final IndicatorFacts facts;

  ReintegrationKpis(JdbcClient jdbc, IndicatorFacts facts) {
    this.jdbc = jdbc;
    this.facts = facts;
  }

  @Override
  public Set<String> codes() {
    return CODES;
  }

  @Override
  public Map<String, Measure> compute(Scope scope, Set<String> wanted) {
    return computeEach(List.of(scope), wanted).get(scope.territoryCode());
  }

  /** Every territory in one pass per KPI: the queries group by the territory asked for. */
  @Override
  public Map<String, Map<String, Measure>> computeEach(List<Scope> scopes, Set<String> wanted) {
    Groups g = Groups.of(scopes);
    facts.catchUp();
    Map<String, Map<String, Measure>> each = new LinkedHashMap<>();
    scopes.forEach(s -> each.put(s.territoryCode(), new HashMap<>()));
    if (wanted.contains("SUCCESS_DAY_180")) {
      put(each, "SUCCESS_DAY_180", successAtDay180(g), Measure.share(0, 0));
    }
    if (wanted.contains("NO_OFFENCE_IN_YEAR")) {
      put(each, "NO_OFFENCE_IN_YEAR", noOffenceInYear(g), Measure.share(0, 0));
    }
    if (wanted.contains("R3_MEDIAN_DAYS_TO_CLOSE")) {
      Map<String, List<Integer>> days = r3(g);
      each.forEach((code, figures) -> figures.put("R3_MEDIAN_DAYS_TO_CLOSE",
          Measure.medianDays(days.getOrDefault(code, List.of()))));
    }
    if (wanted.stream().anyMatch(c -> c.startsWith("TARGET_"))) {
      Map<String, Map<String, Measure>> targets = targets(g);
      each.forEach((code, figures) -> figures.putAll(targets.getOrDefault(code, Map.of(
          "TARGET_DOCUMENTS_90", Measure.share(0, 0),
          "TARGET_HOUSING_90", Measure.share(0, 0),
          "TARGET_WORK_90", Measure.share(0, 0)))));
    }
    if (wanted.contains("SLA_COMPLIANCE")) {
      put(each, "SLA_COMPLIANCE", sla(g), Measure.share(0, 0));
    }
    each.values().forEach(figures -> figures.keySet().retainAll(wanted));
    return each;
  }

  private static void put(Map<String, Map<String, Measure>> each, String code,
      Map<String, Measure> byTerritory, Measure none) {
    each.forEach((territory, figures) ->
        figures.put(code, byTerritory.getOrDefault(territory, none)));
  }

  /**
   * Cases whose day 180 (registration + 180 days) fell in the period and that were not closed
   * before it, in the territory they were in on day 180; successful: the official reading says
   * so. A case without a reading (the sweep has not read it yet) is not successful.
   */
  private Map<String, Measure> successAtDay180(Groups g) {
    Map<String, Measure> by = new HashMap<>();
    jdbc.sql("""
            select g.grp, count(*) as cases, count(*) filter (where s.successful_180) as successful
              from indicators_case_summary s
              %s
             where s.day_180 between :from and :to and s.counted_180
             group by g.grp""".formatted(Where.joinGroupOf("s.territory_180")))
        .param("members", g.members()).param("groups", g.groups())
        .param("from", g.from()).param("to", g.to())
        .query(rs -> {
          by.put(rs.getString("grp"),
              Measure.share(rs.getLong("successful"), rs.getLong("cases")));
        });
    return by;
  }

  /**
   * Cases whose supervision ended in the period as a term served or not (COMPLETED, AMNESTY,
   * REVOKED, NEW_OFFENCE; a transfer continues elsewhere and a death is no result), in their
   * territory on the closing day; the numerator: COMPLETED or AMNESTY with no offence — a
   * CRIMINAL_OFFENCE, an ADMIN_OFFENCE or a VIOLATION recorded in supervision — dated from 1
   * January of the reporting year (the year of the period's last day) to the closing day.
   */
  private Map<String, Measure> noOffenceInYear(Groups g) {
    Map<String, Measure> by = new HashMap<>();
    jdbc.sql("""
            select g.grp, count(*) as ended, count(*) filter (where s.clean_in_year) as clean
              from indicators_case_summary s
              %s
             where s.closed_on between :from and :to
               and s.outcome in ('COMPLETED', 'AMNESTY', 'REVOKED', 'NEW_OFFENCE')
             group by g.grp""".formatted(Where.joinGroupOf("s.territory_closed")))
        .param("members", g.members()).param("groups", g.groups())
        .param("from", g.from()).param("to", g.to())
        .query(rs -> {
          by.put(rs.getString("grp"), Measure.share(rs.getLong("clean"), rs.getLong("ended")));
        });
    return by;
  }

  /** R3 episodes closed in the period, in the case's territory on the closing day. */
  private Map<String, List<Integer>> r3(Groups g) {
    Map<String, List<Integer>> by = new HashMap<>();
    jdbc.sql("""
            select g.grp, e.closed_on - e.opened_on as days
              from indicators_r3_fact e
              %s
             where e.closed_on between :from and :to""".formatted(
            Where.joinGroupOf("e.territory_closed")))
        .param("members", g.members()).param("groups", g.groups())
        .param("from", g.from()).param("to", g.to())
        .query(rs -> {
          by.computeIfAbsent(rs.getString("grp"), k -> new ArrayList<>()).add(rs.getInt("days"));
        });
    return by;
  }

  /** Cases whose day 90 fell in the period, open on it, in their territory on day 90. */
  private Map<String, Map<String, Measure>> targets(Groups g) {
    Map<String, Map<String, Measure>> by = new HashMap<>();
    jdbc.sql("""
            select g.grp, count(*) as cases,
                   count(*) filter (where s.documents_90) as documents,
                   count(*) filter (where s.housing_90) as housing,
                   count(*) filter (where s.work_90) as work
              from indicators_case_summary s
              %s
             where s.day_90 between :from and :to and s.counted_90
             group by g.grp""".formatted(Where.joinGroupOf("s.territory_90")))
        .param("members", g.members()).param("groups", g.groups())
        .param("from", g.from()).param("to", g.to())
        .query(rs -> {
          by.put(rs.getString("grp"), Map.of(
              "TARGET_DOCUMENTS_90", Measure.share(rs.getLong("documents"), rs.getLong("cases")),
              "TARGET_HOUSING_90", Measure.share(rs.getLong("housing"), rs.getLong("cases")),
              "TARGET_WORK_90", Measure.share(rs.getLong("work"), rs.getLong("cases"))));
        });
    return by;
  }

  /**
   * Referrals due in the period (their due moment on an Almaty day of it), in the case's
   * territory on that day; met: DONE on or before the due moment. A referral declined, found
   * impossible or still open is not met. By domain and by organisation too.
   */
  private Map<String, Measure> sla(Groups g) {
    Map<String, Measure> whole = new HashMap<>();
    Map<String, List<Measure.Part>> parts = new HashMap<>();
    jdbc.sql("""
            select g.grp, f.domain as domain, cast(f.organisation_id as text) as organisation,
                   grouping(f.domain) as no_domain, grouping(f.organisation_id) as no_org,
                   count(*) as due, count(*) filter (where f.met) as met
              from indicators_referral_fact f
              %s
             where f.due_day between :from and :to
             group by grouping sets ((g.grp, f.domain), (g.grp, f.organisation_id), (g.grp))"""
            .formatted(Where.joinGroupOf("f.territory_due")))
        .param("members", g.members()).param("groups", g.groups())
        .param("from", g.from()).param("to", g.to())
        .query(rs -> {
          String grp = rs.getString("grp");
          long due = rs.getLong("due");
          long met = rs.getLong("met");
          boolean noDomain = rs.getInt("no_domain") == 1;
          boolean noOrg = rs.getInt("no_org") == 1;
          if (noDomain && noOrg) {
            whole.put(grp, Measure.share(met, due));
          } else if (!noDomain) {
            parts.computeIfAbsent(grp, k -> new ArrayList<>()).add(new Measure.Part("domain",
                rs.getString("domain"), met, due, Measure.ratio(met, due)));
          } else {
            parts.computeIfAbsent(grp, k -> new ArrayList<>()).add(new Measure.Part(
                "organisation", rs.getString("organisation"), met, due,
                Measure.ratio(met, due)));
          }
        });
    Map<String, Measure> by = new HashMap<>();
    whole.forEach((grp, m) -> {
      List<Measure.Part> p = new ArrayList<>(parts.getOrDefault(grp, List.of()));
      p.sort(java.util.Comparator.comparing(Measure.Part::group)
          .thenComparing(Measure.Part::key));
      by.put(grp, m.withParts(p));
    });
    return by;
  }
}
