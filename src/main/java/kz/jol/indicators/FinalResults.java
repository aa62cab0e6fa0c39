package kz.jol.indicators;

import java.util.HashMap;
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

  FinalResults(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Set<String> codes() {
    return Set.of("REPEAT_CRIMINAL_OFFENCES", "ADMINISTRATIVE_OFFENCES", "REVOCATIONS",
        "REPLACEMENTS_WITH_IMPRISONMENT");
  }

  @Override
  public Map<String, Measure> compute(Scope scope, Set<String> wanted) {
    Map<String, Measure> figures = new HashMap<>();
    if (wanted.contains("REPEAT_CRIMINAL_OFFENCES") || wanted.contains("ADMINISTRATIVE_OFFENCES")) {
      figures.putAll(offences(scope));
    }
    if (wanted.contains("REVOCATIONS")) {
      figures.put("REVOCATIONS", granted(scope, "REVOKE_CONDITIONAL_SENTENCE"));
    }
    if (wanted.contains("REPLACEMENTS_WITH_IMPRISONMENT")) {
      figures.put("REPLACEMENTS_WITH_IMPRISONMENT", granted(scope, "REPLACE_WITH_IMPRISONMENT"));
    }
    figures.keySet().retainAll(wanted);
    return figures;
  }

  /**
   * Cases on the register in the period (registered on or before its last day, not closed
   * before its first), each in the territory it was in on the last day it was on the register
   * in the period; of those, with a criminal offence in the period (a CRIMINAL_OFFENCE event, or
   * the case closed in the period with the outcome NEW_OFFENCE), with an ADMIN_OFFENCE event in
   * the period.
   */
  private Map<String, Measure> offences(Scope s) {
    return jdbc.sql("""
            with c as (
              select c.*, case when c.state = 'CLOSED' and c.state_since < :to
                               then c.state_since else cast(:to as date) end as last_day
                from register_case_facts c
               where c.registration_date <= :to
                 and (c.state <> 'CLOSED' or c.state_since >= :from))
            select count(*) as cases,
                   count(*) filter (where exists (
                       select 1 from supervision_event_facts e
                        where e.case_id = c.case_id and e.event_kind = 'CRIMINAL_OFFENCE'
                          and e.day between :from and :to)
                     or (c.state = 'CLOSED' and c.outcome = 'NEW_OFFENCE'
                         and c.state_since between :from and :to)) as criminal,
                   count(*) filter (where exists (
                       select 1 from supervision_event_facts e
                        where e.case_id = c.case_id and e.event_kind = 'ADMIN_OFFENCE'
                          and e.day between :from and :to)) as administrative
              from c
             where %s""".formatted(Where.inTerritoryOn("c.case_id", "c.last_day")))
        .param("codes", s.codes()).param("from", s.from()).param("to", s.to())
        .query((rs, n) -> Map.of(
            "REPEAT_CRIMINAL_OFFENCES", Measure.share(rs.getLong("criminal"), rs.getLong("cases")),
            "ADMINISTRATIVE_OFFENCES",
            Measure.share(rs.getLong("administrative"), rs.getLong("cases"))))
        .single();
  }

  /** Court decisions in the period granting a submission of the kind, by the decision's day. */
  private Measure granted(Scope s, String submissionKind) {
    return Measure.count(jdbc.sql("""
            select count(*) from supervision_event_facts e
             where e.event_kind = 'COURT_DECISION' and e.court_decision = 'GRANTED'
               and e.submission_kind = :kind and e.day between :from and :to and %s"""
            .formatted(Where.inTerritoryOn("e.case_id", "e.day")))
        .param("codes", s.codes()).param("from", s.from()).param("to", s.to())
        .param("kind", submissionKind)
        .query(Long.class).single());
  }
}
