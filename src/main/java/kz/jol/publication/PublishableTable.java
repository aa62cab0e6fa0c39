package kz.jol.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A kind of table that may be published: rows are the parts of a territory (the regions of the
 * republic, the districts of a region), columns are this kind's own. A new kind (an indicator of
 * the catalogue, say) is one more Spring bean implementing this port; its texts are the messages
 * {@code publication.kind.<code>}, {@code publication.kind.<code>.definition} and
 * {@code publication.column.<code>.<column>} in kk, ru and en.
 *
 * <p>The counts must add up along a row (the row total is published) and be counts of persons,
 * or of events of persons: every one from 1 to the minimum cell is hidden.
 */
public interface PublishableTable {

  /** A stable code, stored with each publication: {@code [A-Z0-9_]+}. */
  String code();

  /** The column codes, in order. */
  List<String> columns();

  /** The column whose share of the row total is published beside it, or null for none. */
  default String shareColumn() {
    return null;
  }

  /**
   * The raw counts: for every territory code of the table, the row it adds to.
   *
   * @param rowOf each territory code within the table's territory → its row
   * @param rows the number of rows
   * @param from the first day of the period
   * @param to the last day, included
   * @return {@code rows} × {@code columns().size()} counts, none negative
   */
  long[][] count(Map<String, Integer> rowOf, int rows, LocalDate from, LocalDate to);
}
