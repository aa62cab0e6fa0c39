package kz.jol.territory.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import kz.jol.shared.FieldProblem;
import kz.jol.territory.TerritoryKind;

/**
 * Checks a CSV file of territories before anything is imported, and reports every problem with
 * the line it is on. A file is imported whole or not at all.
 *
 * <p>The file is UTF-8 (a byte-order mark is allowed), comma- or semicolon-separated (whichever
 * the header uses), with a header naming the columns {@code code, parent_code, kind, name_kk,
 * name_ru, name_en} in any order. Fields may be quoted; blank lines are ignored. Rules per row:
 *
 * <ul>
 *   <li>{@code code}: 9 digits, not the republic's {@code 000000000}, at most once in the file;
 *       it begins with the same two digits (the region) as its parent.
 *   <li>{@code parent_code}: 9 digits, a territory that exists in Jol or is on an earlier line of
 *       the file, and of a kind the row's kind may lie under (a district under a region, a city
 *       district under a city).
 *   <li>{@code kind}: {@code DISTRICT}, {@code CITY_OF_REGIONAL_SIGNIFICANCE} or
 *       {@code CITY_DISTRICT} (any letter case). Regions and republican cities are fixed.
 *   <li>{@code name_kk, name_ru, name_en}: not blank, at most {@value #MAX_NAME} characters.
 *   <li>A code that already exists renames that territory: its three names are replaced. Its
 *       parent and kind must be the ones it has — an import never moves a territory or changes
 *       its kind, because users' and records' scopes hang on the tree.
 * </ul>
 *
 * <p>At most {@value #MAX_ROWS} rows per file; the report lists at most {@value #MAX_PROBLEMS}
 * problems and then says that there are more.
 */
public final class TerritoryImportCheck {

  public static final int MAX_ROWS = 20_000;
  public static final int MAX_PROBLEMS = 500;
  public static final int MAX_NAME = 200;
  static final List<String> COLUMNS =
      List.of("code", "parent_code", "kind", "name_kk", "name_ru", "name_en");
  private static final String REPUBLIC = "000000000";
  private static final int HEADER_LIMIT = 8_192;

  private TerritoryImportCheck() {}

  /** A territory Jol already has, as far as the check needs to know it. */
  public record Known(String code, String parentCode, TerritoryKind kind, String nameKk,
      String nameRu, String nameEn) {}

  /** A row that passed, to be inserted ({@code existing} false) or renamed. */
  public record Row(int line, String code, String parentCode, TerritoryKind kind, String nameKk,
      String nameRu, String nameEn, boolean existing) {}

  /** What the check decided. */
  public sealed interface Outcome permits Accepted, Refused {}

  /**
   * Every row is good. {@code created} are new, in file order (parents before children);
   * {@code renamed} exist with other names; {@code unchanged} exist with the same names.
   */
  public record Accepted(List<Row> created, List<Row> renamed, List<Row> unchanged)
      implements Outcome {
    public int rows() {
      return created.size() + renamed.size() + unchanged.size();
    }
  }

  /** Some rows are bad; nothing may be imported. */
  public record Refused(List<FieldProblem> problems) implements Outcome {}

