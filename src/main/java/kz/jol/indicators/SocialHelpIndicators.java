package kz.jol.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.jol.indicators.domain.Measure;
import kz.jol.reintegration.domain.Domain;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Block 1 of seed 000 (social-legal help) as far as Jol records it — individual plans carried
 * out, persons employed at the start and end of the period, services delivered by type (the
 * referrals done, by domain) — and, of block 3, the information exchanged between bodies: the
 * referrals sent. Education and psychological services are not told apart from the others yet:
 * they stay "no data yet".
 */
@Component
class SocialHelpIndicators implements IndicatorComputation {

  private final JdbcClient jdbc;
  private final IndicatorFacts facts;

  SocialHelpIndicators(JdbcClient jdbc, IndicatorFacts facts) {
    this.jdbc = jdbc;
    this.facts = facts;
  }

  @Override
  public Set<String> codes() {
    return Set.of("PLANS_CARRIED_OUT", "EMPLOYED_AT_START", "EMPLOYED_AT_END",
        "SERVICES_DELIVERED", "INFORMATION_EXCHANGE");
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
    if (wanted.contains("PLANS_CARRIED_OUT")) {
      put(each, "PLANS_CARRIED_OUT", plans(g), Measure.share(0, 0));
    }
    if (wanted.contains("EMPLOYED_AT_START")) {
      put(each, "EMPLOYED_AT_START", employedOn(g, g.from()), Measure.share(0, 0));
    }
    if (wanted.contains("EMPLOYED_AT_END")) {
      put(each, "EMPLOYED_AT_END", employedOn(g, g.to()), Measure.share(0, 0));
    }
    if (wanted.contains("SERVICES_DELIVERED")) {
      Map<String, Map<String, Long>> done = services(g);
      each.forEach((code, figures) ->
          figures.put("SERVICES_DELIVERED", services(done.getOrDefault(code, Map.of()))));
    }
    if (wanted.contains("INFORMATION_EXCHANGE")) {
      put(each, "INFORMATION_EXCHANGE", sent(g), Measure.count(0));
    }
    return each;
  }

  private static void put(Map<String, Map<String, Measure>> each, String code,
      Map<String, Measure> byTerritory, Measure none) {
    each.forEach((territory, figures) ->
        figures.put(code, byTerritory.getOrDefault(territory, none)));
  }

  /**
   * Plans closed in the period (their last closing day in it), in the case's territory that day;
   * carried out: every action done or cancelled, at least one done.
   */
  private Map<String, Measure> plans(Groups g) {
    Map<String, Measure> by = new HashMap<>();
    jdbc.sql("""
            select g.grp, count(*) as closed, count(*) filter (where s.plan_carried_out) as carried
              from indicators_case_summary s
              %s
             where s.plan_closed_on between :from and :to
             group by g.grp""".formatted(Where.joinGroupOf("s.territory_plan")))
        .param("members", g.members()).param("groups", g.groups())
        .param("from", g.from()).param("to", g.to())
        .query(rs -> {
          by.put(rs.getString("grp"), Measure.share(rs.getLong("carried"), rs.getLong("closed")));
        });
    return by;
  }

  /**
   * Cases on the register on the day (registered on or before it, not closed before it) in the
   * territory they were in that day; employed: the ECONOMIC domain's latest assessment dated on
   * or before the day scores 2.
   */
  private Map<String, Measure> employedOn(Groups g, LocalDate day) {
    Map<String, Measure> by = new HashMap<>();
    jdbc.sql("""
            select g.grp, count(*) as cases, count(e.case_id) as employed
              from indicators_case_summary s
              join indicators_territory_spell t
                on t.case_id = s.case_id and t.from_day <= :day
               and (t.to_day is null or t.to_day > :day)
              %s
              left join indicators_employment_spell e
                on e.case_id = s.case_id and e.from_day <= :day
               and (e.to_day is null or e.to_day > :day)
             where s.registration_date <= :day
               and (s.closed_on is null or s.closed_on >= :day)
             group by g.grp""".formatted(Where.joinGroupOf("t.territory_code")))
        .param("members", g.members()).param("groups", g.groups()).param("day", day)
        .query(rs -> {
          by.put(rs.getString("grp"), Measure.share(rs.getLong("employed"), rs.getLong("cases")));
        });
    return by;
  }

  /** Referrals done in the period (the Almaty day they became DONE), by domain. */
  private Map<String, Map<String, Long>> services(Groups g) {
    Map<String, Map<String, Long>> by = new HashMap<>();
    jdbc.sql("""
            select g.grp, f.domain, count(*) as done
              from indicators_referral_fact f
              %s
             where f.done_day between :from and :to
             group by g.grp, f.domain""".formatted(Where.joinGroupOf("f.territory_done")))
        .param("members", g.members()).param("groups", g.groups())
        .param("from", g.from()).param("to", g.to())
        .query(rs -> {
          by.computeIfAbsent(rs.getString("grp"), k -> new HashMap<>())
              .put(rs.getString("domain"), rs.getLong("done"));
        });
    return by;
  }

  private static Measure services(Map<String, Long> byDomain) {
    long total = byDomain.values().stream().mapToLong(Long::longValue).sum();
    List<Measure.Part> parts = new ArrayList<>();
    for (Domain d : Domain.values()) {
      long n = byDomain.getOrDefault(d.name(), 0L);
      parts.add(new Measure.Part("domain", d.name(), n, null, (double) n));
    }
    return Measure.count(total).withParts(parts);
  }

  /** Referrals sent in the period (the Almaty day they were sent). */
  private Map<String, Measure> sent(Groups g) {
    Map<String, Measure> by = new HashMap<>();
    jdbc.sql("""
            select g.grp, count(*) as sent from indicators_referral_fact f
              %s
             where f.sent_day between :from and :to
             group by g.grp""".formatted(Where.joinGroupOf("f.territory_sent")))
        .param("members", g.members()).param("groups", g.groups())
        .param("from", g.from()).param("to", g.to())
        .query(rs -> {
          by.put(rs.getString("grp"), Measure.count(rs.getLong("sent")));
        });
    return by;
  }
}
