package kz.jol.publication;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A kind of table that may be published: rows are the parts of a territory (the regions of the
 * republic, the districts of a region), columns are this kind's own. A new kind is one more
 * Spring bean implementing this port, or one of the kinds a {@link PublishableTables} source
 * offers (the indicator catalogue offers one per indicator). Its texts are its own when it gives
 * them ({@link #name}, {@link #definition}, {@link #columnName}, {@link #shareName}); otherwise
 * the messages {@code publication.kind.<code>}, {@code publication.kind.<code>.definition},
 * {@code publication.column.<code>.<column>} and {@code publication.share.<code>} in kk, ru and
 * en.
 *
 * <p>The counts must add up along a row (the row total is published) and be counts of persons,
 * or of events of persons: every one from 1 to the minimum cell is hidden.
 *
 * <p>An implementation gives its counts by one of the two {@code count} methods: by territory
 * code ({@link #count(Map, int, LocalDate, LocalDate)}) or by part
 * ({@link #count(List, LocalDate, LocalDate)}), for counts that are computed per territory.
 */
public interface PublishableTable {

  /** A stable code, stored with each publication: {@code [A-Z0-9_]+}, at most 64 characters. */
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
  default long[][] count(Map<String, Integer> rowOf, int rows, LocalDate from, LocalDate to) {
    throw new UnsupportedOperationException(code() + " counts by part only");
  }

  /**
   * One row of the table: a territory, and the codes that count in the row — the territory and
   * everything below it, or (for the row of what is filed at the table's territory itself) that
   * territory and the codes below it that are under none of its parts.
   *
   * @param territoryCode the row's territory
   * @param codes the territory codes whose data the row counts; no code is in two parts
   */
  record Part(String territoryCode, Set<String> codes) {

    public Part {
      codes = Set.copyOf(codes);
    }
  }

  /**
   * The raw counts, row by row. By default the counts by territory code, each code counting in
   * its part's row.
   *
   * @param parts the rows, in order
   * @param from the first day of the period
   * @param to the last day, included
   * @return {@code parts.size()} × {@code columns().size()} counts, none negative
   */
  default long[][] count(List<Part> parts, LocalDate from, LocalDate to) {
    Map<String, Integer> rowOf = new HashMap<>();
    for (int i = 0; i < parts.size(); i++) {
      for (String code : parts.get(i).codes()) {
        rowOf.put(code, i);
      }
    }
    return count(rowOf, parts.size(), from, to);
  }

  /** The kind's name in the reader's language, or null for the message. */
  default String name(Locale locale) {
    return null;
  }

  /** What the kind counts, in words in the reader's language, or null for the message. */
  default String definition(Locale locale) {
    return null;
  }

  /**
   * The formula in a technical notation (numerator / denominator in symbols), for machines, or
   * null when the kind has none. A person reads {@link #formulaText} instead.
   */
  default String formula() {
    return null;
  }

  /**
   * The formula in words in the reader's language, what the portal shows a person, or null when
   * the kind has none. A kind that gives a {@link #formula} should give this too: the portal never
   * shows the technical notation to a person.
   */
  default String formulaText(Locale locale) {
    return null;
  }

  /** A column's name in the reader's language, or null for the message. */
  default String columnName(String column, Locale locale) {
    return null;
  }

  /** The share column's heading in the reader's language, or null for the message. */
  default String shareName(Locale locale) {
    return null;
  }
}
