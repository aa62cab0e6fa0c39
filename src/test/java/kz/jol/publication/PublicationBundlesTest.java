package kz.jol.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every table kind and column has its name and definition in every language, and the Kazakh
 * and Russian bundles speak no English.
 */
class PublicationBundlesTest {

  static final Pattern KAZAKH_LETTERS = Pattern.compile("[әғқңөұүһі]");

  /** The kinds and columns of the tables this module publishes (see the internal package). */
  static final List<List<String>> TABLES = List.of(
      List.of("CASES_BY_KIND", "PRE_TRIAL", "SENTENCE", "PENITENTIARY", "POST_PENITENTIARY"),
      List.of("CASES_BY_STATE", "PRE_RELEASE", "ACTIVE", "WANTED", "SUSPENDED", "CLOSED"),
      List.of("SUPERVISION_EVENTS", "VIOLATION", "WARNING", "WANTED_DECLARED", "WANTED_ENDED",
          "COURT_SUBMISSION", "HELP_REQUEST"),
      List.of("REFERRAL_OUTCOMES", "DONE_ON_TIME", "DONE_LATE", "NOT_DONE", "OPEN"));

  @ParameterizedTest
  @ValueSource(strings = {"publication", "publication_en", "publication_ru", "publication_kk"})
  void everyTableAndColumnHasItsWords(String bundle) throws IOException {
    Properties messages = load(bundle);
    for (List<String> table : TABLES) {
      String kind = table.getFirst();
      assertThat(messages.getProperty("publication.kind." + kind)).as(kind).isNotBlank();
      assertThat(messages.getProperty("publication.kind." + kind + ".definition")).isNotBlank();
      for (String column : table.subList(1, table.size())) {
        assertThat(messages.getProperty("publication.column." + kind + "." + column))
            .as(bundle + ": " + kind + "." + column).isNotBlank();
      }
    }
    assertThat(messages.getProperty("publication.share.REFERRAL_OUTCOMES")).isNotBlank();
    assertThat(messages.stringPropertyNames()).as("same keys as English")
        .containsExactlyInAnyOrderElementsOf(load("publication_en").stringPropertyNames());
  }

  @ParameterizedTest
  @ValueSource(strings = {"publication_ru", "publication_kk"})
  void theKazakhAndRussianBundlesSpeakNoEnglish(String bundle) throws IOException {
    Properties messages = load(bundle);
    for (String key : messages.stringPropertyNames()) {
      assertThat(messages.getProperty(key)).as(bundle + ": " + key)
          .containsPattern("[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]");
    }
    if (bundle.endsWith("kk")) {
      assertThat(messages.values().stream().map(String::valueOf)
          .filter(t -> KAZAKH_LETTERS.matcher(t).find()).count())
          .as("Kazakh texts use Kazakh letters").isGreaterThan(messages.size() / 2);
    }
  }

  private static Properties load(String bundle) throws IOException {
    Properties properties = new Properties();
    try (var in = PublicationBundlesTest.class.getResourceAsStream(
            "/i18n/" + bundle + ".properties");
        var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
