package kz.jol.routing.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The deadlines of the open referrals of many cases at once, for a caseload: one query however
 * many cases. A system read with no actor: the caller has read the cases through the register,
 * which decided that the actor reaches them.
 */
@Service
public class ReferralDeadlines {

  private final JdbcClient jdbc;

  ReferralDeadlines(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A case's open referrals (sent, accepted or in progress) against their deadlines.
   *
   * @param overdue how many are past their deadline
   * @param oldestOverdue the earliest deadline missed; null when none is
   * @param nextDue the earliest deadline still ahead; null when none is
   * @param open how many referrals are open in all
   */
  public record CaseDeadlines(UUID caseId, int overdue, Instant oldestOverdue, Instant nextDue,
      int open) {}

  /** The deadlines of these cases' open referrals as of {@code now}; cases with none are absent. */
  public Map<UUID, CaseDeadlines> ofCases(Collection<UUID> caseIds, Instant now) {
    Map<UUID, CaseDeadlines> found = new HashMap<>();
    if (caseIds.isEmpty()) {
      return found;
    }
    jdbc.sql("""
            select case_id,
                   count(*) filter (where due_at < :now) as overdue,
                   min(due_at) filter (where due_at < :now) as oldest_overdue,
                   min(due_at) filter (where due_at >= :now) as next_due,
                   count(*) as open
              from referral
             where case_id = any(:ids) and state in ('SENT', 'ACCEPTED', 'IN_PROGRESS')
             group by case_id""")
        .param("ids", caseIds.toArray(UUID[]::new))
        .param("now", Timestamp.from(now))
        .query((rs, n) -> found.put(rs.getObject("case_id", UUID.class), new CaseDeadlines(
            rs.getObject("case_id", UUID.class), rs.getInt("overdue"),
            instant(rs.getTimestamp("oldest_overdue")), instant(rs.getTimestamp("next_due")),
            rs.getInt("open"))))
        .list();
    return found;
  }

  private static Instant instant(Timestamp at) {
    return at == null ? null : at.toInstant();
  }
}