  /**
   * Checks the file against the territories Jol has.
   *
   * @param file the uploaded bytes; read once, never held whole in memory
   * @param known every territory Jol has, by code
   */
  public static Outcome check(InputStream file, Map<String, Known> known) throws IOException {
    var problems = new Problems();
    List<Cells> rows = new ArrayList<>();
    CsvReader csv = null;
    try (var reader = new BufferedReader(new StrictUtf8Reader(file), 65_536)) {
      skipByteOrderMark(reader);
      char delimiter = delimiterOf(reader);
      csv = new CsvReader(reader, delimiter);
      Map<String, Integer> header = header(csv, problems);
      if (header == null) {
        return new Refused(problems.list());
      }
      readRows(csv, header, rows, problems);
    } catch (CharacterCodingException notUtf8) {
      int line = csv == null ? 1 : csv.line();
      problems.add(new FieldProblem("line " + line, "territory.import.encoding",
          "line " + line + " is not UTF-8 text; save the file as UTF-8", line));
      return new Refused(problems.list());
    }
    if (!problems.isEmpty()) {
      // Rows that could be read are still checked, so that one pass shows every mistake.
      validate(rows, known, problems);
      return new Refused(problems.list());
    }
    if (rows.isEmpty()) {
      return new Refused(List.of(new FieldProblem("file", "territory.import.empty",
          "the file has no rows below its header")));
    }
    List<Row> accepted = validate(rows, known, problems);
    if (!problems.isEmpty()) {
      return new Refused(problems.list());
    }
    List<Row> created = new ArrayList<>();
    List<Row> renamed = new ArrayList<>();
    List<Row> unchanged = new ArrayList<>();
    for (Row row : accepted) {
      if (!row.existing()) {
        created.add(row);
      } else if (sameNames(row, known.get(row.code()))) {
        unchanged.add(row);
      } else {
        renamed.add(row);
      }
    }
    return new Accepted(List.copyOf(created), List.copyOf(renamed), List.copyOf(unchanged));
  }

  /** One data row's cells by column name, trimmed. */
  private record Cells(int line, Map<String, String> values) {
    String get(String column) {
      return values.get(column);
    }
  }

  private static void skipByteOrderMark(BufferedReader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
  }

  /** Semicolon when the header line has more semicolons than commas outside quotes, else comma. */
  private static char delimiterOf(BufferedReader reader) throws IOException {
    reader.mark(HEADER_LIMIT + 1);
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < HEADER_LIMIT; i++) {
      int c = reader.read();
      if (c == -1 || (!quoted && (c == '\n' || c == '\r'))) {
        break;
      }
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    reader.reset();
    return semicolons > commas ? ';' : ',';
  }

