package kz.jol.territory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.jol.shared.FieldProblem;
import kz.jol.territory.TerritoryKind;
import kz.jol.territory.domain.TerritoryImportCheck.Accepted;
import kz.jol.territory.domain.TerritoryImportCheck.Known;
import kz.jol.territory.domain.TerritoryImportCheck.Outcome;
import kz.jol.territory.domain.TerritoryImportCheck.Refused;
import kz.jol.territory.domain.TerritoryImportCheck.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TerritoryImportCheckTest {

  static final String HEADER = "code,parent_code,kind,name_kk,name_ru,name_en\n";

  /** A small tree like Jol's: the republic, a region with a district, a republican city. */
  static final Map<String, Known> KNOWN = Stream.of(
          new Known("000000000", null, TerritoryKind.REPUBLIC, "Қазақстан", "Казахстан", "Kazakhstan"),
          new Known("350000000", "000000000", TerritoryKind.REGION, "Қарағанды облысы",
              "Карагандинская область", "Karaganda Region"),
          new Known("353200000", "350000000", TerritoryKind.DISTRICT, "Абай ауданы",
              "Абайский район", "Abai District"),
          new Known("351000000", "350000000", TerritoryKind.CITY_OF_REGIONAL_SIGNIFICANCE,
              "Қарағанды қаласы", "город Караганда", "Karaganda"),
          new Known("750000000", "000000000", TerritoryKind.CITY_OF_REPUBLICAN_SIGNIFICANCE,
              "Алматы қаласы", "город Алматы", "Almaty"))
      .collect(Collectors.toMap(Known::code, k -> k));

  /** Files that are refused, with every problem they must be refused for: "field code". */
  static Stream<Arguments> refusedFiles() {
    return Stream.of(
        arguments("code of 8 digits",
            HEADER + "35990000,350000000,DISTRICT,Ә,Д,D\n",
            List.of("line 2: code territory.import.code-format")),
        arguments("code with a letter",
            HEADER + "35990000A,350000000,DISTRICT,Ә,Д,D\n",
            List.of("line 2: code territory.import.code-format")),
        arguments("empty code and empty names",
            HEADER + ",350000000,DISTRICT,,Д,\n",
            List.of("line 2: code territory.import.required",
                "line 2: name_kk territory.import.required",
                "line 2: name_en territory.import.required")),
        arguments("blank names are empty too",
            HEADER + "359900000,350000000,DISTRICT,  ,Д,D\n",
            List.of("line 2: name_kk territory.import.required")),
        arguments("the republic itself",
            HEADER + "000000000,350000000,DISTRICT,Ә,Д,D\n",
            List.of("line 2: code territory.import.code-republic")),
        arguments("same code twice",
            HEADER + "359900000,350000000,DISTRICT,Ә,Д,D\n"
                + "359900000,350000000,DISTRICT,Ә2,Д2,D2\n",
            List.of("line 3: code territory.import.code-duplicate")),
        arguments("unknown parent",
            HEADER + "359900000,359800000,DISTRICT,Ә,Д,D\n",
            List.of("line 2: parent_code territory.import.parent-unknown")),
        arguments("parent after its child",
            HEADER + "359910000,359900000,CITY_DISTRICT,Ә,Д,D\n"
                + "359900000,350000000,CITY_OF_REGIONAL_SIGNIFICANCE,Ә,Д,D\n",
            List.of("line 2: parent_code territory.import.parent-later")),
        arguments("parent is the row itself",
            HEADER + "359900000,359900000,DISTRICT,Ә,Д,D\n",
            List.of("line 2: parent_code territory.import.parent-self")),
        arguments("malformed parent",
            HEADER + "359900000,35,DISTRICT,Ә,Д,D\n",
            List.of("line 2: parent_code territory.import.code-format")),
        arguments("district in a district",
            HEADER + "359900000,353200000,DISTRICT,Ә,Д,D\n",
            List.of("line 2: parent_code territory.import.parent-kind")),
        arguments("city district in a region",
            HEADER + "359900000,350000000,CITY_DISTRICT,Ә,Д,D\n",
            List.of("line 2: parent_code territory.import.parent-kind")),
        arguments("code outside its parent's region",
            HEADER + "759900000,350000000,DISTRICT,Ә,Д,D\n",
            List.of("line 2: code territory.import.code-region")),
        arguments("unknown kind",
            HEADER + "359900000,350000000,VILLAGE,Ә,Д,D\n",
            List.of("line 2: kind territory.import.kind-unknown")),
        arguments("regions are not importable",
            HEADER + "990000000,000000000,REGION,Ә,Д,D\n",
            List.of("line 2: kind territory.import.kind-fixed")),
        arguments("an existing territory may not move",
            HEADER + "353200000,351000000,DISTRICT,Ә,Д,D\n",
            List.of("line 2: parent_code territory.import.parent-kind",
                "line 2: parent_code territory.import.parent-changed")),
        arguments("an existing territory may not change kind",
            HEADER + "353200000,350000000,CITY_OF_REGIONAL_SIGNIFICANCE,Ә,Д,D\n",
            List.of("line 2: kind territory.import.kind-changed")),
        arguments("name too long",
            HEADER + "359900000,350000000,DISTRICT," + "ә".repeat(201) + ",Д,D\n",
            List.of("line 2: name_kk territory.import.name-too-long")),
        arguments("too few columns",
            HEADER + "359900000,350000000,DISTRICT,Ә,Д\n",
            List.of("line 2: row territory.import.columns")),
        arguments("too many columns",
            HEADER + "359900000,350000000,DISTRICT,Ә,Д,D,extra\n",
            List.of("line 2: row territory.import.columns")),
        arguments("quote not closed",
            HEADER + "359900000,350000000,DISTRICT,\"Ә,Д,D\n",
            List.of("line 2: row territory.import.unclosed-quote")),
        arguments("text after a closing quote; the next row is still checked",
            HEADER + "359900000,350000000,DISTRICT,\"Ә\"x,Д,D\n"
                + "359910000,359800000,DISTRICT,Ә,Д,D\n",
            List.of("line 2: row territory.import.text-after-quote",
                "line 3: parent_code territory.import.parent-unknown")),
        arguments("missing header",
            "359900000,350000000,DISTRICT,Ә,Д,D\n",
            List.of("line 1: header territory.import.header")),
        arguments("header with an unknown column",
            "code,parent,kind,name_kk,name_ru,name_en\n359900000,350000000,DISTRICT,Ә,Д,D\n",
            List.of("line 1: header territory.import.header")),
        arguments("header with a column twice",
            "code,code,kind,name_kk,name_ru,name_en\n",
            List.of("line 1: header territory.import.header")),
        arguments("empty file", "", List.of("file territory.import.empty")),
        arguments("header only", HEADER, List.of("file territory.import.empty")),
        arguments("header and blank lines only", HEADER + "\n \n,,,,,\n",
            List.of("file territory.import.empty")),
        arguments("every bad line is reported, good lines are not",
            HEADER
                + "359900000,350000000,DISTRICT,Ә,Д,D\n"
                + "35990001,350000000,DISTRICT,Ә,Д,D\n"
                + "359920000,350000000,TOWN,Ә,Д,D\n"
                + "359930000,350000000,DISTRICT,Ә,Д,D\n"
                + "359940000,350000000,DISTRICT,Ә,,D\n",
            List.of("line 3: code territory.import.code-format",
                "line 4: kind territory.import.kind-unknown",
                "line 6: name_ru territory.import.required")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedFiles")
  void refusesTheFileAndNamesEveryProblemByLine(String why, String csv, List<String> expected)
      throws IOException {
    Outcome outcome = check(csv);

    assertThat(outcome).as(why).isInstanceOf(Refused.class);
    assertThat(((Refused) outcome).problems())
        .extracting(p -> p.field() + " " + p.code())
        .as(why)
        .containsExactlyElementsOf(expected);
  }

  /** Files that are accepted, with the codes they create, rename and leave unchanged. */
  static Stream<Arguments> acceptedFiles() {
    return Stream.of(
        arguments("a district of a region",
            HEADER + "359900000,350000000,DISTRICT,Жаңа ауданы,Новый район,New District\n",
            List.of("359900000"), List.of(), List.of()),
        arguments("kind in any letter case, spaces around values",
            HEADER + " 359900000 , 350000000 , district , Ә , Д , D \n",
            List.of("359900000"), List.of(), List.of()),
        arguments("a city and its districts, parent first",
            HEADER
                + "359900000,350000000,CITY_OF_REGIONAL_SIGNIFICANCE,Қала,Город,City\n"
                + "359910000,359900000,CITY_DISTRICT,Бірінші,Первый,First\n"
                + "359920000,359900000,CITY_DISTRICT,Екінші,Второй,Second\n",
            List.of("359900000", "359910000", "359920000"), List.of(), List.of()),
        arguments("a district of a republican city",
            HEADER + "759900000,750000000,CITY_DISTRICT,Ә,Д,D\n",
            List.of("759900000"), List.of(), List.of()),
        arguments("semicolons",
            "code;parent_code;kind;name_kk;name_ru;name_en\n"
                + "359900000;350000000;DISTRICT;Ә;Д;D\n",
            List.of("359900000"), List.of(), List.of()),
        arguments("a byte-order mark and CRLF line ends",
            "\uFEFF" + HEADER.replace("\n", "\r\n") + "359900000,350000000,DISTRICT,Ә,Д,D\r\n",
            List.of("359900000"), List.of(), List.of()),
        arguments("columns in another order",
            "name_en,name_ru,name_kk,kind,parent_code,code\nD,Д,Ә,DISTRICT,350000000,359900000\n",
            List.of("359900000"), List.of(), List.of()),
        arguments("header in capitals",
            "CODE,Parent_Code,KIND,NAME_KK,NAME_RU,NAME_EN\n359900000,350000000,DISTRICT,Ә,Д,D\n",
            List.of("359900000"), List.of(), List.of()),
        arguments("no line break at the end, blank lines between",
            HEADER + "\n359900000,350000000,DISTRICT,Ә,Д,D\n\n359910000,350000000,DISTRICT,Ә,Д,D",
            List.of("359900000", "359910000"), List.of(), List.of()),
        arguments("an existing district renamed",
            HEADER + "353200000,350000000,DISTRICT,Абай ауданы,Абайский район,Abay District\n",
            List.of(), List.of("353200000"), List.of()),
        arguments("an existing district with the same names",
            HEADER + "353200000,350000000,DISTRICT,Абай ауданы,Абайский район,Abai District\n",
            List.of(), List.of(), List.of("353200000")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("acceptedFiles")
  void acceptsAGoodFile(String why, String csv, List<String> created, List<String> renamed,
      List<String> unchanged) throws IOException {
    Outcome outcome = check(csv);

    assertThat(outcome).as(why).isInstanceOf(Accepted.class);
    Accepted accepted = (Accepted) outcome;
    assertThat(accepted.created()).extracting(Row::code).as(why).containsExactlyElementsOf(created);
    assertThat(accepted.renamed()).extracting(Row::code).as(why).containsExactlyElementsOf(renamed);
    assertThat(accepted.unchanged()).extracting(Row::code).as(why)
        .containsExactlyElementsOf(unchanged);
  }

  @Test
  void quotedFieldsKeepCommasSemicolonsQuotesAndLineBreaks() throws IOException {
    String csv = HEADER + "359900000,350000000,DISTRICT,"
        + "\"Ақтоғай, ауданы\",\"район \"\"Новый\"\"; тест\",\"Two\nlines\"\n"
        + "359910000,350000000,DISTRICT,Ә,Д,D\n"
        + "35991000X,350000000,DISTRICT,Ә,Д,D\n";

    Outcome outcome = check(csv);

    assertThat(outcome).isInstanceOf(Refused.class);
    // The quoted line break moved the following rows one line down.
    assertThat(((Refused) outcome).problems()).extracting(FieldProblem::field)
        .containsExactly("line 5: code");
    Accepted accepted = (Accepted) check(csv.substring(0, csv.lastIndexOf("35991000X")));
    Row first = accepted.created().getFirst();
    assertThat(first.line()).isEqualTo(2);
    assertThat(first.nameKk()).isEqualTo("Ақтоғай, ауданы");
    assertThat(first.nameRu()).isEqualTo("район \"Новый\"; тест");
    assertThat(first.nameEn()).isEqualTo("Two\nlines");
    assertThat(accepted.created().get(1).line()).isEqualTo(4);
  }

  @Test
  void bytesThatAreNotUtf8AreReportedOnTheirLine() throws IOException {
    byte[] good = (HEADER + "359900000,350000000,DISTRICT,Ә,Д,D\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = "359910000,350000000,DISTRICT,\u00C0,Д,D\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] file = new byte[good.length + bad.length];
    System.arraycopy(good, 0, file, 0, good.length);
    System.arraycopy(bad, 0, file, good.length, bad.length);

    Outcome outcome = TerritoryImportCheck.check(new ByteArrayInputStream(file), KNOWN);

    assertThat(outcome).isInstanceOf(Refused.class);
    assertThat(((Refused) outcome).problems()).extracting(p -> p.field() + " " + p.code())
        .containsExactly("line 3 territory.import.encoding");
  }

  @Test
  void aFileOfTheLargestAllowedSizeIsCheckedInOnePass() throws IOException {
    StringBuilder csv = new StringBuilder(HEADER)
        .append("359900000,350000000,CITY_OF_REGIONAL_SIGNIFICANCE,Қала,Город,City\n");
    for (int i = 1; i < TerritoryImportCheck.MAX_ROWS; i++) {
      csv.append("3599").append(String.format("%05d", i)).append(",359900000,CITY_DISTRICT,")
          .append("\"Аудан ").append(i).append(", қала\",Район ").append(i)
          .append(",District ").append(i).append('\n');
    }

    Outcome outcome = check(csv.toString());

    assertThat(outcome).isInstanceOf(Accepted.class);
    assertThat(((Accepted) outcome).rows()).isEqualTo(TerritoryImportCheck.MAX_ROWS);
  }

  @Test
  void aFileWithMoreRowsThanAllowedIsRefused() throws IOException {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i <= TerritoryImportCheck.MAX_ROWS; i++) {
      csv.append("35").append(String.format("%07d", i)).append(",350000000,DISTRICT,Ә,Д,D\n");
    }

    Outcome outcome = check(csv.toString());

    assertThat(outcome).isInstanceOf(Refused.class);
    assertThat(((Refused) outcome).problems()).extracting(p -> p.field() + " " + p.code())
        .contains("file territory.import.too-many-rows");
  }

  @Test
  void aHopelessFileListsTheFirstProblemsAndCountsTheRest() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < TerritoryImportCheck.MAX_PROBLEMS + 40; i++) {
      lines.add("x,350000000,DISTRICT,Ә,Д,D");
    }

    Outcome outcome = check(HEADER + String.join("\n", lines));

    List<FieldProblem> problems = ((Refused) outcome).problems();
    assertThat(problems).hasSize(TerritoryImportCheck.MAX_PROBLEMS + 1);
    assertThat(problems.getFirst().field()).isEqualTo("line 2: code");
    assertThat(problems.getLast().code()).isEqualTo("territory.import.too-many-problems");
    assertThat(problems.getLast().args()).containsExactly(40);
  }

  @Test
  void problemsCarryTheValuesTheirMessagesName() throws IOException {
    Refused refused = (Refused) check(HEADER
        + "359900000,350000000,DISTRICT,Ә,Д,D\n"
        + "359900000,350000000,DISTRICT,Ә,Д,D\n");

    FieldProblem duplicate = refused.problems().getFirst();
    assertThat(duplicate.args()).containsExactly("359900000", 2);
    assertThat(duplicate.message()).isEqualTo("the code 359900000 is already on line 2");
  }

  private static Outcome check(String csv) throws IOException {
    return TerritoryImportCheck.check(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), KNOWN);
  }
}
