package kz.jol.publication;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A table as the public sees it: every value hidden by the suppression rule is {@code null},
 * never the count. Nothing in here can identify a person.
 *
 * @param id the publication, or null for a preview
 * @param version the version shown (the latest), 0 for a preview
 * @param kind the table kind's code
 * @param territoryCode the territory whose parts are the rows
 * @param territoryName its name in the reader's language
 * @param from the first day of the period
 * @param to the last day, included
 * @param title the title in the reader's language (null for a preview)
 * @param note the publisher's note, or null
 * @param minimumCell the smallest count shown
 * @param publishedOn the day (Almaty) the first version was published (null for a preview)
 * @param correctedOn the day the version shown was published, if it corrects an earlier one
 * @param columns the column codes
 * @param shareColumn the column whose share of the row total is shown, or null
 * @param rows one per part of the territory (and one for what is filed at the territory itself
 *     and at none of its parts, when there is any)
 * @param total the column totals and the grand total
 * @param kindName the kind's name in the reader's language
 * @param definition what the kind counts, in words in the reader's language
 * @param formula numerator / denominator in a technical notation for machines, or null when the
 *     kind has none
 * @param formulaText the same formula in words in the reader's language, or null when the kind
 *     has none
 * @param columnNames the columns' names in the reader's language, in the order of the codes
 * @param shareName the share column's heading, or null when there is no share
 */
public record PublishedTable(UUID id, int version, String kind, String territoryCode,
    String territoryName, LocalDate from, LocalDate to, String title, String note,
    int minimumCell, LocalDate publishedOn, LocalDate correctedOn, List<String> columns,
    String shareColumn, List<Row> rows, Row total, String kindName, String definition,
    @Schema(description = "the formula in a technical notation for machines, the same in every "
        + "language; null when the kind has none")
    String formula,
    @Schema(description = "the formula in words in the reader's language (kk, ru, en): what to "
        + "show a person; null when the kind has none")
    String formulaText,
    List<String> columnNames, String shareName) {

  /** The key of the totals row and column. */
  public static final String TOTAL = "TOTAL";

  /**
   * One row.
   *
   * @param key a territory code, or {@link #TOTAL}
   * @param name the territory's name in the reader's language ("Total" for the totals)
   * @param counts per column; null where hidden
   * @param total the row total; null where hidden
   * @param share the share column's count / the total, 0..1 to three places; null when either
   *     is hidden or the total is 0
   */
  public record Row(String key, String name, List<Long> counts, Long total, Double share) {}

  /** How many values (totals included) are hidden. */
  public long hiddenCount() {
    long n = 0;
    for (Row row : rows) {
      n += row.counts().stream().filter(c -> c == null).count() + (row.total() == null ? 1 : 0);
    }
    n += total.counts().stream().filter(c -> c == null).count() + (total.total() == null ? 1 : 0);
    return n;
  }
}
