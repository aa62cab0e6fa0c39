package kz.jol.police.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.jol.police.domain.PrecinctMatching.StreetRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How addresses are read and which precinct takes them (docs/police.md, "Matching"). */
class PrecinctMatchingTest {

  static final String CITY = "351000000";
  static final UUID FIRST = UUID.randomUUID();
  static final UUID SECOND = UUID.randomUUID();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ул. Абая|абая",
      "Абая көшесі|абая",
      "АБАЯ  УЛ.|абая",
      "улица Абая|абая",
      "пр. Бухар-Жырау|бухар-жырау",
      "проспект Бухар - Жырау|бухар-жырау",
      "Бұқар жырау даңғылы|бұқар жырау",
      "мкр. Восток-5|восток-5",
      "мкр Восток - 5|восток-5",
      "Ерубаева|ерубаева",
      "ул. Ковалёва|ковалева",
      "ул.|",
  })
  void streetKeysDropTheKindOfStreetCaseAndSpacing(String street, String key) {
    assertThat(StreetAddress.key(street)).isEqualTo(key);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "г. Караганда, ул. Ерубаева, д. 12, кв. 5|ерубаева|12",
      "Қарағанды қ., Абай көшесі, 7 үй|абай|7",
      "Қарағанды қ., Абай көшесі, үй 7|абай|7",
      "ул. Абая 12-5|абая|12",
      "г. Караганда, мкр. Восток-5, д. 14, кв. 2|восток-5|14",
      "мкр. Восток-5, 14|восток-5|14",
      "г. Караганда, пр. Республики, дом 3А|республики|3",
      "г. Караганда||",
  })
  void addressLinesGiveTheirStreetAndHouse(String line, String street, Integer house) {
    assertThat(StreetAddress.parse(line)).isEqualTo(new StreetAddress(street, house));
  }

  @Test
  void aWholeStreetTakesEveryHouseOfItsTerritoryOnly() {
    var rules = List.of(rule(FIRST, "ул. Абая", null, null));
    assertThat(PrecinctMatching.match(CITY, "г. Караганда, Абая көшесі, д. 40", rules))
        .contains(FIRST);
    assertThat(PrecinctMatching.match("352400000", "г. Темиртау, ул. Абая, д. 40", rules))
        .isEmpty();
    assertThat(PrecinctMatching.match(CITY, "г. Караганда, ул. Гоголя, д. 40", rules)).isEmpty();
  }

  @Test
  void aHouseRangeSplitsAStreetAndBeatsTheWholeStreet() {
    var rules = List.of(rule(FIRST, "пр. Бухар-Жырау", 1, 50),
        rule(SECOND, "пр. Бухар-Жырау", 51, null), rule(UUID.randomUUID(), "Бухар-Жырау", null,
            null));
    assertThat(PrecinctMatching.match(CITY, "пр. Бухар-Жырау, д. 50", rules)).contains(FIRST);
    assertThat(PrecinctMatching.match(CITY, "пр. Бухар-Жырау, д. 51", rules)).contains(SECOND);
  }

  @Test
  void aRangedStreetTakesNoAddressWithoutAHouse() {
    var rules = List.of(rule(FIRST, "ул. Абая", 1, 20));
    assertThat(PrecinctMatching.match(CITY, "г. Караганда, ул. Абая", rules)).isEmpty();
  }

  @Test
  void twoPrecinctsTakingTheSameAddressLeaveItToTheUnit() {
    var rules = List.of(rule(FIRST, "ул. Абая", null, null), rule(SECOND, "Абая көшесі", null,
        null));
    assertThat(PrecinctMatching.match(CITY, "ул. Абая, д. 1", rules)).isEmpty();
  }

  private static StreetRule rule(UUID precinct, String street, Integer from, Integer to) {
    return new StreetRule(precinct, Set.of(CITY), StreetAddress.key(street), from, to);
  }
}
