package kz.jol.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.jol.register.domain.Education;
import kz.jol.register.domain.Employment;
import kz.jol.register.domain.LegalBasis;
import kz.jol.register.domain.MaritalStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The register speaks Kazakh, Russian and English about everything it says. */
class RegisterBundlesTest {

  static final List<String> BUNDLES = List.of("register", "register_en", "register_ru",
      "register_kk");
  static final Pattern CODE = Pattern.compile(
      "\"((?:iin|person|case|territory|register|field|access)\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)*)\"");

  @Test
  void everyBundleHasTheSameKeys() throws IOException {
    Set<String> base = load("register").stringPropertyNames();
    for (String bundle : BUNDLES) {
      assertThat(new TreeSet<>(load(bundle).stringPropertyNames()))
          .as(bundle).isEqualTo(new TreeSet<>(base));
    }
  }

  @Test
  void everyValueOfEveryEnumHasALabelInEveryLanguage() throws IOException {
    Set<String> expected = new TreeSet<>();
    labels(expected, "register.case.kind.", ProbationKind.values());
    labels(expected, "register.case.state.", CaseState.values());
    labels(expected, "register.case.outcome.", CaseOutcome.values());
    labels(expected, "register.case.legal-basis.", LegalBasis.values());
    labels(expected, "register.person.sex.", Sex.values());
    labels(expected, "register.person.education.", Education.values());
    labels(expected, "register.person.employment.", Employment.values());
    labels(expected, "register.person.marital-status.", MaritalStatus.values());
    for (String bundle : BUNDLES) {
      Properties messages = load(bundle);
      for (String key : expected) {
        assertThat(messages.getProperty(key)).as(bundle + ": " + key).isNotBlank();
      }
    }
  }

  @Test
  void everyErrorCodeTheRegisterUsesHasAMessageInEveryLanguage() throws IOException {
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java/kz/jol/register"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = CODE.matcher(Files.readString(source));
        while (m.find()) {
          codes.add(m.group(1));
        }
      }
    }
    assertThat(codes).contains("iin.checksum", "person.duplicate-iin",
        "case.transition-not-allowed", "field.required");
    for (String language : List.of("", "_en", "_ru", "_kk")) {
      Properties all = load("register" + language);
      all.putAll(loadShared("messages" + language));
      for (String code : codes) {
        assertThat(all.getProperty("error." + code))
            .as("error." + code + " in register" + language).isNotBlank();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"register", "register_en", "register_ru", "register_kk"})
  void everyMessageIsAValidMessageFormat(String bundle) throws IOException {
    Properties messages = load(bundle);
    for (String key : messages.stringPropertyNames()) {
      assertThatCode(() -> new MessageFormat(messages.getProperty(key), Locale.ROOT))
          .as(bundle + ": " + key).doesNotThrowAnyException();
    }
  }

  @Test
  void theCheckDigitMessageSaysWhichDigitOrThatNoneExists() throws IOException {
    String template = load("register").getProperty("error.iin.checksum");

    assertThat(new MessageFormat(template, Locale.ENGLISH).format(new Object[] {7, 3}))
        .isEqualTo("The check digit should be 7, not 3.");
    assertThat(new MessageFormat(template, Locale.ENGLISH).format(new Object[] {-1, 3}))
        .startsWith("No check digit is possible");
  }

  private static void labels(Set<String> keys, String prefix, Enum<?>[] values) {
    for (Enum<?> value : values) {
      keys.add(prefix + value.name());
    }
  }

  private static Properties load(String bundle) throws IOException {
    return read("/i18n/" + bundle + ".properties");
  }

  private static Properties loadShared(String bundle) throws IOException {
    return read("/" + bundle + ".properties");
  }

  private static Properties read(String resource) throws IOException {
    var properties = new Properties();
    var stream = RegisterBundlesTest.class.getResourceAsStream(resource);
    assertThat(stream).as(resource).isNotNull();
    try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
