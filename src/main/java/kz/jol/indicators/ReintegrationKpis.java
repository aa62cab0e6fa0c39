package kz.jol.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
    Map<String, Measure> figures = new HashMap<>();
    if (wanted.contains("SUCCESS_DAY_180")) {
      figures.put("SUCCESS_DAY_180", successAtDay180(scope));
    }
    if (wanted.contains("NO_OFFENCE_IN_YEAR")) {
      figures.put("NO_OFFENCE_IN_YEAR", noOffenceInYear(scope));
    }
    if (wanted.contains("R3_MEDIAN_DAYS_TO_CLOSE")) {
      figures.put("R3_MEDIAN_DAYS_TO_CLOSE", r3(scope));
    }
    if (wanted.stream().anyMatch(c -> c.startsWith("TARGET_"))) {
      figures.putAll(targets(scope));
    }
    if (wanted.contains("SLA_COMPLIANCE")) {
      figures.put("SLA_COMPLIANCE", sla(scope));
    }
    figures.keySet().retainAll(wanted);
    return figures;
  }

  /**
   * Cases whose day 180 (registration + 180 days) fell in the period and that were not closed
   * before it, in the territory they were in on day 180; successful: the official reading says
   * so. A case without a reading (the sweep has not read it yet) is not successful.
   */
  private Measure successAtDay180(Scope s) {
    return jdbc.sql("""
            select count(*) as cases, count(*) filter (where r.successful) as successful
              from register_case_facts c
              left join indicators_day180_facts r on r.case_id = c.case_id
             where c.registration_date + 180 between :from and :to
               and not (c.state = 'CLOSED' and c.state_since < c.registration_date + 180)
               and %s""".formatted(Where.inTerritoryOn("c.case_id", "c.registration_date + 180")))
        .param("codes", s.codes()).param("from", s.from()).param("to", s.to())
        .query((rs, n) -> Measure.share(rs.getLong("successful"), rs.getLong("cases")))
        .single();
  }

  /**
   * Cases whose supervision ended in the period as a term served or not (COMPLETED, AMNESTY,
   * REVOKED, NEW_OFFENCE; a transfer continues elsewhere and a death is no result), in their
   * territory on the closing day; the numerator: COMPLETED or AMNESTY with no offence — a
   * CRIMINAL_OFFENCE, an ADMIN_OFFENCE or a VIOLATION recorded in supervision — dated from 1
   * January of the reporting year (the year of the period's last day) to the closing day.
   */
  private Measure noOffenceInYear(Scope s) {
    return jdbc.sql("""
            select count(*) as ended,
                   count(*) filter (where c.outcome in ('COMPLETED', 'AMNESTY') and not exists (
                       select 1 from supervision_event_facts e
                        where e.case_id = c.case_id
                          and e.event_kind in ('CRIMINAL_OFFENCE', 'ADMIN_OFFENCE', 'VIOLATION')
                          and e.day between :yearStart and c.state_since)) as clean
              from register_case_facts c
             where c.state = 'CLOSED'
               and c.outcome in ('COMPLETED', 'AMNESTY', 'REVOKED', 'NEW_OFFENCE')
               and c.state_since between :from and :to
               and %s""".formatted(Where.inTerritoryOn("c.case_id", "c.state_since")))
        .param("codes", s.codes()).param("from", s.from()).param("to", s.to())
        .param("yearStart", LocalDate.of(s.periodLast().getYear(), 1, 1))
        .query((rs, n) -> Measure.share(rs.getLong("clean"), rs.getLong("ended")))
        .single();
  }

  /** R3 episodes closed in the period, in the case's territory on the closing day. */
  private Measure r3(Scope s) {
    List<Integer> days = jdbc.sql("""
            select e.closed_on - e.opened_on as days
              from reintegration_r3_episodes e
             where e.closed_on between :from and :to
               and %s""".formatted(Where.inTerritoryOn("e.case_id", "e.closed_on")))
        .param("codes", s.codes()).param("from", s.from()).param("to", s.to())
        .query(Integer.class).list();
    return Measure.medianDays(days);
  }

  /** Cases whose day 90 fell in the period, open on it, in their territory on day 90. */
  private Map<String, Measure> targets(Scope s) {
    return jdbc.sql("""
            select count(*) as cases,
                   count(*) filter (where t.documents) as documents,
                   count(*) filter (where t.housing) as housing,
                   count(*) filter (where t.work) as work
              from reintegration_day90_targets t
             where t.day_90 between :from and :to and not t.ended_before
               and %s""".formatted(Where.inTerritoryOn("t.case_id", "t.day_90")))
        .param("codes", s.codes()).param("from", s.from()).param("to", s.to())
        .query((rs, n) -> Map.of(
            "TARGET_DOCUMENTS_90", Measure.share(rs.getLong("documents"), rs.getLong("cases")),
            "TARGET_HOUSING_90", Measure.share(rs.getLong("housing"), rs.getLong("cases")),
            "TARGET_WORK_90", Measure.share(rs.getLong("work"), rs.getLong("cases"))))
        .single();
  }

  /**
   * Referrals due in the period (their due moment on an Almaty day of it), in the case's
   * territory on that day; met: DONE on or before the due moment. A referral declined, found
   * impossible or still open is not met. By domain and by organisation too.
   */
  private Measure sla(Scope s) {
    String dueDay = Where.almatyDay("f.due_at");
    List<Object[]> rows = jdbc.sql("""
            select f.domain as domain, cast(f.organisation_id as text) as organisation,
                   grouping(f.domain) as no_domain, grouping(f.organisation_id) as no_org,
                   count(*) as due, count(*) filter (where f.done_at <= f.due_at) as met
              from routing_referral_facts f
             where %s between :from and :to
               and %s
             group by grouping sets ((f.domain), (f.organisation_id), ())"""
            .formatted(dueDay, Where.inTerritoryOn("f.case_id", dueDay)))
        .param("codes", s.codes()).param("from", s.from()).param("to", s.to())
        .query((rs, n) -> new Object[] {rs.getString("domain"), rs.getString("organisation"),
            rs.getInt("no_domain") == 1, rs.getInt("no_org") == 1, rs.getLong("due"),
            rs.getLong("met")})
        .list();
    Measure whole = Measure.share(0, 0);
    List<Measure.Part> parts = new ArrayList<>();
    for (Object[] r : rows) {
      long due = (Long) r[4];
      long met = (Long) r[5];
      boolean noDomain = (Boolean) r[2];
      boolean noOrg = (Boolean) r[3];
      if (noDomain && noOrg) {
        whole = Measure.share(met, due);
      } else if (!noDomain) {
        parts.add(new Measure.Part("domain", (String) r[0], met, due, Measure.ratio(met, due)));
      } else {
        parts.add(new Measure.Part("organisation", (String) r[1], met, due,
            Measure.ratio(met, due)));
      }
    }
    parts.sort(java.util.Comparator.comparing(Measure.Part::group)
        .thenComparing(Measure.Part::key));
    return whole.withParts(parts);
  }
}
