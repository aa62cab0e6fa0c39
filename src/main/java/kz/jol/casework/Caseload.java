package kz.jol.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import kz.jol.register.CaseState;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.CaseService.CaseFilter;
import kz.jol.register.application.CaseService.CaseKey;
import kz.jol.register.application.CaseSummary;
import kz.jol.register.application.Paging;
import kz.jol.reintegration.application.CaseloadStandings;
import kz.jol.reintegration.application.CaseloadStandings.CaseDates;
import kz.jol.reintegration.application.CaseloadStandings.Standing;
import kz.jol.reintegration.domain.Domain;
import kz.jol.reintegration.domain.Milestone;
import kz.jol.reintegration.domain.RiskLevel;
import kz.jol.routing.application.ReferralDeadlines;
import kz.jol.routing.application.ReferralDeadlines.CaseDeadlines;
import org.springframework.stereotype.Service;

/**
 * An officer's caseload (or a head's unit): each case with its recorded risk, index, next
 * milestone and what is overdue, overdue cases first, then by the nearest date.
 *
 * <p>The order depends on what reintegration and routing know of every case, so the whole
 * matching caseload is ranked before a page is cut from it: the register gives ids and dates
 * (no audit: nobody reads a person yet), reintegration and routing one batch each, and only the
 * page shown is read as summaries, which the register writes to the audit trail. A fixed handful
 * of queries per request whatever the size of the caseload.
 */
@Service
public class Caseload {

  /** "This week": today and the next seven days. */
  public static final int WEEK = 7;

  private final CaseService cases;
  private final CaseloadStandings standings;
  private final ReferralDeadlines referrals;
  private final Clock clock;

  Caseload(CaseService cases, CaseloadStandings standings, ReferralDeadlines referrals,
      Clock clock) {
    this.cases = cases;
    this.standings = standings;
    this.referrals = referrals;
    this.clock = clock;
  }

  /**
   * What to show.
   *
   * @param mine the officer's own cases; else every case of the reader's territory
   * @param officerId only this officer's cases (a head's filter); null for all
   * @param state only cases in this state; null for every open case
   * @param risk only cases whose highest recorded risk is this; null for any
   * @param dueThisWeek only cases with a milestone or a referral deadline within {@link #WEEK}
   *     days
   * @param query the person's IIN (or its first digits) or name words, as on the case list
   */
  public record Query(boolean mine, UUID officerId, CaseState state, RiskLevel risk,
      boolean dueThisWeek, String query) {}

  /**
   * One case of the caseload.
   *
   * @param risk the highest recorded risk; null when nothing is recorded yet
   * @param critical the domains at R3, in the order of the domains
   * @param next the next milestone; null when none is ahead or the case is closed
   * @param planDueOn the plan's due date when it is overdue, else null
   * @param referralsOverdue open referrals past their deadline
   * @param referralOverdueSince the earliest missed deadline, or null
   * @param referralDueOn the earliest deadline still ahead, or null
   * @param overdue whether the case goes first: plan or referral overdue, or a domain at R3
   * @param dueThisWeek whether a milestone or a referral deadline falls within the week
   */
  public record Row(CaseSummary c, RiskLevel risk, List<Domain> critical, int index,
      Milestone next, LocalDate planDueOn, int referralsOverdue,
      LocalDate referralOverdueSince, LocalDate referralDueOn, boolean overdue,
      boolean dueThisWeek) {}

  /**
   * One page of the caseload, how many cases match in all, and how many of those are overdue
   * and due this week.
   */
  public record Result(List<Row> rows, int page, int size, long total, long overdue,
      long dueThisWeek) {}

