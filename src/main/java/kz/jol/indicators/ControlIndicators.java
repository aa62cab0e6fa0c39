package kz.jol.indicators;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import kz.jol.access.CurrentActor;
import kz.jol.indicators.ControlTable.Breakdowns;
import kz.jol.indicators.ControlTable.Figure;
import kz.jol.indicators.ControlTable.Indicator;
import kz.jol.indicators.ControlTable.Part;
import kz.jol.indicators.domain.ColumnSuppression;
import kz.jol.indicators.domain.Measure;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import kz.jol.supervision.CheckInFacts;
import kz.jol.territory.Territories;
import kz.jol.territory.Territory;
import kz.jol.territory.TerritoryScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The indicator feed of block 2 of seed 000 (control measures together with the police) for a
 * territory and its subtree and a period: prevention measures, persons who asked for help,
 * persons declared wanted and the effect of the search, check-ins, violations, warnings and court
 * submissions, for the whole territory and each of its parts. Read only from the reporting views
 * {@code police_prevention_facts} and {@code supervision_event_facts}, the precomputed facts of
 * V154 (the cases on the register, requests for help, declarations of wanted and searches; kept
 * by {@link IndicatorFacts}) and the supervision module's {@link CheckInFacts}; never a person.
 * Definitions: {@code docs/indicators.md}.
 *
 * <p>Scope: the reader's territory bounds what may be asked (404 for a territory outside it, as
 * if it did not exist). Small counts are hidden by {@link ColumnSuppression} across the parts,
 * by the complement of every share (the persons not found are as few as those found), and across
 * the figures that split one denominator (attended, missed and excused split the check-ins due).
 */
@Service
public class ControlIndicators {

  /** The longest period, in years: the methodology compares periods of five years (seed 000). */
  public static final int MAX_YEARS = PeriodParameters.MAX_YEARS;

  /** The raw counts the indicators are made of. */
  private enum Count {
    ON_REGISTER, MEASURES, REACHED, VIOLATIONS_FOUND, HELP, DECLARED, SEARCHES_OPEN, FOUND,
    ENDED_OTHERWISE, STILL_OPEN, CHECK_INS_DUE, ATTENDED, MISSED, EXCUSED, VIOLATIONS, WARNINGS,
    SUBMISSIONS, DECISIONS, GRANTED
  }

  /** Each indicator's numerator and denominator (null: a plain count). */
  private static final Map<Indicator, Count[]> MADE_OF = new EnumMap<>(Map.ofEntries(
      Map.entry(Indicator.PREVENTION_MEASURES, new Count[] {Count.MEASURES, null}),
      Map.entry(Indicator.PERSONS_REACHED, new Count[] {Count.REACHED, null}),
      Map.entry(Indicator.VIOLATIONS_FOUND, new Count[] {Count.VIOLATIONS_FOUND, null}),
      Map.entry(Indicator.ASKED_FOR_HELP, new Count[] {Count.HELP, Count.ON_REGISTER}),
      Map.entry(Indicator.DECLARED_WANTED, new Count[] {Count.DECLARED, Count.ON_REGISTER}),
      Map.entry(Indicator.FOUND, new Count[] {Count.FOUND, Count.SEARCHES_OPEN}),
      Map.entry(Indicator.SEARCH_ENDED_OTHERWISE,
          new Count[] {Count.ENDED_OTHERWISE, Count.SEARCHES_OPEN}),
      Map.entry(Indicator.STILL_WANTED, new Count[] {Count.STILL_OPEN, Count.SEARCHES_OPEN}),
      Map.entry(Indicator.CHECK_INS_ATTENDED, new Count[] {Count.ATTENDED, Count.CHECK_INS_DUE}),
      Map.entry(Indicator.CHECK_INS_MISSED, new Count[] {Count.MISSED, Count.CHECK_INS_DUE}),
      Map.entry(Indicator.CHECK_INS_EXCUSED, new Count[] {Count.EXCUSED, Count.CHECK_INS_DUE}),
      Map.entry(Indicator.VIOLATIONS, new Count[] {Count.VIOLATIONS, null}),
      Map.entry(Indicator.WARNINGS, new Count[] {Count.WARNINGS, null}),
      Map.entry(Indicator.COURT_SUBMISSIONS, new Count[] {Count.SUBMISSIONS, null}),
      Map.entry(Indicator.COURT_DECISIONS_GRANTED,
          new Count[] {Count.GRANTED, Count.DECISIONS})));

