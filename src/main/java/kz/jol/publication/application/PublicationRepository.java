package kz.jol.publication.application;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.jol.shared.MarginSuppression;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The publication tables. What is read for the public ({@link #shownCells}) never carries a
 * hidden count: the database answers null for it, so the raw value does not leave this class.
 */
@Repository
class PublicationRepository {

  /** A publication's row, the latest version's words joined. */
  record Stored(UUID id, String kind, String territoryCode, LocalDate from, LocalDate to,
      String state, int version, Instant firstPublishedAt, Instant withdrawnAt,
      String titleKk, String titleRu, String titleEn, String note, int minimumCell,
      List<String> columns, String shareColumn, Instant versionPublishedAt) {}

  /** A value of the table with its totals as the public may see it: null where hidden. */
  record ShownCell(int row, int column, String rowKey, String columnKey, Long shown) {}

  /** One version in the history. */
  record Version(int version, String titleKk, String titleRu, String titleEn, String note,
      int minimumCell, Instant publishedAt, int hidden) {}

  private final JdbcClient jdbc;

  PublicationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(UUID id, String kind, String territoryCode, LocalDate from, LocalDate to,
      Instant at) {
    jdbc.sql("""
            insert into publication (id, table_kind, territory_code, period_from, period_to,
                                     state, latest_version, first_published_at)
            values (:id, :kind, :territory, :from, :to, 'PUBLISHED', 1, :at)""")
        .param("id", id).param("kind", kind).param("territory", territoryCode)
        .param("from", from).param("to", to).param("at", Timestamp.from(at)).update();
  }

  void insertVersion(UUID id, int version, PublicationTexts texts, int minimumCell,
      List<String> columns, String shareColumn, Instant at, UUID by, List<String> rowKeys,
      long[][] counts, MarginSuppression.Hidden hidden) {
    jdbc.sql("""
            insert into publication_version (publication_id, version, title_kk, title_ru,
                                             title_en, note, minimum_cell, columns, share_column,
                                             published_at, published_by)
            values (:id, :version, :kk, :ru, :en, :note, :minimum, :columns, :share, :at, :by)""")
        .param("id", id).param("version", version)
        .param("kk", texts.titleKk().strip()).param("ru", texts.titleRu().strip())
        .param("en", texts.titleEn().strip())
        .param("note", texts.note() == null || texts.note().isBlank() ? null : texts.note().strip())
        .param("minimum", minimumCell).param("columns", columns.toArray(String[]::new))
        .param("share", shareColumn).param("at", Timestamp.from(at)).param("by", by)
        .update();
    int rows = counts.length;
    int columnCount = columns.size();
    List<Object[]> values = new ArrayList<>();
    long[] columnSums = new long[columnCount];
    long grand = 0;
    for (int r = 0; r <= rows; r++) {
      long rowSum = 0;
      for (int c = 0; c <= columnCount; c++) {
        long value;
        boolean isHidden;
        if (r < rows && c < columnCount) {
          value = counts[r][c];
          rowSum += value;
          columnSums[c] += value;
          isHidden = hidden.cells()[r][c];
        } else if (r < rows) {
          value = rowSum;
          grand += rowSum;
          isHidden = hidden.rowTotals()[r];
        } else if (c < columnCount) {
          value = columnSums[c];
          isHidden = hidden.columnTotals()[c];
        } else {
          value = grand;
          isHidden = hidden.grandTotal();
        }
        values.add(new Object[] {r, c, r < rows ? rowKeys.get(r) : "TOTAL",
            c < columnCount ? columns.get(c) : "TOTAL", value, isHidden});
      }
    }
    for (Object[] v : values) {
      jdbc.sql("""
              insert into publication_cell (publication_id, version, row_position,
                                            column_position, row_key, column_key, raw_count,
                                            hidden)
              values (:id, :version, :r, :c, :rk, :ck, :raw, :hidden)""")
          .param("id", id).param("version", version).param("r", v[0]).param("c", v[1])
          .param("rk", v[2]).param("ck", v[3]).param("raw", v[4]).param("hidden", v[5])
          .update();
    }
  }

  void setLatest(UUID id, int version) {
    jdbc.sql("update publication set latest_version = :v where id = :id")
        .param("v", version).param("id", id).update();
  }

  boolean withdraw(UUID id, Instant at, UUID by) {
    return jdbc.sql("""
            update publication set state = 'WITHDRAWN', withdrawn_at = :at, withdrawn_by = :by
             where id = :id and state = 'PUBLISHED'""")
        .param("id", id).param("at", Timestamp.from(at)).param("by", by).update() == 1;
  }

  /** The publication, locked for a change. */
  Optional<Stored> lock(UUID id) {
    jdbc.sql("select id from publication where id = :id for update").param("id", id)
        .query(UUID.class).optional();
    return find(id);
  }

  Optional<Stored> find(UUID id) {
    return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(this::stored).optional();
  }

  List<Stored> all() {
    return jdbc.sql(SELECT + " order by p.first_published_at desc, p.id").query(this::stored)
        .list();
  }

  List<Stored> published() {
    return jdbc.sql(SELECT + " where p.state = 'PUBLISHED'"
            + " order by p.period_to desc, p.first_published_at desc, p.id")
        .query(this::stored).list();
  }

  List<Version> versions(UUID id) {
    return jdbc.sql("""
            select v.version, v.title_kk, v.title_ru, v.title_en, v.note, v.minimum_cell,
                   v.published_at,
                   (select count(*) from publication_cell c
                     where c.publication_id = v.publication_id and c.version = v.version
                       and c.hidden) as hidden
              from publication_version v
             where v.publication_id = :id
             order by v.version desc""")
        .param("id", id)
        .query((rs, n) -> new Version(rs.getInt("version"), rs.getString("title_kk"),
            rs.getString("title_ru"), rs.getString("title_en"), rs.getString("note"),
            rs.getInt("minimum_cell"), rs.getTimestamp("published_at").toInstant(),
            rs.getInt("hidden")))
        .list();
  }

  /** The values of a version as the public sees them: a hidden one is null. */
  List<ShownCell> shownCells(UUID id, int version) {
    return jdbc.sql("""
            select row_position, column_position, row_key, column_key,
                   case when hidden then null else raw_count end as shown
              from publication_cell
             where publication_id = :id and version = :version
             order by row_position, column_position""")
        .param("id", id).param("version", version)
        .query((rs, n) -> new ShownCell(rs.getInt("row_position"), rs.getInt("column_position"),
            rs.getString("row_key"), rs.getString("column_key"),
            (Long) rs.getObject("shown", Long.class)))
        .list();
  }

  private static final String SELECT = """
      select p.id, p.table_kind, p.territory_code, p.period_from, p.period_to, p.state,
             p.latest_version, p.first_published_at, p.withdrawn_at,
             v.title_kk, v.title_ru, v.title_en, v.note, v.minimum_cell, v.columns,
             v.share_column, v.published_at
        from publication p
        join publication_version v on v.publication_id = p.id and v.version = p.latest_version""";

  private Stored stored(ResultSet rs, int n) throws SQLException {
    Array columns = rs.getArray("columns");
    Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
    return new Stored(rs.getObject("id", UUID.class), rs.getString("table_kind"),
        rs.getString("territory_code"), rs.getObject("period_from", LocalDate.class),
        rs.getObject("period_to", LocalDate.class), rs.getString("state"),
        rs.getInt("latest_version"), rs.getTimestamp("first_published_at").toInstant(),
        withdrawn == null ? null : withdrawn.toInstant(), rs.getString("title_kk"),
        rs.getString("title_ru"), rs.getString("title_en"), rs.getString("note"),
        rs.getInt("minimum_cell"), Arrays.asList((String[]) columns.getArray()),
        rs.getString("share_column"), rs.getTimestamp("published_at").toInstant());
  }
}
