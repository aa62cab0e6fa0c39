package kz.jol.territory;

import static kz.jol.territory.TerritoryKind.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerritoryKindTest {

  @ParameterizedTest(name = "{0} under {1}: {2}")
  @CsvSource({
    "REGION,                          REPUBLIC,                        true",
    "CITY_OF_REPUBLICAN_SIGNIFICANCE, REPUBLIC,                        true",
    "REGION,                          REGION,                          false",
    "DISTRICT,                        REGION,                          true",
    "CITY_OF_REGIONAL_SIGNIFICANCE,   REGION,                          true",
    "DISTRICT,                        REPUBLIC,                        false",
    "DISTRICT,                        CITY_OF_REPUBLICAN_SIGNIFICANCE, false",
    "DISTRICT,                        DISTRICT,                        false",
    "CITY_DISTRICT,                   CITY_OF_REPUBLICAN_SIGNIFICANCE, true",
    "CITY_DISTRICT,                   CITY_OF_REGIONAL_SIGNIFICANCE,   true",
    "CITY_DISTRICT,                   REGION,                          false",
    "CITY_DISTRICT,                   DISTRICT,                        false",
    "REPUBLIC,                        REPUBLIC,                        false",
  })
  void territoriesLieOnlyUnderTheLevelAboveThem(TerritoryKind kind, TerritoryKind parent,
      boolean allowed) {
    assertThat(kind.mayLieUnder(parent)).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0} importable: {1}")
  @CsvSource({
    "REPUBLIC, false", "REGION, false", "CITY_OF_REPUBLICAN_SIGNIFICANCE, false",
    "DISTRICT, true", "CITY_OF_REGIONAL_SIGNIFICANCE, true", "CITY_DISTRICT, true",
  })
  void onlyDistrictsAndCitiesBelowTheRegionsAreImportable(TerritoryKind kind, boolean importable) {
    assertThat(TerritoryKind.IMPORTABLE.contains(kind)).isEqualTo(importable);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "kk, Қарағанды облысы", "ru, Карагандинская область", "en, Karaganda Region",
    "ru-KZ, Карагандинская область", "de, Қарағанды облысы", "'', Қарағанды облысы",
  })
  void aTerritoryIsNamedInTheAskedLanguageAndInKazakhOtherwise(String tag, String name) {
    Territory karaganda = new Territory("350000000", "000000000", REGION, "Қарағанды облысы",
        "Карагандинская область", "Karaganda Region", "KZ-35", true);

    assertThat(karaganda.name(Locale.forLanguageTag(tag))).isEqualTo(name);
    assertThat(karaganda.name(null)).isEqualTo("Қарағанды облысы");
  }
}
