package kz.jol.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IinTest {

  @ParameterizedTest(name = "{0} is born {1}, {2}")
  @CsvSource({
      "900101300007, 1990-01-01, MALE",
      "850315401231, 1985-03-15, FEMALE",
      "050712600079, 2005-07-12, FEMALE",
      "991231100010, 1899-12-31, MALE",
      // the first pass gives 10, so the second pass decides the check digit
      "900101300811, 1990-01-01, MALE",
  })
  void readsBirthDateAndSexFromAValidNumber(String text, LocalDate birthDate, Sex sex) {
    Iin iin = Iin.parse(text);

    assertThat(iin.value()).isEqualTo(text);
    assertThat(iin.toString()).isEqualTo(text);
    assertThat(iin.birthDate()).isEqualTo(birthDate);
    assertThat(iin.sex()).isEqualTo(sex);
    assertThat(Iin.isValid(text)).isTrue();
    assertThat(Iin.valueOf(text)).isEqualTo(iin).hasSameHashCodeAs(iin);
  }

  @ParameterizedTest(name = "''{0}'' is refused with {1}")
  @CsvSource({
      "90010130000, iin.length",
      "9001013000071, iin.length",
      "'', iin.length",
      "90010130000x, iin.digits",
      "9001013 0007, iin.digits",
      "+90101300007, iin.digits",
      "900101000007, iin.century-sex",
      "900101700007, iin.century-sex",
      "901301300007, iin.birth-date",
      "900230300007, iin.birth-date",
      "900100300007, iin.birth-date",
      "900101300003, iin.checksum",
  })
  void namesWhatIsWrong(String text, String code) {
    assertThatThrownBy(() -> Iin.parse(text))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          FieldProblem problem = e.problems().getFirst();
          assertThat(problem.field()).isEqualTo("iin");
          assertThat(problem.code()).isEqualTo(code);
        });
    assertThat(Iin.isValid(text)).isFalse();
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> Iin.parse(null))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.problems().getFirst().code()).isEqualTo("iin.length"));
  }

  @Test
  void saysWhichCheckDigitWasExpected() {
    assertThatThrownBy(() -> Iin.parse("900101300003"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          FieldProblem problem = e.problems().getFirst();
          assertThat(problem.message()).isEqualTo("check digit should be 7, not 3");
          assertThat(problem.args()).containsExactly(7, 3);
        });
  }

  @Test
  void refusesElevenDigitsForWhichBothPassesGiveTen() {
    for (int last = 0; last <= 9; last++) {
      String text = "90010130080" + last;
      assertThatThrownBy(() -> Iin.parse(text))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> {
            FieldProblem problem = e.problems().getFirst();
            assertThat(problem.code()).isEqualTo("iin.checksum");
            assertThat(problem.args()[0]).isEqualTo(-1);
          });
    }
  }

  @Test
  void acceptsTheLeapDayOnlyInLeapYears() {
    assertThat(Iin.parse("000229500008").birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    assertThatThrownBy(() -> Iin.parse("000229300005"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.problems().getFirst().code()).isEqualTo("iin.birth-date"));
  }

  @Test
  void reportsOnTheFieldItIsGiven() {
    assertThatThrownBy(() -> Iin.parse("person.iin", "123"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.problems().getFirst().field()).isEqualTo("person.iin"));
  }
}
