package kz.jol.indicators;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.jol.indicators.domain.Block;
import kz.jol.indicators.domain.Direction;
import kz.jol.indicators.domain.Indicator;
import kz.jol.indicators.domain.Texts;
import kz.jol.indicators.domain.Unit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The indicator catalogue (table {@code indicator}) and which of its indicators can be computed:
 * those a registered {@link IndicatorComputation} names.
 */
@Service
public class IndicatorCatalogue {

  private final JdbcClient jdbc;
  private final List<IndicatorComputation> computations;

  IndicatorCatalogue(JdbcClient jdbc, List<IndicatorComputation> computations) {
    this.jdbc = jdbc;
    this.computations = List.copyOf(computations);
  }

  /** Every indicator, by block and position. */
  public List<Indicator> all() {
    return jdbc.sql("""
            select code, block, position, unit, direction, name_kk, name_ru, name_en,
                   definition_kk, definition_ru, definition_en, formula,
                   formula_kk, formula_ru, formula_en, source
              from indicator""")
        .query((rs, n) -> new Indicator(rs.getString("code"), Block.valueOf(rs.getString("block")),
            rs.getInt("position"), Unit.valueOf(rs.getString("unit")),
            Direction.valueOf(rs.getString("direction")),
            new Texts(rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en")),
            new Texts(rs.getString("definition_kk"), rs.getString("definition_ru"),
                rs.getString("definition_en")),
            rs.getString("formula"),
            new Texts(rs.getString("formula_kk"), rs.getString("formula_ru"),
                rs.getString("formula_en")),
            rs.getString("source")))
        .list().stream()
        .sorted(Comparator.comparing(Indicator::block).thenComparing(Indicator::position))
        .toList();
  }

  /** The indicator of this code. */
  public Optional<Indicator> find(String code) {
    return all().stream().filter(i -> i.code().equals(code)).findFirst();
  }

  /** The computation registered for the code, if any: whether the indicator is computable. */
  public Optional<IndicatorComputation> computationOf(String code) {
    return computations.stream().filter(c -> c.codes().contains(code)).findFirst();
  }

  /** The catalogue as the reader sees it: texts in the reader's language. */
  public List<CatalogueEntry> entries(Locale locale) {
    return all().stream().map(i -> new CatalogueEntry(i.code(), i.block(), i.name().in(locale),
        i.definition().in(locale), i.formula(), i.formulaText().in(locale), i.unit(),
        i.direction(), i.source(),
        computationOf(i.code()).isPresent())).toList();
  }

  /** Codes claimed by more than one computation: a wiring mistake the tests catch. */
  Map<String, Long> claims() {
    return computations.stream().flatMap(c -> c.codes().stream())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  /**
   * One indicator of the catalogue in the reader's language.
   *
   * @param code the indicator's code
   * @param block its block
   * @param name its name
   * @param definition what it counts, in words
   * @param formula numerator / denominator in symbols over the source's fields, for machines
   *     (unchanged since the catalogue's first version)
   * @param formulaText the same formula in words, in the reader's language: what a person reads
   * @param unit SHARE, COUNT or DAYS
   * @param direction which way is good
   * @param source the module and view its data comes from
   * @param available whether it is computed; false: "no data yet"
   */
  public record CatalogueEntry(String code, Block block, String name, String definition,
      @Schema(description = "numerator / denominator in symbols over the source's fields, for "
          + "machines; the same technical notation in every language")
      String formula,
      @Schema(description = "the same formula in words, in the reader's language (kk, ru, en): "
          + "what to show a person")
      String formulaText,
      Unit unit, Direction direction, String source, boolean available) {}
}
