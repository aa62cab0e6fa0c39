package kz.jol.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import kz.jol.access.CurrentActor;
import kz.jol.indicators.InteractionTable.Figure;
import kz.jol.indicators.InteractionTable.Indicator;
import kz.jol.indicators.InteractionTable.Part;
import kz.jol.interaction.CouncilFigures;
import kz.jol.interaction.RegistryFigures;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import kz.jol.territory.Territories;
import kz.jol.territory.Territory;
import kz.jol.territory.TerritoryScope;
import org.springframework.stereotype.Service;

/**
 * The indicator feed of block 3 of seed 000 (intensity of interaction) for a territory and its
 * subtree and a period: joint events and the citizens they reached, agreements signed and in
 * force, target programmes, proposals and the share accepted, partners and partner contacts, for
 * the whole territory and each of its parts, and the advisory bodies' meetings, decisions and
 * the share carried out. Read only from the interaction module's {@link RegistryFigures} and
 * {@link CouncilFigures}; never a person. Definitions: {@code docs/indicators.md}.
 *
 * <p>Scope and validation as {@link ControlIndicators}: the reader's territory bounds what may be
 * asked (404 outside it); the period is at most {@value ControlIndicators#MAX_YEARS} years. No
 * figure counts persons on probation (events, documents, bodies, a head count of the public), so
 * none is hidden.
 */
@Service
public class InteractionIndicators {

  /** The raw counts the indicators are made of. */
  private enum Count {
    EVENTS, REACHED, SIGNED, IN_FORCE, PROGRAMMES, SENT, ACCEPTED, PARTNERS, CONTACTS,
    MEETINGS, DECISIONS, CARRIED_OUT, JUDGED
  }

  /** Each indicator's numerator and denominator (null: a plain count). */
  private static final Map<Indicator, Count[]> MADE_OF = new EnumMap<>(Map.ofEntries(
      Map.entry(Indicator.JOINT_EVENTS, new Count[] {Count.EVENTS, null}),
      Map.entry(Indicator.CITIZENS_REACHED, new Count[] {Count.REACHED, null}),
      Map.entry(Indicator.AGREEMENTS_SIGNED, new Count[] {Count.SIGNED, null}),
      Map.entry(Indicator.AGREEMENTS_IN_FORCE, new Count[] {Count.IN_FORCE, null}),
      Map.entry(Indicator.PROGRAMMES_ACTIVE, new Count[] {Count.PROGRAMMES, null}),
      Map.entry(Indicator.PROPOSALS_SENT, new Count[] {Count.SENT, null}),
      Map.entry(Indicator.PROPOSALS_ACCEPTED, new Count[] {Count.ACCEPTED, Count.SENT}),
      Map.entry(Indicator.PARTNERS_ACTIVE, new Count[] {Count.PARTNERS, null}),
      Map.entry(Indicator.PARTNER_CONTACTS, new Count[] {Count.CONTACTS, null}),
      Map.entry(Indicator.ADVISORY_MEETINGS, new Count[] {Count.MEETINGS, null}),
      Map.entry(Indicator.DECISIONS_TAKEN, new Count[] {Count.DECISIONS, null}),
      Map.entry(Indicator.DECISIONS_CARRIED_OUT, new Count[] {Count.CARRIED_OUT, Count.JUDGED})));

  private final Territories territories;
  private final TerritoryScope scope;
  private final CurrentActor currentActor;
  private final RegistryFigures registry;
  private final CouncilFigures councils;
  private final Clock clock;

  InteractionIndicators(Territories territories, TerritoryScope scope,
      CurrentActor currentActor, RegistryFigures registry, CouncilFigures councils, Clock clock) {
    this.territories = territories;
    this.scope = scope;
    this.currentActor = currentActor;
    this.registry = registry;
    this.councils = councils;
    this.clock = clock;
  }

