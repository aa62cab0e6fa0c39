package kz.jol.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every text of the UI exists in Kazakh, Russian and English, in every bundle. */
class MessageBundlesTest {

  static final List<String> LANGUAGES = List.of("kk", "ru", "en");

  static Stream<String> bundles() throws IOException {
    List<String> names = new ArrayList<>();
    var resolver = new PathMatchingResourcePatternResolver();
    for (String pattern : List.of("classpath:messages.properties", "classpath:i18n/*.properties")) {
      for (Resource resource : resolver.getResources(pattern)) {
        String file = resource.getFilename();
        if (file != null && !file.matches(".*_[a-z]{2}\\.properties")) {
          names.add((pattern.contains("i18n") ? "i18n/" : "") + file.replace(".properties", ""));
        }
      }
    }
    return names.stream();
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void everyKeyIsTranslatedIntoEveryLanguage(String bundle) throws IOException {
    Set<String> base = load(bundle + ".properties");
    assertThat(base).as(bundle).isNotEmpty();
    for (String language : LANGUAGES) {
      Set<String> translated = load(bundle + "_" + language + ".properties");
      assertThat(translated).as("%s in %s", bundle, language).isEqualTo(base);
    }
  }

  private static Set<String> load(String path) throws IOException {
    var resource = new PathMatchingResourcePatternResolver().getResource("classpath:" + path);
    assertThat(resource.exists()).as(path + " exists").isTrue();
    var properties = new Properties();
    try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    for (String key : properties.stringPropertyNames()) {
      assertThat(properties.getProperty(key)).as("%s: %s", path, key).isNotBlank();
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }
}
