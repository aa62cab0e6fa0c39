package kz.jol.register.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import kz.jol.register.Iin;
import kz.jol.register.Sex;
import kz.jol.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonDetailsTest {

  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  static final Iin IIN = Iin.parse("900101300007");

  static PersonDetails details(String lastName, String phone) {
    return new PersonDetails(IIN, lastName, "Synthetica", null, "KZ",
        new Address("351010000", " Test street 1 "), null, phone, 0, MaritalStatus.SINGLE,
        Education.SECONDARY, Employment.INFORMAL, "351010000");
  }

  @Test
  void normalisesThePhoneAndTrimsText() {
    PersonDetails d = details("  Testova ", "+7 (700) 000-00-00");

    assertThat(d.phone()).isEqualTo("+77000000000");
    assertThat(d.lastName()).isEqualTo("Testova");
    assertThat(d.residence().line()).isEqualTo("Test street 1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Testova", "Тестова", "Тестқызы", "O'Testa", "Testova-Sample",
      "Ақ Тест"})
  void acceptsNamesInKazakhRussianAndLatinLetters(String name) {
    assertThatCode(() -> details(name, null).check(null, null, TODAY)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Test0va", "-Testova", "Testova!", "<b>"})
  void refusesNamesWithOtherCharacters(String name) {
    assertThatThrownBy(() -> details(name, null).check(null, null, TODAY))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.problems().getFirst().code()).isEqualTo("person.name"));
  }

  @Test
  void aStatedBirthDateOrSexMustAgreeWithTheIin() {
    PersonDetails d = details("Testova", null);

    assertThatCode(() -> d.check(LocalDate.of(1990, 1, 1), Sex.MALE, TODAY))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> d.check(LocalDate.of(1990, 1, 2), Sex.FEMALE, TODAY))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(p -> p.code())
            .containsExactly("person.birth-date-mismatch", "person.sex-mismatch"));
  }

  @Test
  void refusesAnIinWhoseBirthDateIsStillToCome() {
    // 2080-01-01, male, serial 0000: a valid number, but not of a living person
    PersonDetails d = new PersonDetails(Iin.parse("800101500009"), "Testov", "Synth", null,
        null, null, null, null, null, null, null, null, "351010000");

    assertThatThrownBy(() -> d.check(null, null, TODAY))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
            e.problems().getFirst().code()).isEqualTo("person.birth-date-future"));
  }

  @Test
  void namesTheFieldsThatChangedButNotTheirValues() {
    PersonDetails before = details("Testova", "+77000000000");
    PersonDetails after = details("Testova", "+77000000001");

    assertThat(after.changedFrom(before)).containsExactly("phone");
    assertThat(before.changedFrom(before)).isEmpty();
  }
}
