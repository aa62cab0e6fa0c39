package kz.jol.indicators;

import java.time.LocalDate;
import java.util.List;

/**
 * Persons on the register by territory (rows) and state of their case (columns), as of a date,
 * with small cells hidden. A hidden value is {@code null}; nothing that could identify a person
 * is in here.
 *
 * @param parentCode the territory whose parts are the rows
 * @param parentName its name in the reader's language
 * @param asOf the date the figures describe
 * @param states the column keys (case states), in order
 * @param rows one per part of the territory
 * @param columnTotals per state, or null where hidden
 * @param grandTotal all cases, or null where hidden
 * @param minimumCell the smallest count shown
 */
public record CaseloadTable(
    String parentCode, String parentName, LocalDate asOf, List<String> states, List<Row> rows,
    List<Long> columnTotals, Long grandTotal, int minimumCell) {

  /**
   * @param territoryCode the part's code
   * @param name its name in the reader's language
   * @param hasParts whether it can be opened further
   * @param counts per state, null where hidden
   * @param total the row total, null where hidden
   */
  public record Row(String territoryCode, String name, boolean hasParts, List<Long> counts,
      Long total) {}
}
