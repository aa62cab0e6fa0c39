package kz.jol.territory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvReaderTest {

  /** Input, delimiter, and the records read: "line:field|field" or "line!code" for a bad one. */
  static Stream<Arguments> inputs() {
    return Stream.of(
        arguments("a,b\nc,d\n", ',', List.of("1:a|b", "2:c|d")),
        arguments("a;b\r\nc;d", ';', List.of("1:a|b", "2:c|d")),
        arguments("a,b\rc,d\r", ',', List.of("1:a|b", "2:c|d")),
        arguments("a;b,c\n", ';', List.of("1:a|b,c")),
        arguments("\"a,b\",c\n", ',', List.of("1:a,b|c")),
        arguments("\"say \"\"hi\"\"\",x\n", ',', List.of("1:say \"hi\"|x")),
        arguments("\"two\r\nlines\",x\nnext,y\n", ',', List.of("1:two\nlines|x", "3:next|y")),
        arguments("\"q\"  ,x\n", ',', List.of("1:q|x")),
        arguments("a,,\n", ',', List.of("1:a||")),
        arguments("\n\na\n", ',', List.of("1:", "2:", "3:a")),
        arguments("in\"side,x\n", ',', List.of("1:in\"side|x")),
        arguments("\"open,x\nnext,y\n", ',', List.of("1!csv.unclosed-quote")),
        arguments("\"q\"junk,x\nnext,y\n", ',', List.of("1!csv.text-after-quote", "2:next|y")),
        arguments("", ',', List.of()));
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("inputs")
  void readsRecordsWithTheLineTheyStartOn(String input, char delimiter, List<String> expected)
      throws IOException {
    CsvReader reader = new CsvReader(new StringReader(input), delimiter);
    List<String> records = new ArrayList<>();
    while (true) {
      try {
        CsvReader.Row row = reader.next();
        if (row == null) {
          break;
        }
        records.add(row.line() + ":" + String.join("|", row.fields()));
      } catch (CsvReader.Malformed malformed) {
        records.add(malformed.line() + "!" + malformed.code());
      }
    }
    assertThat(records).isEqualTo(expected);
  }
}