  private static Map<String, Integer> header(CsvReader csv, Problems problems)
      throws IOException {
    CsvReader.Row first;
    try {
      first = csv.next();
    } catch (CsvReader.Malformed malformed) {
      problems.add(headerProblem());
      return null;
    }
    if (first == null || (first.fields().size() == 1 && first.fields().getFirst().isBlank())) {
      problems.add(new FieldProblem("file", "territory.import.empty",
          "the file is empty; it needs a header and at least one row"));
      return null;
    }
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < first.fields().size(); i++) {
      String name = first.fields().get(i).trim().toLowerCase(Locale.ROOT);
      if (!COLUMNS.contains(name) || index.put(name, i) != null) {
        problems.add(headerProblem());
        return null;
      }
    }
    if (index.size() != COLUMNS.size()) {
      problems.add(headerProblem());
      return null;
    }
    return index;
  }

  private static FieldProblem headerProblem() {
    return new FieldProblem("line 1: header", "territory.import.header",
        "the first line must name the columns " + String.join(",", COLUMNS),
        String.join(",", COLUMNS));
  }

  private static void readRows(CsvReader csv, Map<String, Integer> header, List<Cells> rows,
      Problems problems) throws IOException {
    while (true) {
      CsvReader.Row row;
      try {
        row = csv.next();
      } catch (CsvReader.Malformed malformed) {
        problems.add(new FieldProblem("line " + malformed.line() + ": row",
            "territory.import." + malformed.code().substring("csv.".length()),
            malformed.getMessage()));
        continue;
      }
      if (row == null) {
        return;
      }
      if (row.fields().stream().allMatch(String::isBlank)) {
        continue;
      }
      if (rows.size() + 1 > MAX_ROWS) {
        problems.add(new FieldProblem("file", "territory.import.too-many-rows",
            "a file may hold at most " + MAX_ROWS + " rows; split it", MAX_ROWS));
        return;
      }
      if (row.fields().size() != header.size()) {
        problems.add(new FieldProblem("line " + row.line() + ": row", "territory.import.columns",
            "expected " + header.size() + " columns, found " + row.fields().size(),
            header.size(), row.fields().size()));
        continue;
      }
      Map<String, String> values = new HashMap<>();
      header.forEach((column, i) -> values.put(column, row.fields().get(i).trim()));
      rows.add(new Cells(row.line(), values));
    }
  }

  private static List<Row> validate(List<Cells> rows, Map<String, Known> known,
      Problems problems) {
    Map<String, Integer> lineOfCode = new HashMap<>();
    Map<String, TerritoryKind> kindInFile = new HashMap<>();
    for (Cells cells : rows) {
      String code = cells.get("code");
      if (isCode(code) && !lineOfCode.containsKey(code)) {
        lineOfCode.put(code, cells.line());
        kindInFile.put(code, kindOf(cells.get("kind")));
      }
    }
    List<Row> accepted = new ArrayList<>();
    for (Cells cells : rows) {
      Row row = validate(cells, known, lineOfCode, kindInFile, problems);
      if (row != null) {
        accepted.add(row);
      }
    }
    return accepted;
  }

  private static Row validate(Cells cells, Map<String, Known> known,
      Map<String, Integer> lineOfCode, Map<String, TerritoryKind> kindInFile,
      Problems problems) {
    int line = cells.line();
    int before = problems.count();
    String code = cells.get("code");
    String parent = cells.get("parent_code");
    TerritoryKind kind = kind(line, cells.get("kind"), problems);

    boolean codeOk = checkCode(line, "code", code, problems);
    if (codeOk && REPUBLIC.equals(code)) {
      problems.add(at(line, "code", "territory.import.code-republic",
          "the republic cannot be imported"));
      codeOk = false;
    }
    if (codeOk && lineOfCode.get(code) != line) {
      problems.add(at(line, "code", "territory.import.code-duplicate",
          "the code " + code + " is already on line " + lineOfCode.get(code), code,
          lineOfCode.get(code)));
    }

    TerritoryKind parentKind = null;
    boolean parentFound = false;
    if (checkCode(line, "parent_code", parent, problems)) {
      if (parent.equals(code)) {
        problems.add(at(line, "parent_code", "territory.import.parent-self",
            "a territory cannot lie within itself"));
      } else if (known.containsKey(parent)) {
        parentFound = true;
        parentKind = known.get(parent).kind();
      } else if (lineOfCode.containsKey(parent) && lineOfCode.get(parent) < line) {
        parentFound = true;
        parentKind = kindInFile.get(parent);
      } else if (lineOfCode.containsKey(parent)) {
        problems.add(at(line, "parent_code", "territory.import.parent-later",
            "the parent " + parent + " comes later, on line " + lineOfCode.get(parent)
                + "; put parents before their children", parent, lineOfCode.get(parent)));
      } else {
        problems.add(at(line, "parent_code", "territory.import.parent-unknown",
            "there is no territory " + parent + " in Jol or on an earlier line", parent));
      }
    }
    if (kind != null && parentKind != null && !kind.mayLieUnder(parentKind)) {
      problems.add(at(line, "parent_code", "territory.import.parent-kind",
          "a " + kind + " cannot lie under a " + parentKind, kind.name(), parentKind.name()));
    }
    if (codeOk && parentFound && !REPUBLIC.equals(parent)
        && !code.regionMatches(0, parent, 0, 2)) {
      problems.add(at(line, "code", "territory.import.code-region",
          "the code must begin with the region digits " + parent.substring(0, 2)
              + " of its parent " + parent, parent.substring(0, 2), parent));
    }

    Known existing = codeOk ? known.get(code) : null;
    if (existing != null) {
      if (isCode(parent) && !parent.equals(existing.parentCode())) {
        problems.add(at(line, "parent_code", "territory.import.parent-changed",
            "territory " + code + " lies under " + existing.parentCode()
                + "; an import may rename it but not move it", code, existing.parentCode()));
      }
      if (kind != null && kind != existing.kind()) {
        problems.add(at(line, "kind", "territory.import.kind-changed",
            "territory " + code + " is a " + existing.kind()
                + "; an import may rename it but not change its kind", code,
            existing.kind().name()));
      }
    }

    String nameKk = name(line, "name_kk", cells.get("name_kk"), problems);
    String nameRu = name(line, "name_ru", cells.get("name_ru"), problems);
    String nameEn = name(line, "name_en", cells.get("name_en"), problems);

    if (problems.count() > before) {
      return null;
    }
    return new Row(line, code, parent, kind, nameKk, nameRu, nameEn, existing != null);
  }

  private static TerritoryKind kind(int line, String value, Problems problems) {
    if (value.isEmpty()) {
      problems.add(at(line, "kind", "territory.import.required", "must not be empty"));
      return null;
    }
    TerritoryKind kind = kindOf(value);
    if (kind == null) {
      problems.add(at(line, "kind", "territory.import.kind-unknown",
          "'" + value + "' is not a kind; use DISTRICT, CITY_OF_REGIONAL_SIGNIFICANCE or "
              + "CITY_DISTRICT", value));
      return null;
    }
    if (!TerritoryKind.IMPORTABLE.contains(kind)) {
      problems.add(at(line, "kind", "territory.import.kind-fixed",
          "the republic, its regions and the republican cities cannot be imported",
          kind.name()));
      return null;
    }
    return kind;
  }

  private static TerritoryKind kindOf(String value) {
    try {
      return TerritoryKind.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException unknown) {
      return null;
    }
  }

  private static boolean checkCode(int line, String column, String value, Problems problems) {
    if (value.isEmpty()) {
      problems.add(at(line, column, "territory.import.required", "must not be empty"));
      return false;
    }
    if (!isCode(value)) {
      problems.add(at(line, column, "territory.import.code-format",
          "'" + value + "' is not a КАТО code of 9 digits", value));
      return false;
    }
    return true;
  }

  private static boolean isCode(String value) {
    return value != null && value.length() == 9 && value.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static String name(int line, String column, String value, Problems problems) {
    if (value.isEmpty()) {
      problems.add(at(line, column, "territory.import.required", "must not be empty"));
    } else if (value.length() > MAX_NAME) {
      problems.add(at(line, column, "territory.import.name-too-long",
          "must be at most " + MAX_NAME + " characters", MAX_NAME));
    }
    return value;
  }

  private static boolean sameNames(Row row, Known known) {
    return Objects.equals(row.nameKk(), known.nameKk())
        && Objects.equals(row.nameRu(), known.nameRu())
        && Objects.equals(row.nameEn(), known.nameEn());
  }

  private static FieldProblem at(int line, String column, String code, String message,
      Object... args) {
    return new FieldProblem("line " + line + ": " + column, code, message, args);
  }

  /** The problems found so far, capped so that a hopeless file gives a readable answer. */
  private static final class Problems {
    private final List<FieldProblem> list = new ArrayList<>();
    private int count;

    void add(FieldProblem problem) {
      count++;
      if (count <= MAX_PROBLEMS) {
        list.add(problem);
      }
    }

    int count() {
      return count;
    }

    boolean isEmpty() {
      return count == 0;
    }

    List<FieldProblem> list() {
      if (count <= MAX_PROBLEMS) {
        return List.copyOf(list);
      }
      List<FieldProblem> capped = new ArrayList<>(list);
      capped.add(new FieldProblem("file", "territory.import.too-many-problems",
          (count - MAX_PROBLEMS) + " more problems are not listed; fix these and try again",
          count - MAX_PROBLEMS));
      return List.copyOf(capped);
    }
  }
}
