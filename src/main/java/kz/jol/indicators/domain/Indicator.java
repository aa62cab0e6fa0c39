package kz.jol.indicators.domain;

import java.util.Objects;

/**
 * An indicator of the catalogue: what it means and how it is counted. Whether it can be computed
 * is not part of it: that depends on a computation being registered for its code.
 *
 * @param code a stable identifier, {@code SUCCESS_DAY_180}
 * @param block the block of the evaluation it belongs to
 * @param position its place within the block
 * @param unit what its value is
 * @param direction which way is good
 * @param name its name in kk/ru/en
 * @param definition what it counts, in words, in kk/ru/en
 * @param formula numerator / denominator in symbols over the source's fields, for machines
 * @param formulaText the same formula in words, in kk/ru/en: what a person reads
 * @param source the module and reporting view its data comes from
 */
public record Indicator(String code, Block block, int position, Unit unit, Direction direction,
    Texts name, Texts definition, String formula, Texts formulaText, String source) {

  public Indicator {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(formulaText, "formulaText");
  }
}
