package kz.jol.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import kz.jol.interaction.domain.AgreementKind;
import kz.jol.interaction.domain.AgreementStatus;
import kz.jol.interaction.domain.ExternalPartyType;
import kz.jol.interaction.domain.JointEventKind;
import kz.jol.interaction.domain.PartnerDomain;
import kz.jol.interaction.domain.PartnerKind;
import kz.jol.interaction.domain.ProgrammeMeasureState;
import kz.jol.interaction.domain.ProposalFate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The registry's pages name every kind, status and fate in Kazakh, Russian and English. */
class RegistryBundlesTest {

  static final Pattern KAZAKH_LETTERS = Pattern.compile("[әғқңөұүһі]");

  @ParameterizedTest
  @ValueSource(strings = {"interaction", "interaction_en", "interaction_ru", "interaction_kk"})
  void everyKindHasALabel(String bundle) throws IOException {
    Properties messages = load(bundle);
    List<String> expected = new ArrayList<>();
    add(expected, "registry.event-kind.", JointEventKind.values());
    add(expected, "registry.agreement-kind.", AgreementKind.values());
    add(expected, "registry.agreement-status.", AgreementStatus.values());
    add(expected, "registry.party-type.", ExternalPartyType.values());
    add(expected, "registry.measure-state.", ProgrammeMeasureState.values());
    add(expected, "registry.fate.", ProposalFate.values());
    add(expected, "registry.partner-kind.", PartnerKind.values());
    add(expected, "registry.domain.", PartnerDomain.values());
    for (String key : expected) {
      assertThat(messages.getProperty(key)).as(bundle + ": " + key).isNotBlank();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"interaction_ru", "interaction_kk"})
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

  private static void add(List<String> keys, String prefix, Enum<?>[] values) {
    for (Enum<?> value : values) {
      keys.add(prefix + value.name());
    }
  }

  private static Properties load(String bundle) throws IOException {
    Properties properties = new Properties();
    try (var in = RegistryBundlesTest.class.getResourceAsStream(
            "/i18n/" + bundle + ".properties");
        var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
