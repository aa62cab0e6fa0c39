package kz.jol.indicators;

import java.time.LocalDate;
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

  ReintegrationKpis(JdbcClient jdbc) {
    this.jdbc = jdbc;
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
            select g.grp, count(*) as cases, count(*) filter (where r.successful) as successful
              from register_case_facts c
              left join indicators_day180_facts r on r.case_id = c.case_id
              %s
             where c.registration_date + 180 between :from and :to
               and not (c.state = 'CLOSED' and c.state_since < c.registration_date + 180)
             group by g.grp""".formatted(Where.joinGroupOn("c.case_id",
            "c.registration_date + 180")))
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
            select g.grp, count(*) as ended,
                   count(*) filter (where c.outcome in ('COMPLETED', 'AMNESTY') and not exists (
                       select 1 from supervision_event_facts e
                        where e.case_id = c.case_id
                          and e.event_kind in ('CRIMINAL_OFFENCE', 'ADMIN_OFFENCE', 'VIOLATION')
                          and e.day between :yearStart and c.state_since)) as clean
              from register_case_facts c
              %s
             where c.state = 'CLOSED'
               and c.outcome in ('COMPLETED', 'AMNESTY', 'REVOKED', 'NEW_OFFENCE')
               and c.state_since between :from and :to
             group by g.grp""".formatted(Where.joinGroupOn("c.case_id", "c.state_since")))
        .param("members", g.members()).param("groups", g.groups())
        .param("from", g.from()).param("to", g.to())
        .param("yearStart", LocalDate.of(g.periodLast().getYear(), 1, 1))
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
              from indicators_r3_episodes e
              %s
             where e.closed_on between :from and :to""".formatted(
            Where.joinGroupOn("e.case_id", "e.closed_on")))
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
                   count(*) filter (where t.documents) as documents,
                   count(*) filter (where t.housing) as housing,
                   count(*) filter (where t.work) as work
              from reintegration_day90_targets t
              %s
             where t.day_90 between :from and :to and not t.ended_before
             group by g.grp""".formatted(Where.joinGroupOn("t.case_id", "t.day_90")))
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
    String dueDay = Where.almatyDay("f.due_at");
    Map<String, Measure> whole = new HashMap<>();
    Map<String, List<Measure.Part>> parts = new HashMap<>();
    // The due moment's range first (a plain column), so that the moment each referral was
    // done (a subquery of the view) is looked up only for the referrals due in the period.
    jdbc.sql("""
            with f as materialized (
              select f.case_id, f.domain, f.organisation_id, f.due_at,
                     f.done_at <= f.due_at as met
                from indicators_referral_moments f
               where f.due_at >= :fromMoment and f.due_at < :toMoment)
            select g.grp, f.domain as domain, cast(f.organisation_id as text) as organisation,
                   grouping(f.domain) as no_domain, grouping(f.organisation_id) as no_org,
                   count(*) as due, count(*) filter (where f.met) as met
              from f
              %s
             group by grouping sets ((g.grp, f.domain), (g.grp, f.organisation_id), (g.grp))"""
            .formatted(Where.joinGroupOn("f.case_id", dueDay)))
        .param("members", g.members()).param("groups", g.groups())
        .param("fromMoment", Where.almatyStart(g.from()))
        .param("toMoment", Where.almatyStart(g.to().plusDays(1)))
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