  public Result find(Query query, Paging paging) {
    List<CaseKey> keys = cases.keys(new CaseFilter(null, query.officerId(), query.mine(),
        query.state(), null, null, query.query()));
    if (query.state() == null) {
      keys = keys.stream().filter(k -> k.state() != CaseState.CLOSED).toList();
    }
    LocalDate today = LocalDate.now(clock);
    Instant now = clock.instant();
    ZoneId zone = clock.getZone();
    LocalDate weekEnd = today.plusDays(WEEK);
    // A closed case has no milestones or deadlines to chase any more.
    List<CaseKey> open = keys.stream().filter(k -> k.state() != CaseState.CLOSED).toList();
    Map<UUID, Standing> standing = standings.of(open.stream()
        .map(k -> new CaseDates(k.id(), k.registrationDate())).toList(), today, WEEK);
    Map<UUID, CaseDeadlines> deadlines = referrals.ofCases(
        open.stream().map(CaseKey::id).toList(), now);
    Map<UUID, Ranked> ranked = new HashMap<>();
    for (CaseKey key : keys) {
      Ranked r = Ranked.of(key, standing.get(key.id()), deadlines.get(key.id()), zone, weekEnd);
      if ((query.risk() == null || query.risk() == r.risk())
          && (!query.dueThisWeek() || r.dueThisWeek())) {
        ranked.put(key.id(), r);
      }
    }
    List<Ranked> ordered = ranked.values().stream().sorted(Ranked.ORDER).toList();
    int from = (int) Math.min((long) paging.page() * paging.size(), ordered.size());
    int to = Math.min(from + paging.size(), ordered.size());
    List<UUID> pageIds = ordered.subList(from, to).stream().map(r -> r.key().id()).toList();
    String how = "caseload" + (query.query() == null ? ""
        : query.query().strip().chars().allMatch(Character::isDigit) ? ", search by IIN"
            : ", search by name") + ", page " + paging.page();
    List<Row> rows = cases.summaries(pageIds, how).stream()
        .map(c -> ranked.get(c.id()).row(c))
        .toList();
    return new Result(rows, paging.page(), paging.size(), ordered.size(),
        ordered.stream().filter(Ranked::overdue).count(),
        ordered.stream().filter(Ranked::dueThisWeek).count());
  }

  /**
   * A case with what orders it, before its person is read; the export ({@link CaseloadExport})
   * filters and describes its rows with the same rules.
   */
  record Ranked(CaseKey key, Standing standing, CaseDeadlines deadlines,
      LocalDate referralOverdueSince, LocalDate referralDueOn, boolean overdue,
      LocalDate nextDate, boolean dueThisWeek) {

    static final Comparator<Ranked> ORDER = Comparator
        .comparing((Ranked r) -> !r.overdue())
        .thenComparing(Ranked::nextDate, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(r -> r.key().registrationDate(), Comparator.reverseOrder())
        .thenComparing(r -> r.key().id());

    static Ranked of(CaseKey key, Standing standing, CaseDeadlines deadlines, ZoneId zone,
        LocalDate weekEnd) {
      LocalDate overdueSince = deadlines == null || deadlines.oldestOverdue() == null ? null
          : LocalDate.ofInstant(deadlines.oldestOverdue(), zone);
      LocalDate referralDue = deadlines == null || deadlines.nextDue() == null ? null
          : LocalDate.ofInstant(deadlines.nextDue(), zone);
      boolean overdue = standing != null && (standing.planOverdue()
          || standing.risk() == RiskLevel.R3)
          || deadlines != null && deadlines.overdue() > 0;
      LocalDate milestone = standing == null || standing.next() == null ? null
          : standing.next().date();
      LocalDate nextDate = Stream.of(milestone, referralDue)
          .filter(d -> d != null).min(Comparator.naturalOrder()).orElse(null);
      boolean dueThisWeek = standing != null && !standing.upcoming().isEmpty()
          || referralDue != null && !referralDue.isAfter(weekEnd);
      return new Ranked(key, standing, deadlines, overdueSince, referralDue, overdue, nextDate,
          dueThisWeek);
    }

    RiskLevel risk() {
      return standing == null ? null : standing.risk();
    }

    Row row(CaseSummary c) {
      return new Row(c, risk(), standing == null ? List.of()
              : standing.critical().stream().sorted().toList(),
          standing == null ? 0 : standing.index(), standing == null ? null : standing.next(),
          standing != null && standing.planOverdue() ? standing.planDueOn() : null,
          deadlines == null ? 0 : deadlines.overdue(), referralOverdueSince, referralDueOn,
          overdue, dueThisWeek);
    }
  }
}
