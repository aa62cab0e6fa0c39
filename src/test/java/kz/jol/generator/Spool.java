package kz.jol.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The rows of one table in PostgreSQL's COPY text format, spooled to a file while the generator
 * walks the cases, then streamed into the table with {@code COPY ... FROM STDIN}. Spooling lets
 * one pass over the cases feed every table while the tables are still loaded in the order
 * their foreign keys need (a COPY into a child table cannot see the rows of a parent that a
 * concurrent, uncommitted COPY is writing).
 */
final class Spool implements AutoCloseable {

  private static final int BUFFER = 1 << 20;

  final String table;
  final List<String> columns;
  private final Path file;
  private final Writer out;
  private final StringBuilder row = new StringBuilder(256);
  private int column;
  private long rows;

  Spool(Path folder, String table, List<String> columns) {
    this.table = table;
    this.columns = List.copyOf(columns);
    this.file = folder.resolve(table + ".copy");
    try {
      this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), BUFFER);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long rows() {
    return rows;
  }

  /** Appends a value to the current row: null is {@code \N}, text is escaped. */
  Spool v(Object value) {
    if (column++ > 0) {
      row.append('\t');
    }
    switch (value) {
      case null -> row.append("\\N");
      case String s -> escape(s);
      case UUID u -> row.append(u);
      case LocalDate d -> row.append(d);
      case Instant i -> row.append(i);
      case Boolean b -> row.append(b ? 't' : 'f');
      case UUID[] ids -> {
        row.append('{');
        for (int i = 0; i < ids.length; i++) {
          row.append(i == 0 ? "" : ",").append(ids[i]);
        }
        row.append('}');
      }
      default -> row.append(value);
    }
    return this;
  }

  /** Ends the current row; fails when it has not as many values as columns. */
  void end() {
    if (column != columns.size()) {
      throw new IllegalStateException(table + ": a row of " + column + " values for "
          + columns.size() + " columns");
    }
    row.append('\n');
    try {
      out.append(row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    row.setLength(0);
    column = 0;
    rows++;
  }

  private void escape(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> row.append("\\\\");
        case '\t' -> row.append("\\t");
        case '\n' -> row.append("\\n");
        case '\r' -> row.append("\\r");
        default -> row.append(c);
      }
    }
  }

  /** Streams the spooled rows into the table; answers how many PostgreSQL took. */
  long load(Connection connection) throws SQLException, IOException {
    out.flush();
    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return copy.copyIn(sql, in, BUFFER);
    }
  }

  /** The SHA-256 of the rows spooled so far, in hex. */
  String digest() {
    try {
      out.flush();
      var sha = java.security.MessageDigest.getInstance("SHA-256");
      return java.util.HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
