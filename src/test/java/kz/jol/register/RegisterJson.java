package kz.jol.register;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies with sensible defaults, for tests to change what they are about. Names are
 * clearly synthetic: "Testova" or "Testov" and a random made-up given name.
 */
final class RegisterJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String[] SYLLABLES = {"ka", "lo", "mi", "ru", "te", "zo", "bi", "na"};

  private RegisterJson() {}

  /** A made-up given name, unique enough to search for. */
  static String syntheticName() {
    var random = ThreadLocalRandom.current();
    StringBuilder name = new StringBuilder("Synt");
    // Six syllables: 262,144 names, so that prefix searches in a shared database stay unique.
    for (int i = 0; i < 6; i++) {
      name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return name.toString();
  }

  static Map<String, Object> person(String homeTerritory) {
    Map<String, Object> person = new LinkedHashMap<>();
    person.put("iin", IinRule.random());
    person.put("lastName", "Testova");
    person.put("firstName", syntheticName());
    person.put("middleName", "Sampleovna");
    person.put("citizenship", "KZ");
    person.put("residenceAddress", Map.of("territoryCode", homeTerritory,
        "line", "Test street 1, flat 2"));
    person.put("registrationAddress", Map.of("territoryCode", homeTerritory,
        "line", "Test street 1, flat 2"));
    person.put("phone", "+7 700 000 00 00");
    person.put("childrenUnder18", 2);
    person.put("maritalStatus", "DIVORCED");
    person.put("education", "VOCATIONAL");
    person.put("employmentBeforeConviction", "INFORMAL");
    person.put("homeTerritoryCode", homeTerritory);
    return person;
  }

  static Map<String, Object> sentenceCase(Object personId, String territory) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("personId", personId);
    c.put("kind", "SENTENCE");
    c.put("legalBasis", "CONDITIONAL_SENTENCE");
    c.put("courtName", "Test district court No. 2");
    LocalDate registered = today().minusDays(30);
    c.put("decisionDate", registered.minusDays(10).toString());
    c.put("registrationDate", registered.toString());
    c.put("plannedEndDate", registered.plusYears(2).toString());
    c.put("territoryCode", territory);
    return c;
  }

  /** Today where Jol runs (the application's clock is Asia/Almaty). */
  static LocalDate today() {
    return LocalDate.now(java.time.ZoneId.of("Asia/Almaty"));
  }

  static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(body);
    copy.put(field, value);
    return copy;
  }

  static Map<String, Object> without(Map<String, Object> body, String field) {
    Map<String, Object> copy = new LinkedHashMap<>(body);
    copy.remove(field);
    return copy;
  }

  static String json(Object body) {
    return JSON.writeValueAsString(body);
  }
}
