package kz.jol.indicators;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.jol.indicators.domain.Measure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Block 4 of seed 000 (final results): repeat criminal and administrative offences of persons on
 * the register, revocations and replacements with imprisonment granted by the court. Public
 * opinion has no data yet (surveys, seed 004).
 */
@Component
class FinalResults implements IndicatorComputation {

  private final JdbcClient jdbc;
  private final IndicatorFacts facts;

  FinalResults(JdbcClient jdbc, IndicatorFacts facts) {
    this.jdbc = jdbc;
    this.facts = facts;
  }

  @Override
  public Set<String> codes() {
    return Set.of("REPEAT_CRIMINAL_OFFENCES", "ADMINISTRATIVE_OFFENCES", "REVOCATIONS",
        "REPLACEMENTS_WITH_IMPRISONMENT");
  }

  @Override
  public Map<String, Measure> compute(Scope scope, Set<String> wanted) {
    return computeEach(List.of(scope), wanted).get(scope.territoryCode());
  }

  /** Every territory in one pass per figure: the queries group by the territory asked for. */
  @Override
  public Map<String, Map<String, Measure>> computeEach(List<Scope> scopes, Set<String> wanted) {
    Groups g = Groups.of(scopes);
    facts.catchUp();
    Map<String, Map<String, Measure>> each = new LinkedHashMap<>();
    scopes.forEach(s -> each.put(s.territoryCode(), new HashMap<>()));
    if (wanted.contains("REPEAT_CRIMINAL_OFFENCES") || wanted.contains("ADMINISTRATIVE_OFFENCES")) {
      Map<String, Map<String, Measure>> offences = offences(g);
      each.forEach((code, figures) -> figures.putAll(offences.getOrDefault(code, Map.of(
          "REPEAT_CRIMINAL_OFFENCES", Measure.share(0, 0),
          "ADMINISTRATIVE_OFFENCES", Measure.share(0, 0)))));
    }
    if (wanted.contains("REVOCATIONS") || wanted.contains("REPLACEMENTS_WITH_IMPRISONMENT")) {
      Map<String, Map<String, Long>> granted = granted(g);
      each.forEach((code, figures) -> {
        Map<String, Long> of = granted.getOrDefault(code, Map.of());
        figures.put("REVOCATIONS",
            Measure.count(of.getOrDefault("REVOKE_CONDITIONAL_SENTENCE", 0L)));
        figures.put("REPLACEMENTS_WITH_IMPRISONMENT",
            Measure.count(of.getOrDefault("REPLACE_WITH_IMPRISONMENT", 0L)));
      });
    }
    each.values().forEach(figures -> figures.keySet().retainAll(wanted));
    return each;
  }

  /**
   * Cases on the register in the period (registered on or before its last day, not closed
   * before its first), each in the territory it was in on the last day it was on the register
   * in the period; of those, with a criminal offence in the period (a CRIMINAL_OFFENCE event, or
   * the case closed in the period with the outcome NEW_OFFENCE), with an ADMIN_OFFENCE event in
   * the period.
   */
  private Map<String, Map<String, Measure>> offences(Groups g) {
    Map<String, Map<String, Measure>> by = new HashMap<>();
    jdbc.sql("""
            with c as (
              select s.case_id, s.outcome, s.closed_on,
                     case when s.closed_on < :to then s.closed_on
                          else cast(:to as date) end as last_day
                from indicators_case_summary s
               where s.registration_date <= :to
                 and (s.closed_on is null or s.closed_on >= :from)),
            e as (
              select e.case_id, bool_or(e.kind = 'CRIMINAL_OFFENCE') as criminal,
                     bool_or(e.kind = 'ADMIN_OFFENCE') as administrative
                from indicators_event_fact e
               where e.day between :from and :to
                 and e.kind in ('CRIMINAL_OFFENCE', 'ADMIN_OFFENCE')
               group by e.case_id)
            select g.grp, count(*) as cases,
                   count(*) filter (where e.criminal
                     or (c.outcome = 'NEW_OFFENCE' and c.closed_on between :from and :to))
                       as criminal,
                   count(*) filter (where e.administrative) as administrative
              from c
              join indicators_territory_spell t
                on t.case_id = c.case_id and t.from_day <= c.last_day
               and (t.to_day is null or t.to_day > c.last_day)
              %s
              left join e on e.case_id = c.case_id
             group by g.grp""".formatted(Where.joinGroupOf("t.territory_code")))
        .param("members", g.members()).param("groups", g.groups())
        .param("from", g.from()).param("to", g.to())
        .query(rs -> {
          by.put(rs.getString("grp"), Map.of(
              "REPEAT_CRIMINAL_OFFENCES",
              Measure.share(rs.getLong("criminal"), rs.getLong("cases")),
              "ADMINISTRATIVE_OFFENCES",
              Measure.share(rs.getLong("administrative"), rs.getLong("cases"))));
        });
    return by;
  }

  /**
   * Court decisions in the period granting a submission of either kind, by the decision's day,
   * by territory and kind.
   */
  private Map<String, Map<String, Long>> granted(Groups g) {
    Map<String, Map<String, Long>> by = new HashMap<>();
    jdbc.sql("""
            select g.grp, e.submission_kind, count(*) as granted
              from indicators_event_fact e
              %s
             where e.kind = 'COURT_DECISION' and e.day between :from and :to
             group by g.grp, e.submission_kind""".formatted(
            Where.joinGroupOf("e.territory_code")))
        .param("members", g.members()).param("groups", g.groups())
        .param("from", g.from()).param("to", g.to())
        .query(rs -> {
          by.computeIfAbsent(rs.getString("grp"), k -> new HashMap<>())
              .put(rs.getString("submission_kind"), rs.getLong("granted"));
        });
    return by;
  }
}
