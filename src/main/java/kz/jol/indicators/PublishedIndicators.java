package kz.jol.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.jol.indicators.ControlTable.Indicator;
import kz.jol.indicators.domain.Measure;
import kz.jol.indicators.domain.Unit;
import kz.jol.publication.PublishableTable;
import kz.jol.publication.PublishableTables;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The indicators of the catalogue that the public portal may publish, one kind of table each
 * ({@code INDICATOR_<code>}): rows are the parts of a territory (regions, districts), columns
 * the persons (or their events) the indicator counts — "met", its numerator — and the rest of
 * its denominator — "not met" —, so that a row adds up to the denominator and the share of
 * "met" is the indicator's value. The publication module hides small cells across the whole
 * table ({@code MarginSuppression}, {@code jol.publication.minimum-cell}); here nothing is hidden.
 *
 * <p>Offered: the shares whose numerator and denominator both count persons or events of
 * persons ({@link #PERSON_SHARES}) and that have a computation. Not offered, by rule
 * (docs/indicators.md, "On the public portal"): shares of things that are not persons
 * ({@link #NOT_PERSONS}), medians of days (a median does not add up along a row, and one over
 * few values tells of those few), plain counts (nothing splits them into met and not met; the
 * portal's own tables publish counts), and indicators with no data yet.
 */
@Component
class PublishedIndicators implements PublishableTables {

  /** The prefix of the kinds' codes, so that they never clash with the portal's own kinds. */
  static final String PREFIX = "INDICATOR_";

  /** Shares of persons, or of their events (searches, referrals), by block and position. */
  static final List<String> PERSON_SHARES = List.of("PLANS_CARRIED_OUT", "EMPLOYED_AT_START",
      "EMPLOYED_AT_END", "ASKED_FOR_HELP", "DECLARED_WANTED", "FOUND",
      "REPEAT_CRIMINAL_OFFENCES", "ADMINISTRATIVE_OFFENCES", "SUCCESS_DAY_180",
      "NO_OFFENCE_IN_YEAR", "TARGET_DOCUMENTS_90", "TARGET_HOUSING_90", "TARGET_WORK_90",
      "SLA_COMPLIANCE");

  /** Shares whose counts are not persons: decisions of advisory bodies, answers to a survey. */
  static final Set<String> NOT_PERSONS = Set.of("ADVISORY_DECISIONS_CARRIED_OUT",
      "PUBLIC_OPINION");

  /** Block 2's shares come from the control report, whose own figures arrive hidden. */
  private static final Map<String, Indicator> CONTROL = Map.of(
      "ASKED_FOR_HELP", Indicator.ASKED_FOR_HELP,
      "DECLARED_WANTED", Indicator.DECLARED_WANTED,
      "FOUND", Indicator.FOUND);

  static final String MET = "MET";
  static final String NOT_MET = "NOT_MET";

  private final IndicatorCatalogue catalogue;
  private final ControlIndicators control;
  private final MessageSource messages;

  PublishedIndicators(IndicatorCatalogue catalogue, ControlIndicators control,
      MessageSource messages) {
    this.catalogue = catalogue;
    this.control = control;
    this.messages = messages;
  }

  @Override
  public List<PublishableTable> tables() {
    List<PublishableTable> tables = new ArrayList<>();
    for (String code : PERSON_SHARES) {
      // "No data yet" is never offered: only an indicator with a computation is.
      if (CONTROL.containsKey(code) || catalogue.computationOf(code).isPresent()) {
        tables.add(new IndicatorTable(code));
      }
    }
    return List.copyOf(tables);
  }

  /** One indicator as a table: met and not met by part. */
  final class IndicatorTable implements PublishableTable {

    private final String indicator;
    // The catalogue is migration data: read once, when a text is first asked for.
    private volatile kz.jol.indicators.domain.Indicator entry;

    IndicatorTable(String indicator) {
      this.indicator = indicator;
    }

    /** The catalogue's code of the indicator. */
    String indicator() {
      return indicator;
    }

    @Override
    public String code() {
      return PREFIX + indicator;
    }

    @Override
    public List<String> columns() {
      return List.of(MET, NOT_MET);
    }

    @Override
    public String shareColumn() {
      return MET;
    }

    /**
     * Each part's figure computed over exactly its territory codes, as the catalogue computes
     * it for a territory (by the dates of the events, in the territory of the day that
     * matters), so that the parts add up to the whole. The reporting year of
     * {@code NO_OFFENCE_IN_YEAR} is the year of the period's last day.
     */
    @Override
    public long[][] count(List<Part> parts, LocalDate from, LocalDate to) {
      long[][] counts = new long[parts.size()][2];
      for (int r = 0; r < parts.size(); r++) {
        Part part = parts.get(r);
        Measure m = measure(part, from, to);
        if (m.unit() != Unit.SHARE || m.numerator() == null || m.denominator() == null) {
          throw new IllegalStateException(indicator + " is not a share of counts");
        }
        counts[r][0] = m.numerator();
        counts[r][1] = m.denominator() - m.numerator();
      }
      return counts;
    }

    private Measure measure(Part part, LocalDate from, LocalDate to) {
      List<String> codes = part.codes().stream().sorted().toList();
      Indicator controlled = CONTROL.get(indicator);
      if (controlled != null) {
        return control.rawShares(codes, from, to).get(controlled);
      }
      var scope = new IndicatorComputation.Scope(part.territoryCode(), codes, from, to, to,
          Locale.ENGLISH);
      IndicatorComputation computation = catalogue.computationOf(indicator).orElseThrow();
      Measure m = computation.compute(scope, Set.of(indicator)).get(indicator);
      if (m == null) {
        throw new IllegalStateException(indicator + " was not computed");
      }
      return m;
    }

    @Override
    public String name(Locale locale) {
      return entry().name().in(locale);
    }

    @Override
    public String definition(Locale locale) {
      return entry().definition().in(locale);
    }

    @Override
    public String formula() {
      return entry().formula();
    }

    @Override
    public String formulaText(Locale locale) {
      return entry().formulaText().in(locale);
    }

    @Override
    public String columnName(String column, Locale locale) {
      return messages.getMessage("indicators.published.column." + column, null, column, locale);
    }

    @Override
    public String shareName(Locale locale) {
      return messages.getMessage("indicators.published.share", null, MET, locale);
    }

    private kz.jol.indicators.domain.Indicator entry() {
      var known = entry;
      if (known == null) {
        known = catalogue.find(indicator).orElseThrow(() -> new IllegalStateException(
            indicator + " is not in the catalogue"));
        entry = known;
      }
      return known;
    }
  }
}
