package kz.jol.casework;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import kz.jol.audit.AuditAction;
import kz.jol.audit.AuditTrail;
import kz.jol.register.CaseState;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.CaseService.CaseFilter;
import kz.jol.register.application.CaseService.CaseKey;
import kz.jol.register.application.CaseSummary;
import kz.jol.reintegration.application.CaseloadStandings;
import kz.jol.reintegration.application.CaseloadStandings.CaseDates;
import kz.jol.reintegration.application.CaseloadStandings.Standing;
import kz.jol.routing.application.ReferralDeadlines;
import kz.jol.routing.application.ReferralDeadlines.CaseDeadlines;
import kz.jol.supervision.LastContacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The caseload a reader is looking at, as rows for a file (issue 9, point 4): the same cases and
 * filters as {@link Caseload}, each with what a head passes on to the akimat or the
 * prosecutor's office, streamed so that a national export of 300,000 cases keeps the heap flat.
 *
 * <p>How: one transaction (one pooled connection, held while the file is written) in which the
 * register reads the matching cases through a forward-only cursor in chunks of {@value #CHUNK};
 * for each chunk reintegration (recorded risks as the sweep left them in {@code domain_risk},
 * latest scores, plans), routing (open referrals) and supervision (last contact) answer one
 * query each, the page's risk and due-this-week filters are applied with the page's own rules
 * ({@link Caseload.Ranked}), and the lines go to the sink at once. Nothing holds more than one
 * chunk. The file is in case-number order (region, year, serial): the page's urgency ranking
 * needs every case at once and is not repeated here.
 *
 * <p>Audit (docs/adr/0012): one {@code EXPORT} entry per export on the record type
 * {@value #RECORD_TYPE}, naming the format, the filter (never the search text) and the number
 * of cases, and the ids of the cases written in {@code caseload_export_case}, one row per
 * chunk; both in the export's transaction. A download broken off by the client still leaves
 * its entry, with the number of cases written until then.
 */
@Service
public class CaseloadExport {

  /** Cases read, looked up and written per step. */
  public static final int CHUNK = 1000;

  /** The audit trail's record type of an export; the record id is the export's id. */
  public static final String RECORD_TYPE = "CASELOAD_EXPORT";

  private final CaseService cases;
  private final CaseloadStandings standings;
  private final ReferralDeadlines referrals;
  private final LastContacts contacts;
  private final AuditTrail audit;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;

  CaseloadExport(CaseService cases, CaseloadStandings standings, ReferralDeadlines referrals,
      LastContacts contacts, AuditTrail audit, JdbcClient jdbc,
      PlatformTransactionManager transactions, Clock clock) {
    this.cases = cases;
    this.standings = standings;
    this.referrals = referrals;
    this.contacts = contacts;
    this.audit = audit;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /**
   * What to export: the page's filters.
   *
   * @param caseload the caseload page's query; its null state means every open case
   * @param allStates closed cases too (the state filter left out); only with a null state
   * @param territoryCode only cases of this territory and those below it (a head's district);
   *     null for the reader's whole reach. A territory outside the reach finds nothing.
   */
  public record Query(Caseload.Query caseload, boolean allStates, String territoryCode) {}

  /** Where the case's individual plan stands. */
  public enum PlanState {
    /** Approved (and so in force or done). */
    APPROVED,
    /** Not approved yet, and not late. */
    DUE,
    /** Not approved by its due date. */
    OVERDUE,
    /** A closed case: no plan to chase. */
    NONE
  }

  /**
   * One case of the file.
   *
   * @param row the case as the caseload describes it (risk, critical domains, index,
   *     deadlines)
   * @param plan where the plan stands
   * @param planDueOn the day the plan is or was due while it is not approved, else null
   * @param referralsOpen open referrals (sent, accepted, in progress)
   * @param lastContact the day of the last attended check-in or home visit that found the
   *     person; null when none
   */
  public record Line(Caseload.Row row, PlanState plan, LocalDate planDueOn, int referralsOpen,
      LocalDate lastContact) {}

  /**
   * What was exported.
   *
   * @param exportId the audit trail's record id of the export
   * @param cases how many cases the file holds
   */
  public record Exported(UUID exportId, long cases) {}

  /**
   * Streams the caseload to {@code sink} line by line and audits the export.
   *
   * @param format what the file is ({@code xlsx}, {@code csv}), for the audit entry
   * @throws kz.jol.shared.InvalidInputException for a malformed search (before any line)
   * @throws UncheckedIOException when the sink cannot write (the client went away); the export
   *     is audited with the lines written until then
   */
  public Exported export(Query query, String format, Consumer<Line> sink) {
    UUID exportId = UUID.randomUUID();
    long[] written = {0};
    UncheckedIOException[] broken = {null};
    transaction.executeWithoutResult(status -> {
      Caseload.Query q = query.caseload();
      LocalDate today = LocalDate.now(clock);
      Instant now = clock.instant();
      ZoneId zone = clock.getZone();
      LocalDate weekEnd = today.plusDays(Caseload.WEEK);
      int[] chunks = {0};
      try {
        cases.export(new CaseFilter(query.territoryCode(), q.officerId(), q.mine(), q.state(), null, null,
                q.query()), q.state() == null && !query.allStates(), CHUNK, chunk -> {
          List<CaseSummary> open = chunk.stream()
              .filter(c -> c.state() != CaseState.CLOSED).toList();
          Map<UUID, Standing> standing = standings.of(open.stream()
              .map(c -> new CaseDates(c.id(), c.registrationDate())).toList(), today,
              Caseload.WEEK);
          Map<UUID, CaseDeadlines> deadlines = referrals.ofCases(
              open.stream().map(CaseSummary::id).toList(), now);
          Map<UUID, LocalDate> last = contacts.of(chunk.stream().map(CaseSummary::id).toList());
          List<UUID> exported = new ArrayList<>(chunk.size());
          try {
            for (CaseSummary c : chunk) {
              Standing s = standing.get(c.id());
              CaseDeadlines d = deadlines.get(c.id());
              Caseload.Ranked r = Caseload.Ranked.of(
                  new CaseKey(c.id(), c.state(), c.registrationDate()), s, d, zone, weekEnd);
              if (q.risk() != null && q.risk() != r.risk()
                  || q.dueThisWeek() && !r.dueThisWeek()) {
                continue;
              }
              sink.accept(new Line(r.row(c), plan(s), s == null ? null : s.planDueOn(),
                  d == null ? 0 : d.open(), last.get(c.id())));
              exported.add(c.id());
              written[0]++;
            }
          } catch (UncheckedIOException e) {
            // The lines handed over have left: their ids are kept even when the sink broke.
            chunks[0] += keep(exportId, chunks[0], exported);
            throw e;
          }
          chunks[0] += keep(exportId, chunks[0], exported);
        });
      } catch (UncheckedIOException e) {
        broken[0] = e;
      }
      audit.record(RECORD_TYPE, exportId, AuditAction.EXPORT, detail(query, format, written[0],
          chunks[0], broken[0] != null));
    });
    if (broken[0] != null) {
      throw broken[0];
    }
    return new Exported(exportId, written[0]);
  }

  private static PlanState plan(Standing s) {
    if (s == null) {
      return PlanState.NONE;
    }
    return s.planApproved() ? PlanState.APPROVED
        : s.planOverdue() ? PlanState.OVERDUE : PlanState.DUE;
  }

  /** Keeps the ids of a chunk's exported cases; 1 when a row was written, 0 for none. */
  private int keep(UUID exportId, int chunk, List<UUID> ids) {
    if (ids.isEmpty()) {
      return 0;
    }
    jdbc.sql("insert into caseload_export_case (export_id, chunk, case_ids)"
            + " values (:export, :chunk, :ids)")
        .param("export", exportId)
        .param("chunk", chunk)
        .param("ids", ids.toArray(UUID[]::new))
        .update();
    return 1;
  }

  /** The filter in words, never the search text itself (a name is personal data). */
  static String detail(Query query, String format, long cases, int chunks, boolean broken) {
    Caseload.Query q = query.caseload();
    StringBuilder s = new StringBuilder("caseload export, ").append(format).append(": ");
    s.append(q.mine() ? "own cases" : q.officerId() != null ? "officer " + q.officerId()
        : "whole reach");
    if (query.territoryCode() != null) {
      s.append(", territory ").append(query.territoryCode());
    }
    s.append(", state ").append(q.state() != null ? q.state().name()
        : query.allStates() ? "any" : "open");
    if (q.risk() != null) {
      s.append(", risk ").append(q.risk().name());
    }
    if (q.dueThisWeek()) {
      s.append(", due this week");
    }
    if (q.query() != null && !q.query().isBlank()) {
      s.append(q.query().strip().chars().allMatch(Character::isDigit) ? ", search by IIN"
          : ", search by name");
    }
    s.append("; ").append(cases).append(cases == 1 ? " case" : " cases");
    if (broken) {
      s.append(", broken off by the client");
    }
    s.append(" (ids in caseload_export_case, ").append(chunks)
        .append(chunks == 1 ? " chunk)" : " chunks)");
    return s.toString();
  }
}
