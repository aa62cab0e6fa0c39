package kz.jol.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
    Map<String, Measure> figures = new HashMap<>();
    if (wanted.contains("PLANS_CARRIED_OUT")) {
      figures.put("PLANS_CARRIED_OUT", plans(scope));
    }
    if (wanted.contains("EMPLOYED_AT_START")) {
      figures.put("EMPLOYED_AT_START", employedOn(scope, scope.from()));
    }
    if (wanted.contains("EMPLOYED_AT_END")) {
      figures.put("EMPLOYED_AT_END", employedOn(scope, scope.to()));
    }
    if (wanted.contains("SERVICES_DELIVERED")) {
      figures.put("SERVICES_DELIVERED", services(scope));
    }
    if (wanted.contains("INFORMATION_EXCHANGE")) {
      figures.put("INFORMATION_EXCHANGE", sent(scope));
    }
    return figures;
  }

  /**
   * Plans closed in the period (their last closing day in it), in the case's territory that day;
   * carried out: every action done or cancelled, at least one done.
   */
  private Measure plans(Scope s) {
    return jdbc.sql("""
            select count(*) as closed,
                   count(*) filter (where p.actions_open = 0 and p.actions_done > 0) as carried
              from indicators_plan_facts p
             where p.closed_on between :from and :to
               and %s""".formatted(Where.inTerritoryOn("p.case_id", "p.closed_on")))
        .param("codes", s.codes()).param("from", s.from()).param("to", s.to())
        .query((rs, n) -> Measure.share(rs.getLong("carried"), rs.getLong("closed")))
        .single();
  }

  /**
   * Cases on the register on the day (registered on or before it, not closed before it) in the
   * territory they were in that day; employed: the ECONOMIC domain's latest assessment dated on
   * or before the day scores 2.
   */
  private Measure employedOn(Scope s, LocalDate day) {
    return jdbc.sql("""
            select count(*) as cases,
                   count(*) filter (where (select a.score from indicators_assessment_facts a
                                            where a.case_id = c.case_id and a.domain = 'ECONOMIC'
                                              and a.assessed_on <= :day
                                            order by a.assessed_on desc, a.id desc
                                            limit 1) = 2) as employed
              from register_case_facts c
             where c.registration_date <= :day
               and (c.state <> 'CLOSED' or c.state_since >= :day)
               and %s""".formatted(Where.inTerritoryOn("c.case_id", "cast(:day as date)")))
        .param("codes", s.codes()).param("day", day)
        .query((rs, n) -> Measure.share(rs.getLong("employed"), rs.getLong("cases")))
        .single();
  }

  /** Referrals done in the period (the Almaty day they became DONE), by domain. */
  private Measure services(Scope s) {
    String doneDay = Where.almatyDay("f.done_at");
    Map<String, Long> byDomain = new HashMap<>();
    jdbc.sql("""
            select f.domain, count(*) as done
              from routing_referral_facts f
             where f.done_at is not null and %s between :from and :to and %s
             group by f.domain""".formatted(doneDay, Where.inTerritoryOn("f.case_id", doneDay)))
        .param("codes", s.codes()).param("from", s.from()).param("to", s.to())
        .query((rs, n) -> byDomain.put(rs.getString("domain"), rs.getLong("done")))
        .list();
    long total = byDomain.values().stream().mapToLong(Long::longValue).sum();
    List<Measure.Part> parts = new ArrayList<>();
    for (Domain d : Domain.values()) {
      long n = byDomain.getOrDefault(d.name(), 0L);
      parts.add(new Measure.Part("domain", d.name(), n, null, (double) n));
    }
    return Measure.count(total).withParts(parts);
  }

  /** Referrals sent in the period (the Almaty day they were sent). */
  private Measure sent(Scope s) {
    String sentDay = Where.almatyDay("f.sent_at");
    return Measure.count(jdbc.sql("""
            select count(*) from routing_referral_facts f
             where %s between :from and :to and %s"""
            .formatted(sentDay, Where.inTerritoryOn("f.case_id", sentDay)))
        .param("codes", s.codes()).param("from", s.from()).param("to", s.to())
        .query(Long.class).single());
  }
}