  /**
   * The indicators as the API asks for them, every parameter as sent.
   *
   * @param territory a KATO code; null or blank for the reader's own territory
   * @param from the first day, ISO; required
   * @param to the last day, included; required; less than five years after from
   * @throws InvalidInputException listing every field that is wrong
   * @throws NotFoundException when the territory is outside the reader's scope
   */
  public InteractionTable interaction(String territory, String from, String to,
      Locale locale) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate first = PeriodParameters.date("from", from, problems);
    LocalDate last = PeriodParameters.date("to", to, problems);
    String code = territory == null || territory.isBlank() ? null : territory.strip();
    PeriodParameters.check(first, last, code, territories, problems);
    return interaction(code, first, last, locale);
  }

  /**
   * The indicators of {@code territoryCode} and every territory below it, from {@code from}
   * through {@code to} (both included).
   *
   * @param territoryCode null for the reader's own territory
   */
  public InteractionTable interaction(String territoryCode, LocalDate from, LocalDate to,
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

    // Rows: the parts, then one for what is filed at the territory itself (in the whole only).
    List<Territory> parts = territories.children(code);
    Map<String, Integer> rowOf = new HashMap<>();
    for (int i = 0; i < parts.size(); i++) {
      for (String c : scope.codesWithin(parts.get(i).code())) {
        rowOf.put(c, i);
      }
    }
    int rows = parts.size() + 1;
    long[][] counts = new long[Count.values().length][rows];
    Map<String, Long> eventsByKind = new TreeMap<>();
    for (RegistryFigures.Counts c : registry.count(scope.codesWithin(code), from, to)) {
      int row = rowOf.getOrDefault(c.territoryCode(), parts.size());
      counts[Count.EVENTS.ordinal()][row] += c.events();
      counts[Count.REACHED.ordinal()][row] += c.citizensReached();
      counts[Count.SIGNED.ordinal()][row] += c.agreementsSigned();
      counts[Count.IN_FORCE.ordinal()][row] += c.agreementsInForce();
      counts[Count.PROGRAMMES.ordinal()][row] += c.programmesActive();
      counts[Count.SENT.ordinal()][row] += c.proposalsSent();
      counts[Count.ACCEPTED.ordinal()][row] += c.proposalsAccepted();
      counts[Count.PARTNERS.ordinal()][row] += c.partnersActive();
      counts[Count.CONTACTS.ordinal()][row] += c.partnerContacts();
      c.eventsByKind().forEach((kind, n) -> eventsByKind.merge(kind, n, Long::sum));
    }
    // Advisory bodies: CouncilFigures sums a subtree, so each part is asked for its own, and
    // what the territory's own bodies did is the whole less its parts.
    CouncilFigures.Figures wholeCouncils = councils.of(code, from, to);
    long[] councilsInParts = new long[4];
    for (int r = 0; r < parts.size(); r++) {
      CouncilFigures.Figures f = councils.of(parts.get(r).code(), from, to);
      long[] part = councilCounts(f);
      for (int i = 0; i < part.length; i++) {
        counts[Count.MEETINGS.ordinal() + i][r] = part[i];
        councilsInParts[i] += part[i];
      }
    }
    long[] all = councilCounts(wholeCouncils);
    for (int i = 0; i < all.length; i++) {
      counts[Count.MEETINGS.ordinal() + i][parts.size()] = all[i] - councilsInParts[i];
    }
    long[] whole = new long[Count.values().length];
    for (Count c : Count.values()) {
      for (int r = 0; r < rows; r++) {
        whole[c.ordinal()] += counts[c.ordinal()][r];
      }
    }
    List<Part> shownParts = new ArrayList<>();
    for (int r = 0; r < parts.size(); r++) {
      int row = r;
      Territory part = parts.get(r);
      shownParts.add(new Part(part.code(), part.name(locale),
          !territories.children(part.code()).isEmpty(),
          figures(c -> counts[c.ordinal()][row])));
    }
    return new InteractionTable(from, to, place.code(), place.name(locale), clock.instant(),
        figures(c -> whole[c.ordinal()]), eventsByKind, shownParts);
  }

  private static Map<Indicator, Figure> figures(java.util.function.ToLongFunction<Count> value) {
    Map<Indicator, Figure> figures = new EnumMap<>(Indicator.class);
    for (Indicator indicator : Indicator.values()) {
      Count[] madeOf = MADE_OF.get(indicator);
      long numerator = value.applyAsLong(madeOf[0]);
      Long denominator = madeOf[1] == null ? null : value.applyAsLong(madeOf[1]);
      Double share = denominator == null || denominator == 0 ? null
          : Math.round(1000.0 * numerator / denominator) / 1000.0;
      figures.put(indicator, new Figure(numerator, denominator, share));
    }
    return figures;
  }

  /** MEETINGS, DECISIONS, CARRIED_OUT, JUDGED, in the order of {@link Count}. */
  private static long[] councilCounts(CouncilFigures.Figures f) {
    return new long[] {f.meetingsHeld(), f.decisionsTaken(), f.shareNumerator(),
        f.shareDenominator()};
  }
}
