package kz.jol.police;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import kz.jol.police.domain.SocialMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The police pages name every kind of the social map in Kazakh, Russian and English. */
class PoliceBundlesTest {

  static final Pattern KAZAKH_LETTERS = Pattern.compile("[әғқңөұүһі]");

  @ParameterizedTest
  @ValueSource(strings = {"police", "police_en", "police_ru", "police_kk"})
  void everyKindHasALabel(String bundle) throws IOException {
    Properties messages = load(bundle);
    List<String> expected = new java.util.ArrayList<>();
    add(expected, "police.category.", SocialMap.PreventiveCategory.values());
    add(expected, "police.place-kind.", SocialMap.PlaceKind.values());
    add(expected, "police.partner-kind.", SocialMap.PartnerKind.values());
    add(expected, "police.measure-kind.", SocialMap.MeasureKind.values());
    add(expected, "police.mediation-kind.", SocialMap.MediationKind.values());
    add(expected, "police.outcome.", SocialMap.MediationOutcome.values());
    for (String key : expected) {
      assertThat(messages.getProperty(key)).as(bundle + ": " + key).isNotBlank();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"police_ru", "police_kk"})
  void theKazakhAndRussianBundlesSpeakNoEnglish(String bundle) throws IOException {
    Properties messages = load(bundle);
    for (String key : messages.stringPropertyNames()) {
      String text = messages.getProperty(key);
      assertThat(text).as(bundle + ": " + key).containsPattern("[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]");
    }
    if (bundle.endsWith("kk")) {
      assertThat(messages.values().stream().map(String::valueOf)
          .filter(t -> KAZAKH_LETTERS.matcher(t).find()).count())
          .as("Kazakh texts use Kazakh letters").isGreaterThan(messages.size() / 2);
    }
  }

  private static void add(List<String> keys, String prefix, Enum<?>[] values) {
    for (Enum<?> value : values) {
      keys.add(prefix + value.name());
    }
  }

  private static Properties load(String bundle) throws IOException {
    Properties properties = new Properties();
    try (var in = PoliceBundlesTest.class.getResourceAsStream("/i18n/" + bundle + ".properties");
        var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
