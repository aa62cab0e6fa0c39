package kz.jol.territory.domain;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records one at a time (RFC 4180): fields separated by one delimiter, optionally in
 * double quotes, a doubled quote standing for one; quoted fields may hold delimiters and line
 * breaks. Lines end in LF, CRLF or CR. Memory stays flat whatever the file's size.
 */
final class CsvReader {

  /** One record: the physical line it starts on (1-based) and its fields, as written. */
  record Row(int line, List<String> fields) {}

  /** A record that cannot be read; the reader has skipped to the next line. */
  static final class Malformed extends Exception {
    private final int line;
    private final String code;

    Malformed(int line, String code, String message) {
      super(message, null, false, false);
      this.line = line;
      this.code = code;
    }

    int line() {
      return line;
    }

    String code() {
      return code;
    }
  }

  private static final int END = -1;

  private final Reader in;
  private final char delimiter;
  private int line = 1;
  private int pushedBack = Integer.MIN_VALUE;

  CsvReader(Reader in, char delimiter) {
    this.in = in;
    this.delimiter = delimiter;
  }

  /** The physical line the reader is on: where the next record starts, or where reading failed. */
  int line() {
    return line;
  }

  /**
   * The next record, or null at the end of the input.
   *
   * @throws Malformed when a quoted field is not closed, or text follows its closing quote
   * @throws IOException when the input cannot be read (including bytes that are not UTF-8)
   */
  Row next() throws IOException, Malformed {
    int c = read();
    if (c == END) {
      return null;
    }
    int start = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    while (true) {
      if (c == '"' && field.isEmpty()) {
        readQuoted(field, start);
        c = read();
        while (c == ' ' || c == '\t') {
          c = read();
        }
        if (c != delimiter && c != '\n' && c != '\r' && c != END) {
          skipLine(c);
          throw new Malformed(start, "csv.text-after-quote",
              "a quoted field must be followed by the delimiter or the end of the line");
        }
      }
      if (c == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r' || c == END) {
        endLine(c);
        fields.add(field.toString());
        return new Row(start, List.copyOf(fields));
      } else {
        field.append((char) c);
      }
      c = read();
    }
  }

  private void readQuoted(StringBuilder field, int start) throws IOException, Malformed {
    while (true) {
      int c = read();
      if (c == END) {
        throw new Malformed(start, "csv.unclosed-quote", "a quoted field is not closed");
      }
      if (c == '"') {
        int after = read();
        if (after == '"') {
          field.append('"');
          continue;
        }
        unread(after);
        return;
      }
      if (c == '\r') {
        int after = read();
        if (after != '\n') {
          unread(after);
        }
        line++;
        field.append('\n');
        continue;
      }
      if (c == '\n') {
        line++;
      }
      field.append((char) c);
    }
  }

  private void skipLine(int c) throws IOException {
    while (c != '\n' && c != '\r' && c != END) {
      c = read();
    }
    endLine(c);
  }

  private void endLine(int c) throws IOException {
    if (c == '\r') {
      int after = read();
      if (after != '\n') {
        unread(after);
      }
    }
    if (c != END) {
      line++;
    }
  }

  private int read() throws IOException {
    if (pushedBack != Integer.MIN_VALUE) {
      int c = pushedBack;
      pushedBack = Integer.MIN_VALUE;
      return c;
    }
    return in.read();
  }

  private void unread(int c) {
    pushedBack = c;
  }
}
