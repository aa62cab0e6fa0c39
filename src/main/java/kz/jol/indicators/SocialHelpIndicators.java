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

  SocialHelpIndicators(JdbcClient jdbc) {
    this.jdbc = jdbc;
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
            select g.grp, count(*) as closed,
                   count(*) filter (where p.actions_open = 0 and p.actions_done > 0) as carried
              from indicators_plan_facts p
              %s
             where p.closed_on between :from and :to
             group by g.grp""".formatted(Where.joinGroupOn("p.case_id", "p.closed_on")))
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
            select g.grp, count(*) as cases,
                   count(*) filter (where (select a.score from indicators_assessment_facts a
                                            where a.case_id = c.case_id and a.domain = 'ECONOMIC'
                                              and a.assessed_on <= :day
                                            order by a.assessed_on desc, a.id desc
                                            limit 1) = 2) as employed
              from register_case_facts c
              %s
             where c.registration_date <= :day
               and (c.state <> 'CLOSED' or c.state_since >= :day)
             group by g.grp""".formatted(Where.joinGroupOn("c.case_id", "cast(:day as date)")))
        .param("members", g.members()).param("groups", g.groups()).param("day", day)
        .query(rs -> {
          by.put(rs.getString("grp"), Measure.share(rs.getLong("employed"), rs.getLong("cases")));
        });
    return by;
  }

  /** Referrals done in the period (the Almaty day they became DONE), by domain. */
  private Map<String, Map<String, Long>> services(Groups g) {
    String doneDay = Where.almatyDay("f.done_at");
    Map<String, Map<String, Long>> by = new HashMap<>();
    // Only DONE referrals have a moment done (a subquery of the view): it is looked up once
    // for each of them, not for every referral and every place it is used.
    jdbc.sql("""
            with f as materialized (
              select f.case_id, f.domain, f.done_at from indicators_referral_moments f
               where f.done_at is not null)
            select g.grp, f.domain, count(*) as done
              from f
              %s
             where %s between :from and :to
             group by g.grp, f.domain""".formatted(Where.joinGroupOn("f.case_id", doneDay),
            doneDay))
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
    String sentDay = Where.almatyDay("f.sent_at");
    Map<String, Measure> by = new HashMap<>();
    jdbc.sql("""
            select g.grp, count(*) as sent from indicators_referral_moments f
              %s
             where %s between :from and :to
             group by g.grp""".formatted(Where.joinGroupOn("f.case_id", sentDay), sentDay))
        .param("members", g.members()).param("groups", g.groups())
        .param("from", g.from()).param("to", g.to())
        .query(rs -> {
          by.put(rs.getString("grp"), Measure.count(rs.getLong("sent")));
        });
    return by;
  }
}
