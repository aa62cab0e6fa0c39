package kz.jol.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.CurrentActor;
import kz.jol.access.Role;
import kz.jol.indicators.RouteTable.Grouping;
import kz.jol.indicators.RouteTable.R3Row;
import kz.jol.indicators.RouteTable.Row;
import kz.jol.indicators.RouteTable.Target;
import kz.jol.indicators.RouteTable.TargetRow;
import kz.jol.shared.MarginSuppression;
import kz.jol.organisation.Organisations;
import kz.jol.reintegration.domain.Domain;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.ForbiddenException;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import kz.jol.territory.Territories;
import kz.jol.territory.Territory;
import kz.jol.territory.TerritoryScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Route KPIs (SPEC section 4, seed 001): time to accept, time to close and SLA compliance of
 * referrals per organisation or domain, and the median time to close an R3 risk. Read only from
 * the reporting views {@code routing_referral_facts}, {@code reintegration_r3_episodes} and
 * {@code register_case_facts}; the percentiles are computed by PostgreSQL. Definitions:
 * {@code docs/routing.md}, "Route KPIs".
 *
 * <p>Scope: an analyst, a prosecutor and a probation head see territories within their own
 * (404 otherwise, as if it did not exist); an agency head sees only their organisation's
 * referrals, in any territory, and no R3 figures (they are not the organisation's).
 */
@Service
public class RouteIndicators {

  /** The longest period, in days, both ends included: a leap year. */
  public static final int MAX_DAYS = 366;

  private static final String[] REFERRAL_COUNTS = {"referrals", "accepted", "closed", "sla"};

  private final JdbcClient jdbc;
  private final Territories territories;
  private final TerritoryScope scope;
  private final Organisations organisations;
  private final CurrentActor currentActor;
  private final Clock clock;
  private final int minimumCell;

  RouteIndicators(JdbcClient jdbc, Territories territories, TerritoryScope scope,
      Organisations organisations, CurrentActor currentActor, Clock clock,
      @Value("${jol.indicators.minimum-cell:5}") int minimumCell) {
    this.jdbc = jdbc;
    this.territories = territories;
    this.scope = scope;
    this.organisations = organisations;
    this.currentActor = currentActor;
    this.clock = clock;
    this.minimumCell = minimumCell;
  }

  /**
   * The route KPIs as the API asks for them, every parameter as sent.
   *
   * @param from the first day, ISO ({@code 2026-01-01}); required
   * @param to the last day, included; required; at most {@value #MAX_DAYS} days from {@code from}
   * @param territory a KATO code; null for the reader's own territory
   * @param groupBy {@code organisation} (default) or {@code domain}
   * @throws InvalidInputException listing every field that is wrong
   * @throws NotFoundException when the territory is outside the reader's scope
   */
  public RouteTable routes(String from, String to, String territory, String groupBy,
      Locale locale) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate first = date("from", from, problems);
    LocalDate last = date("to", to, problems);
    Grouping grouping = Grouping.ORGANISATION;
    if (groupBy != null && !groupBy.isBlank()) {
      try {
        grouping = Grouping.valueOf(groupBy.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("groupBy", "indicators.group-by",
            "group by organisation or domain"));
      }
    }
    String code = territory == null || territory.isBlank() ? null : territory.strip();
    check(first, last, code, problems);
    return routes(first, last, code, grouping, locale);
  }

  /**
   * The route KPIs of referrals created from {@code from} through {@code to} (Almaty days) in
   * the territory and below it.
   *
   * @param territoryCode null for the reader's own territory
   * @throws InvalidInputException listing every field that is wrong
   * @throws NotFoundException when the territory is outside the reader's scope
   */
  public RouteTable routes(LocalDate from, LocalDate to, String territoryCode, Grouping groupBy,
      Locale locale) {
    List<FieldProblem> problems = new ArrayList<>();
    if (from == null) {
      problems.add(new FieldProblem("from", "field.required", "is required"));
    }
    if (to == null) {
      problems.add(new FieldProblem("to", "field.required", "is required"));
    }
    check(from, to, territoryCode, problems);
    Actor actor = currentActor.require();
    String code = territoryCode == null ? actor.territoryCode() : territoryCode;
    UUID organisation = null;
    if (actor.is(Role.AGENCY_HEAD)) {
      if (actor.organisationId() == null) {
        throw new ForbiddenException("indicators.no-organisation",
            "an agency head without an organisation has no referrals to see");
      }
      organisation = actor.organisationId();
    } else if (!scope.isWithin(code, actor.territoryCode())) {
      throw new NotFoundException("territory", code);
    }
    Territory place = territories.find(code).orElseThrow(() -> new NotFoundException("territory",
        code));
    String[] codes = scope.codesWithin(code).toArray(String[]::new);
    Instant asOf = clock.instant();
    Instant start = from.atStartOfDay(clock.getZone()).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();

    List<Measured> measured = referralKpis(codes, start, end, asOf, organisation, groupBy);
    Measured all = measured.stream().filter(m -> m.key == null).findFirst()
        .orElse(Measured.EMPTY);
    List<Measured> groups = new ArrayList<>(measured.stream().filter(m -> m.key != null).toList());
    Map<String, String> names = new LinkedHashMap<>();
    if (groupBy == Grouping.DOMAIN) {
      groups = everyDomain(groups);
    } else {
      groups.forEach(m -> names.put(m.key, name(m.key, locale)));
      groups.sort(java.util.Comparator.comparing((Measured m) -> names.get(m.key))
          .thenComparing(Measured::key));
    }
    List<Row> rows = new ArrayList<>();
    boolean[][] hidden = new boolean[REFERRAL_COUNTS.length][];
    boolean[] totalHidden = new boolean[REFERRAL_COUNTS.length];
    for (int c = 0; c < REFERRAL_COUNTS.length; c++) {
      int column = c;
      long[] values = groups.stream().mapToLong(m -> m.counts[column]).toArray();
      hidden[c] = suppress(values);
      if (c > 0) {
        // a group hidden for its referral count hides all its figures
        for (int r = 0; r < values.length; r++) {
          hidden[c][r] |= hidden[0][r];
        }
      }
      totalHidden[c] = totalGivesBack(values, hidden[c]);
    }
    for (int r = 0; r < groups.size(); r++) {
      Measured m = groups.get(r);
      int row = r;
      boolean[] shown = new boolean[REFERRAL_COUNTS.length];
      for (int c = 0; c < shown.length; c++) {
        shown[c] = !hidden[c][row];
      }
      rows.add(m.row(names.getOrDefault(m.key, m.key), shown));
    }
    boolean[] totalShown = new boolean[REFERRAL_COUNTS.length];
    for (int c = 0; c < totalShown.length; c++) {
      totalShown[c] = !totalHidden[c] && !totalHidden[0];
    }
    Row total = all.row(null, totalShown);

    List<R3Row> r3 = null;
    R3Row r3Total = null;
    List<TargetRow> targets = null;
    if (organisation == null) {
      targets = targets90(codes, from, to);
      r3 = new ArrayList<>();
      var episodes = r3Episodes(codes, from, to);
      long[] closed = new long[episodes.size()];
      long[] open = new long[episodes.size()];
      int i = 0;
      for (Episodes e : episodes.values()) {
        closed[i] = e.closed;
        open[i++] = e.open;
      }
      boolean[] closedHidden = suppress(closed);
      boolean[] openHidden = suppress(open);
      i = 0;
      for (var e : episodes.entrySet()) {
        r3.add(e.getValue().row(e.getKey(), !closedHidden[i], !openHidden[i]));
        i++;
      }
      Episodes sum = r3Total(codes, from, to);
      r3Total = sum.row(null, !totalGivesBack(closed, closedHidden),
          !totalGivesBack(open, openHidden));
    }
    return new RouteTable(from, to, place.code(), place.name(locale), groupBy, organisation,
        asOf, minimumCell, rows, total, r3, r3Total, targets);
  }

  // ---- Validation

  private static LocalDate date(String field, String value, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "field.required", "is required"));
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "field.type", "is not a valid date", value, "date"));
      return null;
    }
  }

  private void check(LocalDate from, LocalDate to, String territoryCode,
      List<FieldProblem> problems) {
    if (from != null && to != null) {
      if (from.isAfter(to)) {
        problems.add(new FieldProblem("to", "indicators.period-order",
            "the period ends before it begins"));
      } else if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
        problems.add(new FieldProblem("to", "indicators.period-too-long",
            "a period covers at most " + MAX_DAYS + " days", MAX_DAYS));
      }
    }
    if (territoryCode != null && territories.find(territoryCode).isEmpty()) {
      problems.add(new FieldProblem("territory", "indicators.territory-unknown",
          "there is no territory with this code"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  // ---- Small cells

  /** Which values of a column to hide: the module's rule on a one-column table. */
  private boolean[] suppress(long[] values) {
    long[][] table = new long[values.length][1];
    for (int i = 0; i < values.length; i++) {
      table[i][0] = values[i];
    }
    var cells = MarginSuppression.suppress(table, minimumCell).cells();
    boolean[] hidden = new boolean[values.length];
    for (int i = 0; i < values.length; i++) {
      hidden[i] = cells[i][0];
    }
    return hidden;
  }

  /** A total gives a hidden value back when exactly one non-zero value is hidden. */
  private static boolean totalGivesBack(long[] values, boolean[] hidden) {
    int n = 0;
    for (int i = 0; i < values.length; i++) {
      n += hidden[i] && values[i] > 0 ? 1 : 0;
    }
    return n == 1;
  }

  // ---- Queries

  /** The figures of one group (key) or of all (key null), before anything is hidden. */
  private record Measured(String key, long[] counts, Double medianAccept, Double p90Accept,
      Double medianClose, long slaMet) {

    static final Measured EMPTY = new Measured(null, new long[4], null, null, null, 0);

    Row row(String name, boolean[] shown) {
      return new Row(key, name,
          shown[0] ? counts[0] : null,
          shown[1] ? counts[1] : null,
          shown[1] ? round(medianAccept) : null,
          shown[1] ? round(p90Accept) : null,
          shown[2] ? counts[2] : null,
          shown[2] ? round(medianClose) : null,
          shown[3] ? counts[3] : null,
          shown[3] ? slaMet : null,
          shown[3] && counts[3] > 0 ? Math.round(1000.0 * slaMet / counts[3]) / 1000.0 : null);
    }
  }

  private List<Measured> referralKpis(String[] codes, Instant start, Instant end, Instant asOf,
      UUID organisation, Grouping groupBy) {
    // the key expression comes from the enum, never from the request
    String key = groupBy == Grouping.DOMAIN ? "f.domain" : "cast(f.organisation_id as text)";
    return jdbc.sql("""
            with f as (
              select r.*,
                     extract(epoch from r.accepted_at - r.sent_at) / 3600.0 as to_accept,
                     extract(epoch from r.closed_at - r.sent_at) / 3600.0 as to_close
                from routing_referral_facts r
                join register_case_facts c on c.case_id = r.case_id
               where c.territory_code = any(:codes)
                 and r.created_at >= :start and r.created_at < :end
                 and (cast(:everyOrganisation as boolean) or r.organisation_id = :organisation))
            select %s as key, grouping(%s) as is_total,
                   count(*) as referrals,
                   count(f.accepted_at) as accepted,
                   percentile_cont(0.5) within group (order by f.to_accept) as median_accept,
                   percentile_cont(0.9) within group (order by f.to_accept) as p90_accept,
                   count(f.closed_at) as closed,
                   percentile_cont(0.5) within group (order by f.to_close) as median_close,
                   count(*) filter (where f.closed_at is not null or f.due_at <= :asOf)
                       as sla_counted,
                   count(*) filter (where f.done_at <= f.due_at) as sla_met
              from f
             group by grouping sets ((%s), ())
             order by is_total, key""".formatted(key, key, key))
        .param("codes", codes)
        .param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
        .param("asOf", Timestamp.from(asOf))
        .param("everyOrganisation", organisation == null)
        .param("organisation", organisation == null ? new UUID(0, 0) : organisation)
        .query((rs, n) -> new Measured(rs.getInt("is_total") == 1 ? null : rs.getString("key"),
            new long[] {rs.getLong("referrals"), rs.getLong("accepted"), rs.getLong("closed"),
                rs.getLong("sla_counted")},
            decimal(rs, "median_accept"), decimal(rs, "p90_accept"), decimal(rs, "median_close"),
            rs.getLong("sla_met")))
        .list();
  }

  /** Every domain as a row, in the domain's order, with zeros where nothing was referred. */
  private static List<Measured> everyDomain(List<Measured> groups) {
    List<Measured> all = new ArrayList<>();
    for (Domain d : Domain.values()) {
      all.add(groups.stream().filter(m -> m.key.equals(d.name())).findFirst()
          .orElse(new Measured(d.name(), new long[4], null, null, null, 0)));
    }
    return all;
  }

  private String name(String key, Locale locale) {
    return organisations.find(UUID.fromString(key)).map(o -> o.name(locale)).orElse(key);
  }

  /** R3 episodes of one domain (or all). */
  private record Episodes(long closed, Double medianDays, long open) {

    R3Row row(String domain, boolean closedShown, boolean openShown) {
      return new R3Row(domain, closedShown ? closed : null,
          closedShown ? round(medianDays) : null, openShown ? open : null);
    }
  }

  private static final String EPISODES = """
      select %s as domain,
             count(*) filter (where e.closed_on between :from and :to) as closed,
             percentile_cont(0.5) within group (order by e.closed_on - e.opened_on)
                 filter (where e.closed_on between :from and :to) as median_days,
             count(*) filter (where e.opened_on <= :to
                              and (e.closed_on is null or e.closed_on > :to)) as still_open
        from reintegration_r3_episodes e
        join register_case_facts c on c.case_id = e.case_id
       where c.territory_code = any(:codes) and e.opened_on <= :to
      %s""";

  private Map<String, Episodes> r3Episodes(String[] codes, LocalDate from, LocalDate to) {
    Map<String, Episodes> byDomain = new LinkedHashMap<>();
    Arrays.stream(Domain.values())
        .forEach(d -> byDomain.put(d.name(), new Episodes(0, null, 0)));
    jdbc.sql(EPISODES.formatted("e.domain", "group by e.domain"))
        .param("codes", codes).param("from", from).param("to", to)
        .query((rs, n) -> byDomain.put(rs.getString("domain"), episodes(rs)))
        .list();
    return byDomain;
  }

  private Episodes r3Total(String[] codes, LocalDate from, LocalDate to) {
    return jdbc.sql(EPISODES.formatted("null", ""))
        .param("codes", codes).param("from", from).param("to", to)
        .query((rs, n) -> episodes(rs)).single();
  }

  /**
   * The day-90 targets: a cohort count hidden when small, and a target's count (with its share)
   * hidden when it or the cohort's remainder is small, which would give it back.
   */
  private List<TargetRow> targets90(String[] codes, LocalDate from, LocalDate to) {
    long[] counts = jdbc.sql("""
            select count(*) as cases,
                   count(*) filter (where t.documents) as documents,
                   count(*) filter (where t.housing) as housing,
                   count(*) filter (where t.work) as work,
                   count(*) filter (where t.documents and t.housing and t.work) as all_three
              from reintegration_day90_targets t
              join register_case_facts c on c.case_id = t.case_id
             where c.territory_code = any(:codes) and t.day_90 between :from and :to
               and not t.ended_before""")
        .param("codes", codes).param("from", from).param("to", to)
        .query((rs, n) -> new long[] {rs.getLong("cases"), rs.getLong("documents"),
            rs.getLong("housing"), rs.getLong("work"), rs.getLong("all_three")})
        .single();
    long cases = counts[0];
    boolean casesShown = !suppress(new long[] {cases})[0];
    List<TargetRow> rows = new ArrayList<>();
    for (Target target : Target.values()) {
      long reached = counts[target.ordinal() + 1];
      var hidden = MarginSuppression.suppress(new long[][] {{reached, cases - reached}},
          minimumCell).cells()[0];
      boolean shown = casesShown && !hidden[0] && !hidden[1];
      rows.add(new TargetRow(target, casesShown ? cases : null, shown ? reached : null,
          shown && cases > 0 ? Math.round(1000.0 * reached / cases) / 1000.0 : null));
    }
    return rows;
  }

  private static Episodes episodes(ResultSet rs) throws SQLException {
    return new Episodes(rs.getLong("closed"), decimal(rs, "median_days"),
        rs.getLong("still_open"));
  }

  private static Double decimal(ResultSet rs, String column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : value;
  }

  private static Double round(Double value) {
    return value == null ? null : Math.round(value * 10.0) / 10.0;
  }
}