  /** Counts that split their denominator whole: one of them alone hidden would come back. */
  private static final Map<Count, Count[]> SPLITS = Map.of(
      Count.SEARCHES_OPEN, new Count[] {Count.FOUND, Count.ENDED_OTHERWISE, Count.STILL_OPEN},
      Count.CHECK_INS_DUE, new Count[] {Count.ATTENDED, Count.MISSED, Count.EXCUSED});

  /** The one count that tells of no person: measures held by the police. */
  private static final Set<Count> NEVER_HIDDEN = Set.of(Count.MEASURES);

  private final JdbcClient jdbc;
  private final Territories territories;
  private final TerritoryScope scope;
  private final CurrentActor currentActor;
  private final CheckInFacts checkIns;
  private final IndicatorFacts facts;
  private final Clock clock;
  private final int minimumCell;

  ControlIndicators(JdbcClient jdbc, Territories territories, TerritoryScope scope,
      CurrentActor currentActor, CheckInFacts checkIns, IndicatorFacts facts, Clock clock,
      @Value("${jol.indicators.minimum-cell:5}") int minimumCell) {
    this.facts = facts;
    this.jdbc = jdbc;
    this.territories = territories;
    this.scope = scope;
    this.currentActor = currentActor;
    this.checkIns = checkIns;
    this.clock = clock;
    this.minimumCell = minimumCell;
  }

