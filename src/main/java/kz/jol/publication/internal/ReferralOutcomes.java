package kz.jol.publication.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.jol.publication.PublishableTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The route KPI of referrals (seed 001): referrals to partner organisations created in the
 * period (a day in Almaty) by what became of them on the day of publication — done by the
 * deadline, done late, declined or impossible, still open — with the share done by the deadline.
 * From routing's reporting view {@code routing_referral_facts} and the case's territory from
 * {@code register_case_facts}.
 */
@Component
class ReferralOutcomes implements PublishableTable {

  private static final List<String> OUTCOMES =
      List.of("DONE_ON_TIME", "DONE_LATE", "NOT_DONE", "OPEN");

  private final JdbcClient jdbc;

  ReferralOutcomes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String code() {
    return "REFERRAL_OUTCOMES";
  }

  @Override
  public List<String> columns() {
    return OUTCOMES;
  }

  @Override
  public String shareColumn() {
    return "DONE_ON_TIME";
  }

  @Override
  public long[][] count(Map<String, Integer> rowOf, int rows, LocalDate from, LocalDate to) {
    return FactCounts.of(jdbc.sql("""
            select c.territory_code,
                   case when r.done_at is not null and r.done_at <= r.due_at then 'DONE_ON_TIME'
                        when r.done_at is not null then 'DONE_LATE'
                        when r.closed_at is not null then 'NOT_DONE'
                        else 'OPEN' end as column_key,
                   count(*) as n
              from routing_referral_facts r
              join register_case_facts c on c.case_id = r.case_id
             where c.territory_code = any(:codes)
               and (r.created_at at time zone 'Asia/Almaty')::date between :from and :to
             group by 1, 2""")
        .param("codes", FactCounts.codes(rowOf)).param("from", from).param("to", to),
        rowOf, rows, OUTCOMES);
  }
}