  /**
   * The indicators as the API asks for them, every parameter as sent.
   *
   * @param territory a KATO code; null or blank for the reader's own territory
   * @param from the first day, ISO ({@code 2026-01-01}); required
   * @param to the last day, included; required; less than {@value #MAX_YEARS} years after from
   * @throws InvalidInputException listing every field that is wrong
   * @throws NotFoundException when the territory is outside the reader's scope
   */
  public ControlTable control(String territory, String from, String to, Locale locale) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate first = PeriodParameters.date("from", from, problems);
    LocalDate last = PeriodParameters.date("to", to, problems);
    String code = territory == null || territory.isBlank() ? null : territory.strip();
    PeriodParameters.check(first, last, code, territories, problems);
    return control(code, first, last, locale);
  }

  /**
   * The indicators of {@code territoryCode} and every territory below it, from {@code from}
   * through {@code to} (both included).
   *
   * @param territoryCode null for the reader's own territory
   * @throws InvalidInputException when the period or the territory is wrong
   * @throws NotFoundException when the territory is outside the reader's scope
   */
  public ControlTable control(String territoryCode, LocalDate from, LocalDate to,
      Locale locale) {
    List<FieldProblem> problems = new ArrayList<>();
    if (from == null) {
      problems.add(new FieldProblem("from", "field.required", "is required"));
    }
    if (to == null) {
      problems.add(new FieldProblem("to", "field.required", "is required"));
    }
    PeriodParameters.check(from, to, territoryCode, territories, problems);
    String own = currentActor.require().territoryCode();
    String code = territoryCode == null ? own : territoryCode;
    Territory place = territories.find(code)
        .filter(t -> scope.isWithin(t.code(), own))
        .orElseThrow(() -> new NotFoundException("territory", code));
    return tableOf(place, from, to, locale);
  }

  /**
   * The indicators of a territory the caller has already checked: for the catalogue's figures,
   * which compare a territory with its neighbours (only their rank is shown) and the republic.
   */
  ControlTable tableOf(Territory place, LocalDate from, LocalDate to, Locale locale) {
    return tableOf(place, from, to, locale, true);
  }

  /** The figures of this report the catalogue shows (block 2). */
  static final Set<Indicator> IN_CATALOGUE = Set.of(Indicator.PREVENTION_MEASURES,
      Indicator.ASKED_FOR_HELP, Indicator.DECLARED_WANTED, Indicator.FOUND);

  /**
   * The figures of {@link #IN_CATALOGUE} of a territory the caller has checked, counted and
   * hidden exactly as {@link #tableOf} counts and hides them, without what they do not depend
   * on: check-ins, violations, warnings, court events and the breakdowns, which are most of the
   * supervision events and most of the time. Each count is hidden by its own column, its
   * denominator and the counts that split it, and none of those is left out here.
   */
  Map<Indicator, Figure> catalogueFiguresOf(Territory place, LocalDate from, LocalDate to) {
    Map<Indicator, Figure> figures = new EnumMap<>(Indicator.class);
    tableOf(place, from, to, Locale.ENGLISH, false).figures().forEach((i, f) -> {
      if (IN_CATALOGUE.contains(i)) {
        figures.put(i, f);
      }
    });
    return figures;
  }

  private ControlTable tableOf(Territory place, LocalDate from, LocalDate to, Locale locale,
      boolean all) {
    facts.catchUp();
    String code = place.code();
    Instant asOf = clock.instant();

    // Rows: the parts, then one for what is filed at the territory itself (never shown).
    List<Territory> parts = territories.children(code);
    Map<String, Integer> rowOf = new HashMap<>();
    for (int i = 0; i < parts.size(); i++) {
      for (String c : scope.codesWithin(parts.get(i).code())) {
        rowOf.put(c, i);
      }
    }
    int rows = parts.size() + 1;
    String[] codes = scope.codesWithin(code).toArray(String[]::new);
    long[][] counts = new long[Count.values().length][rows];
    Tally tally = (territory, count, n) -> {
      counts[count.ordinal()][rowOf.getOrDefault(territory, parts.size())] += n;
    };
    onRegister(codes, from, to, tally);
    prevention(codes, from, to, tally);
    helpAndDeclared(codes, from, to, tally);
    searches(codes, from, to, tally);
    if (all) {
      eventCounts(codes, from, to, tally);
    }
    for (CheckInFacts.Count c : all ? checkIns.count(List.of(codes), from, to)
        : List.<CheckInFacts.Count>of()) {
      switch (c.state()) {
        case "ATTENDED" -> tally.add(c.territoryCode(), Count.ATTENDED, c.checkIns());
        case "MISSED", "FLAGGED_MISSED" -> tally.add(c.territoryCode(), Count.MISSED,
            c.checkIns());
        case "EXCUSED" -> tally.add(c.territoryCode(), Count.EXCUSED, c.checkIns());
        default -> { } // still awaited: not due with a result yet
      }
    }
    for (int r = 0; r < rows; r++) {
      counts[Count.CHECK_INS_DUE.ordinal()][r] = counts[Count.ATTENDED.ordinal()][r]
          + counts[Count.MISSED.ordinal()][r] + counts[Count.EXCUSED.ordinal()][r];
    }
    long[] whole = new long[Count.values().length];
    for (Count c : Count.values()) {
      for (int r = 0; r < rows; r++) {
        whole[c.ordinal()] += counts[c.ordinal()][r];
      }
    }

    boolean[][] hidden = new boolean[Count.values().length][rows];
    boolean[] wholeHidden = new boolean[Count.values().length];
    hide(counts, whole, hidden, wholeHidden);

    List<Part> shownParts = new ArrayList<>();
    for (int r = 0; r < parts.size(); r++) {
      int row = r;
      Territory part = parts.get(r);
      shownParts.add(new Part(part.code(), part.name(locale),
          !territories.children(part.code()).isEmpty(),
          figures(c -> counts[c.ordinal()][row], c -> hidden[c.ordinal()][row])));
    }
    Map<Indicator, Figure> wholeFigures = figures(c -> whole[c.ordinal()],
        c -> wholeHidden[c.ordinal()]);
    Breakdowns breakdowns = !all ? new Breakdowns(Map.of(), Map.of(), Map.of(), Map.of(),
        Map.of()) : breakdowns(codes, from, to,
        wholeHidden[Count.FOUND.ordinal()], wholeHidden[Count.HELP.ordinal()],
        wholeHidden[Count.SUBMISSIONS.ordinal()], wholeHidden[Count.DECISIONS.ordinal()]);
    return new ControlTable(from, to, place.code(), place.name(locale), asOf, minimumCell,
        wholeFigures, breakdowns, shownParts);
  }

  /**
   * The raw numerators and denominators of the shares of persons in this report — asked for
   * help, declared wanted, found — over exactly these territory codes, nothing hidden: for the
   * public portal's tables, which hide with their own rule across the whole table
   * ({@link PublishedIndicators}). Counted as in {@link #tableOf}.
   */
  Map<Indicator, Measure> rawShares(List<String> codes, LocalDate from, LocalDate to) {
    facts.catchUp();
    String[] territoryCodes = codes.toArray(String[]::new);
    long[] whole = new long[Count.values().length];
    Tally tally = (territory, count, n) -> whole[count.ordinal()] += n;
    onRegister(territoryCodes, from, to, tally);
    helpAndDeclared(territoryCodes, from, to, tally);
    searches(territoryCodes, from, to, tally);
    Map<Indicator, Measure> shares = new EnumMap<>(Indicator.class);
    for (Indicator i : List.of(Indicator.ASKED_FOR_HELP, Indicator.DECLARED_WANTED,
        Indicator.FOUND)) {
      Count[] madeOf = MADE_OF.get(i);
      shares.put(i, Measure.share(whole[madeOf[0].ordinal()], whole[madeOf[1].ordinal()]));
    }
    return shares;
  }

  // ---- Small cells

  /**
   * Hides, until nothing changes: a numerator whose complement in its denominator is small; a
   * numerator whose denominator is hidden; small counts across the parts and what would give
   * them back ({@link ColumnSuppression}); and, where counts split a denominator whole and one
   * alone is hidden, the smallest other (or the denominator when there is none).
   */
  private void hide(long[][] counts, long[] whole, boolean[][] hidden, boolean[] wholeHidden) {
    int rows = hidden[0].length;
    for (Count[] madeOf : MADE_OF.values()) {
      if (madeOf[1] != null) {
        int num = madeOf[0].ordinal();
        int den = madeOf[1].ordinal();
        for (int r = 0; r < rows; r++) {
          hidden[num][r] |= ColumnSuppression.small(counts[den][r] - counts[num][r],
              minimumCell);
        }
        wholeHidden[num] |= ColumnSuppression.small(whole[den] - whole[num], minimumCell);
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Count c : Count.values()) {
        if (NEVER_HIDDEN.contains(c)) {
          continue;
        }
        int i = c.ordinal();
        var h = ColumnSuppression.suppress(counts[i], hidden[i], whole[i], wholeHidden[i],
            minimumCell);
        for (int r = 0; r < rows; r++) {
          changed |= h.parts()[r] && !hidden[i][r];
          hidden[i][r] |= h.parts()[r];
        }
        changed |= h.whole() && !wholeHidden[i];
        wholeHidden[i] |= h.whole();
      }
      for (Count[] madeOf : MADE_OF.values()) {
        if (madeOf[1] != null) {
          int num = madeOf[0].ordinal();
          int den = madeOf[1].ordinal();
          for (int r = 0; r < rows; r++) {
            changed |= hidden[den][r] && !hidden[num][r];
            hidden[num][r] |= hidden[den][r];
          }
          changed |= wholeHidden[den] && !wholeHidden[num];
          wholeHidden[num] |= wholeHidden[den];
        }
      }
      for (var split : SPLITS.entrySet()) {
        int den = split.getKey().ordinal();
        for (int r = 0; r < rows; r++) {
          int row = r;
          changed |= protectSplit(split.getValue(), den, c -> counts[c][row],
              c -> hidden[c][row], (c, v) -> hidden[c][row] = v);
        }
        changed |= protectSplit(split.getValue(), den, c -> whole[c], c -> wholeHidden[c],
            (c, v) -> wholeHidden[c] = v);
      }
    }
  }

  private interface IntToLong {
    long of(int count);
  }

  private interface IntToFlag {
    boolean of(int count);
  }

  private interface FlagSetter {
    void set(int count, boolean value);
  }

  private static boolean protectSplit(Count[] members, int den, IntToLong value,
      IntToFlag isHidden, FlagSetter setHidden) {
    if (isHidden.of(den)) {
      return false;
    }
    int hiddenMembers = 0;
    int smallest = -1;
    for (Count m : members) {
      int i = m.ordinal();
      if (isHidden.of(i)) {
        hiddenMembers++;
      } else if (value.of(i) > 0 && (smallest < 0 || value.of(i) < value.of(smallest))) {
        smallest = i;
      }
    }
    if (hiddenMembers != 1) {
      return false;
    }
    setHidden.set(smallest >= 0 ? smallest : den, true);
    return true;
  }

  private Map<Indicator, Figure> figures(Function<Count, Long> value,
      Predicate<Count> isHidden) {
    Map<Indicator, Figure> figures = new EnumMap<>(Indicator.class);
    for (Indicator indicator : Indicator.values()) {
      Count[] madeOf = MADE_OF.get(indicator);
      Long numerator = isHidden.test(madeOf[0]) ? null : value.apply(madeOf[0]);
      Long denominator = madeOf[1] == null || isHidden.test(madeOf[1]) ? null
          : value.apply(madeOf[1]);
      Double share = numerator == null || denominator == null || denominator == 0 ? null
          : Math.round(1000.0 * numerator / denominator) / 1000.0;
      figures.put(indicator, new Figure(numerator, denominator, share));
    }
    return figures;
  }

  /**
   * A count by kind of the whole, hidden like a one-row table whose total is the figure: small
   * kinds hidden, one alone hidden takes the smallest other with it, and all go when the figure
   * itself is hidden or nothing else can be hidden.
   */
  private Map<String, Long> breakdown(Map<String, Long> counts, boolean totalHidden,
      boolean suppressed) {
    Map<String, Long> shown = new LinkedHashMap<>(counts);
    if (!suppressed) {
      return shown;
    }
    List<String> hidden = new ArrayList<>();
    counts.forEach((k, v) -> {
      if (totalHidden || ColumnSuppression.small(v, minimumCell)) {
        hidden.add(k);
      }
    });
    if (hidden.size() == 1) {
      String other = counts.entrySet().stream()
          .filter(e -> !hidden.contains(e.getKey()) && e.getValue() > 0)
          .min(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
      if (other != null) {
        hidden.add(other);
      }
    }
    hidden.forEach(k -> shown.put(k, counts.get(k) == 0 ? 0L : null));
    return shown;
  }

  // ---- Queries

  @FunctionalInterface
  private interface Tally {
    void add(String territoryCode, Count count, long n);
  }

  /**
   * The cases on the register in the period (registered on or before its last day, not closed
   * before its first), each with the territory it was in on the last day it was on the register
   * in the period (the period's last day, or its closing day): one territory per case, so the
   * parts add up to the whole, and a case transferred later still counts where it was.
   */
  private static final String ON_REGISTER = """
      with on_register as (
        select c.case_id, ct.territory_code
          from (select s.case_id,
                       case when s.closed_on < :to then s.closed_on
                            else cast(:to as date) end as last_day
                  from indicators_case_summary s
                 where s.registration_date <= :to
                   and (s.closed_on is null or s.closed_on >= :from)) c
          join indicators_territory_spell ct on ct.case_id = c.case_id
           and ct.from_day <= c.last_day and (ct.to_day is null or ct.to_day > c.last_day))
      """;

  /** The territory a case was in on a day: join this to a row with {@code case_id}, {@code day}. */
  private static final String TERRITORY_ON_DAY = """
      join indicators_case_territory ct on ct.case_id = e.case_id and ct.from_day <= e.day
       and (ct.to_day is null or ct.to_day > e.day)""";

  private void onRegister(String[] codes, LocalDate from, LocalDate to, Tally tally) {
    jdbc.sql(ON_REGISTER + """
            select territory_code, count(*) as n
              from on_register
             where territory_code = any(:codes)
             group by territory_code""")
        .param("codes", codes).param("from", from).param("to", to)
        .query((rs, n) -> {
          tally.add(rs.getString("territory_code"), Count.ON_REGISTER, rs.getLong("n"));
          return null;
        })
        .list();
  }

  private void prevention(String[] codes, LocalDate from, LocalDate to, Tally tally) {
    jdbc.sql("""
            select territory_code, count(*) as measures,
                   coalesce(sum(persons_reached), 0) as reached,
                   coalesce(sum(found_count), 0) as found
              from police_prevention_facts
             where territory_code = any(:codes) and day between :from and :to
             group by territory_code""")
        .param("codes", codes).param("from", from).param("to", to)
        .query((rs, n) -> {
          String t = rs.getString("territory_code");
          tally.add(t, Count.MEASURES, rs.getLong("measures"));
          tally.add(t, Count.REACHED, rs.getLong("reached"));
          tally.add(t, Count.VIOLATIONS_FOUND, rs.getLong("found"));
          return null;
        })
        .list();
  }

  /**
   * Persons asking for help and declared wanted count in their case's territory as on the
   * register (above), like their denominator; plain counts of events in the territory the case
   * was in on the event's day.
   */
  private void helpAndDeclared(String[] codes, LocalDate from, LocalDate to, Tally tally) {
    jdbc.sql(ON_REGISTER + """
            , e as (
              select e.case_id, bool_or(e.kind = 'HELP_REQUEST') as help,
                     bool_or(e.kind = 'WANTED_DECLARED') as declared
                from indicators_event_fact e
               where e.day between :from and :to
                 and e.kind in ('HELP_REQUEST', 'WANTED_DECLARED')
               group by e.case_id)
            select r.territory_code,
                   count(*) filter (where e.help) as help,
                   count(*) filter (where e.declared) as declared
              from on_register r
              left join e on e.case_id = r.case_id
             where r.territory_code = any(:codes)
             group by r.territory_code""")
        .param("codes", codes).param("from", from).param("to", to)
        .query((rs, n) -> {
          String t = rs.getString("territory_code");
          tally.add(t, Count.HELP, rs.getLong("help"));
          tally.add(t, Count.DECLARED, rs.getLong("declared"));
          return null;
        })
        .list();
  }

  /** Violations, warnings and court events, each in the territory of its day. */
  private void eventCounts(String[] codes, LocalDate from, LocalDate to, Tally tally) {
    jdbc.sql("""
            select ct.territory_code,
                   count(*) filter (where e.event_kind = 'VIOLATION') as violations,
                   count(*) filter (where e.event_kind = 'WARNING') as warnings,
                   count(*) filter (where e.event_kind = 'COURT_SUBMISSION') as submissions,
                   count(*) filter (where e.event_kind = 'COURT_DECISION') as decisions,
                   count(*) filter (where e.event_kind = 'COURT_DECISION'
                                      and e.court_decision = 'GRANTED') as granted
              from supervision_event_facts e
            """ + TERRITORY_ON_DAY + """

             where ct.territory_code = any(:codes) and e.day between :from and :to
             group by ct.territory_code""")
        .param("codes", codes).param("from", from).param("to", to)
        .query((rs, n) -> {
          String t = rs.getString("territory_code");
          tally.add(t, Count.VIOLATIONS, rs.getLong("violations"));
          tally.add(t, Count.WARNINGS, rs.getLong("warnings"));
          tally.add(t, Count.SUBMISSIONS, rs.getLong("submissions"));
          tally.add(t, Count.DECISIONS, rs.getLong("decisions"));
          tally.add(t, Count.GRANTED, rs.getLong("granted"));
          return null;
        })
        .list();
  }

  /**
   * The searches open at some time in the period, in the territory of the declaration's day: a
   * case's n-th declaration ends with its n-th end (the supervision module allows no second
   * declaration while one is open, and no end without one), paired in the precomputed facts
   * (V154, {@code indicators_search_fact}).
   */
  private static final String SEARCHES = """
      with search as (
        select s.territory_code, s.declared_on, s.ended_on, s.found_how
          from indicators_search_fact s
         where s.territory_code = any(:codes)
           and s.declared_on <= :to and (s.ended_on is null or s.ended_on >= :from))
      """;

  private void searches(String[] codes, LocalDate from, LocalDate to, Tally tally) {
    jdbc.sql(SEARCHES + """
            select territory_code, count(*) as open,
                   count(*) filter (where ended_on <= :to and found_how <> 'CASE_CLOSED')
                       as found,
                   count(*) filter (where ended_on <= :to and found_how = 'CASE_CLOSED')
                       as otherwise,
                   count(*) filter (where ended_on is null or ended_on > :to) as still_open
              from search
             group by territory_code""")
        .param("codes", codes).param("from", from).param("to", to)
        .query((rs, n) -> {
          String t = rs.getString("territory_code");
          tally.add(t, Count.SEARCHES_OPEN, rs.getLong("open"));
          tally.add(t, Count.FOUND, rs.getLong("found"));
          tally.add(t, Count.ENDED_OTHERWISE, rs.getLong("otherwise"));
          tally.add(t, Count.STILL_OPEN, rs.getLong("still_open"));
          return null;
        })
        .list();
  }

  private Breakdowns breakdowns(String[] codes, LocalDate from, LocalDate to,
      boolean foundHidden, boolean helpHidden, boolean submissionsHidden,
      boolean decisionsHidden) {
    Map<String, Long> measures = keyed("""
        select measure_kind as key, count(*) as n from police_prevention_facts
         where territory_code = any(:codes) and day between :from and :to
         group by measure_kind""", codes, from, to);
    Map<String, Long> foundHow = keyed(SEARCHES + """
        select found_how as key, count(*) as n from search
         where ended_on <= :to and found_how <> 'CASE_CLOSED'
         group by found_how""", codes, from, to);
    Map<String, Long> topics = keyed(ON_REGISTER + """
        select e.help_topic as key, count(distinct e.case_id) as n
          from supervision_event_facts e
          join on_register r on r.case_id = e.case_id
         where r.territory_code = any(:codes) and e.day between :from and :to
           and e.event_kind = 'HELP_REQUEST'
         group by e.help_topic""", codes, from, to);
    Map<String, Long> submissions = keyed("""
        select e.submission_kind as key, count(*) as n from supervision_event_facts e
        """ + TERRITORY_ON_DAY + """

         where ct.territory_code = any(:codes) and e.day between :from and :to
           and e.event_kind = 'COURT_SUBMISSION'
         group by e.submission_kind""", codes, from, to);
    Map<String, Long> decisions = keyed("""
        select e.submission_kind || '.' || e.court_decision as key, count(*) as n
          from supervision_event_facts e
        """ + TERRITORY_ON_DAY + """

         where ct.territory_code = any(:codes) and e.day between :from and :to
           and e.event_kind = 'COURT_DECISION'
         group by e.submission_kind, e.court_decision""", codes, from, to);
    return new Breakdowns(breakdown(measures, false, false),
        breakdown(foundHow, foundHidden, true), breakdown(topics, helpHidden, true),
        breakdown(submissions, submissionsHidden, true),
        breakdown(decisions, decisionsHidden, true));
  }

  private Map<String, Long> keyed(String sql, String[] codes, LocalDate from, LocalDate to) {
    Map<String, Long> counts = new TreeMap<>();
    jdbc.sql(sql).param("codes", codes).param("from", from).param("to", to)
        .query((rs, n) -> counts.merge(String.valueOf(rs.getString("key")), rs.getLong("n"),
            Long::sum))
        .list();
    return counts;
  }
}
