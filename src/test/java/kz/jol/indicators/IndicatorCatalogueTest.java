package kz.jol.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.indicators.IndicatorCatalogue.CatalogueEntry;
import kz.jol.indicators.domain.Block;
import kz.jol.indicators.domain.Indicator;
import kz.jol.indicators.domain.Texts;
import kz.jol.indicators.domain.Unit;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The catalogue holds every indicator SPEC section 7 lists, each told in kk, ru and en. */
@SpringBootTest
@AutoConfigureMockMvc
class IndicatorCatalogueTest {

  /** SPEC section 7, block by block, as catalogue codes. */
  static final List<String> SPEC_SECTION_7 = List.of(
      // 1. social-legal help
      "PLANS_CARRIED_OUT", "EMPLOYED_AT_START", "EMPLOYED_AT_END", "SERVICES_DELIVERED",
      "EDUCATION_SERVICES", "PSYCHOLOGICAL_SERVICES",
      // 2. control together with the police
      "PREVENTION_MEASURES", "ASKED_FOR_HELP", "DECLARED_WANTED", "FOUND",
      // 3. intensity of interaction
      "ADVISORY_DECISIONS", "ADVISORY_DECISIONS_CARRIED_OUT", "REGIONAL_PROGRAMMES",
      "JOINT_EVENTS", "AGREEMENTS", "PROPOSALS", "NGO_CONTACTS", "INFORMATION_EXCHANGE",
      // 4. final results
      "REPEAT_CRIMINAL_OFFENCES", "ADMINISTRATIVE_OFFENCES", "REVOCATIONS",
      "REPLACEMENTS_WITH_IMPRISONMENT", "PUBLIC_OPINION",
      // 5. reintegration KPIs (and seed 001's route KPIs)
      "SUCCESS_DAY_180", "NO_OFFENCE_IN_YEAR", "R3_MEDIAN_DAYS_TO_CLOSE", "TARGET_DOCUMENTS_90",
      "TARGET_HOUSING_90", "TARGET_WORK_90", "SLA_COMPLIANCE");

  @Autowired IndicatorCatalogue catalogue;
  @Autowired List<IndicatorComputation> computations;
  @Autowired MockMvc mvc;

  @Test
  void everyIndicatorOfTheSpecIsInTheCatalogue() {
    assertThat(catalogue.all()).extracting(Indicator::code)
        .containsExactlyInAnyOrderElementsOf(SPEC_SECTION_7);
    for (Block b : Block.values()) {
      assertThat(catalogue.all()).as(b.name()).anyMatch(i -> i.block() == b);
    }
  }

  @Test
  void everyIndicatorHasANameAndADefinitionInEveryLanguage() {
    for (Indicator i : catalogue.all()) {
      assertThat(i.name().complete()).as(i.code() + " name").isTrue();
      assertThat(i.definition().complete()).as(i.code() + " definition").isTrue();
      assertThat(i.formula()).as(i.code() + " formula").isNotBlank();
      assertThat(i.source()).as(i.code() + " source").isNotBlank();
      // Kazakh has letters of its own, Russian is Cyrillic: neither is English left untranslated
      assertThat(i.name().kk() + i.definition().kk()).as(i.code() + " kk")
          .containsPattern("[әғқңөұүһі]");
      assertThat(i.definition().ru()).as(i.code() + " ru").containsPattern("[а-яё]{4}");
      assertThat(i.definition().ru()).doesNotContainPattern("\\b(the|of|and)\\b");
    }
  }

  /** The technical notation a reader of kk or ru must never meet: any Latin letter. */
  static final Pattern LATIN = Pattern.compile("[A-Za-z]");
  /** An upper-case Latin token, as field names and codes are: {@code HELP_REQUEST}, {@code DONE}. */
  static final Pattern UPPER_CASE_LATIN_TOKEN = Pattern.compile("[A-Z][A-Z0-9_]*");
  /** A field name in English text: {@code done_at}, {@code HELP_REQUEST}, {@code ECONOMIC}. */
  static final Pattern FIELD_NAME = Pattern.compile("\\w*_\\w*|\\b[A-Z]{4,}\\b");

  @Test
  void everyIndicatorHasItsFormulaInWordsInEveryLanguage() {
    for (Indicator i : catalogue.all()) {
      Texts words = i.formulaText();
      assertThat(words.complete()).as(i.code() + " formula in words").isTrue();
      assertThat(words.kk()).as(i.code() + " kk: Kazakh letters").containsPattern("[әғқңөұүһі]");
      assertThat(words.kk()).as(i.code() + " kk: an upper-case Latin token")
          .doesNotContainPattern(UPPER_CASE_LATIN_TOKEN);
      assertThat(words.kk()).as(i.code() + " kk: Latin letters").doesNotContainPattern(LATIN);
      assertThat(words.ru()).as(i.code() + " ru: Cyrillic words").containsPattern("[а-яё]{4}");
      assertThat(words.ru()).as(i.code() + " ru: an upper-case Latin token")
          .doesNotContainPattern(UPPER_CASE_LATIN_TOKEN);
      assertThat(words.ru()).as(i.code() + " ru: Latin letters").doesNotContainPattern(LATIN);
      assertThat(words.ru()).as(i.code() + " ru: Kazakh letters in the Russian text")
          .doesNotContainPattern("[әғқңөұүһі]");
      assertThat(words.en()).as(i.code() + " en: English words").containsPattern("[a-z]{4}");
      assertThat(words.en()).as(i.code() + " en: a field name")
          .doesNotContainPattern(FIELD_NAME);
      for (String text : List.of(words.kk(), words.ru(), words.en())) {
        assertThat(text).as(i.code() + " in words, not symbols").doesNotContain("|", "<=", "=");
        // A share is told as numerator / denominator, a count or a median as one phrase.
        assertThat(text.split(" / ", -1)).as(i.code() + ": " + text)
            .hasSize(i.unit() == Unit.SHARE ? 2 : 1);
      }
      assertThat(words.kk()).as(i.code()).isNotEqualTo(words.ru());
      // The technical notation stays, for machines.
      assertThat(i.formula()).as(i.code() + " formula").isNotBlank()
          .isNotIn(words.kk(), words.ru(), words.en());
    }
  }

  @Test
  void theChecksOfTheWordsRejectTheTechnicalNotation() {
    // Each technical formula would fail the kk/ru checks above, so they can fail.
    for (Indicator i : catalogue.all()) {
      assertThat(i.formula()).as(i.code()).containsPattern(LATIN);
    }
    assertThat(catalogue.find("ASKED_FOR_HELP").orElseThrow().formula())
        .containsPattern(UPPER_CASE_LATIN_TOKEN).containsPattern(FIELD_NAME);
    assertThat(catalogue.find("SLA_COMPLIANCE").orElseThrow().formula())
        .containsPattern(FIELD_NAME);
  }

  @Test
  void everyComputationComputesIndicatorsOfTheCatalogueAndNoCodeTwice() {
    List<String> codes = catalogue.all().stream().map(Indicator::code).toList();
    for (IndicatorComputation c : computations) {
      assertThat(codes).as(c.getClass().getSimpleName()).containsAll(c.codes());
    }
    assertThat(catalogue.claims().values()).allMatch(n -> n == 1);
  }

  @Test
  void surveysAreNoDataYetWhileTheKpisAndTheInteractionRegistryAreComputed() {
    List<CatalogueEntry> entries = catalogue.entries(Locale.ENGLISH);
    assertThat(entries).filteredOn(e -> e.block() == Block.REINTEGRATION_KPI)
        .allMatch(CatalogueEntry::available);
    assertThat(entries).filteredOn(e -> e.block() == Block.INTERACTION)
        .allMatch(CatalogueEntry::available);
    assertThat(entries).filteredOn(e -> e.code().equals("JOINT_EVENTS")).singleElement()
        .satisfies(e -> assertThat(e.source()).startsWith("interaction"));
    assertThat(entries).filteredOn(e -> e.code().equals("PUBLIC_OPINION")).singleElement()
        .satisfies(e -> assertThat(e.available()).isFalse());
  }

  @Test
  void theApiAnswersInTheReadersLanguage() throws Exception {
    mvc.perform(get("/api/v1/indicators/catalogue").header("Accept-Language", "kk")
            .with(user(JolPrincipal.of(reader(Role.AGENCY_HEAD)))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.code == 'SUCCESS_DAY_180')].name")
            .value("180-күндегі сәтті реинтеграция"))
        .andExpect(jsonPath("$[?(@.code == 'PUBLIC_OPINION')].available").value(false));
  }

  @Test
  void theApiKeepsTheTechnicalFormulaAndAddsTheFormulaInTheReadersWords() throws Exception {
    mvc.perform(get("/api/v1/indicators/catalogue").header("Accept-Language", "ru")
            .with(user(JolPrincipal.of(reader(Role.ANALYST)))))
        .andExpect(status().isOk())
        // as before V156, for machines: the technical notation, whatever the language
        .andExpect(jsonPath("$[?(@.code == 'ASKED_FOR_HELP')].formula")
            .value("|cases with HELP_REQUEST in period| / |cases on register in period|"))
        .andExpect(jsonPath("$[?(@.code == 'ASKED_FOR_HELP')].formulaText")
            .value("Число лиц, обратившихся за помощью в периоде / число лиц на учёте в периоде"))
        // every field the API had before is still there
        .andExpect(jsonPath("$[?(@.code == 'ASKED_FOR_HELP')].name")
            .value("Обратившиеся за помощью"))
        .andExpect(jsonPath("$[?(@.code == 'ASKED_FOR_HELP')].definition").isNotEmpty())
        .andExpect(jsonPath("$[?(@.code == 'ASKED_FOR_HELP')].block")
            .value("CONTROL_WITH_POLICE"))
        .andExpect(jsonPath("$[?(@.code == 'ASKED_FOR_HELP')].unit").value("SHARE"))
        .andExpect(jsonPath("$[?(@.code == 'ASKED_FOR_HELP')].direction")
            .value("HIGHER_IS_BETTER"))
        .andExpect(jsonPath("$[?(@.code == 'ASKED_FOR_HELP')].source").isNotEmpty())
        .andExpect(jsonPath("$[?(@.code == 'ASKED_FOR_HELP')].available").value(true));
    mvc.perform(get("/api/v1/indicators/catalogue").header("Accept-Language", "kk")
            .with(user(JolPrincipal.of(reader(Role.ANALYST)))))
        .andExpect(jsonPath("$[?(@.code == 'ASKED_FOR_HELP')].formula")
            .value("|cases with HELP_REQUEST in period| / |cases on register in period|"))
        .andExpect(jsonPath("$[?(@.code == 'ASKED_FOR_HELP')].formulaText").value(
            "Кезеңде көмек сұрап жүгінген адамдар саны / кезеңде есепте тұрған адамдар саны"));
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.components.schemas.CatalogueEntry.properties.formula.description",
            Matchers.containsString("technical notation")))
        .andExpect(jsonPath(
            "$.components.schemas.CatalogueEntry.properties.formulaText.description",
            Matchers.containsString("reader's language")))
        .andExpect(jsonPath("$.components.schemas.PublishedTable.properties.formulaText.type")
            .value("string"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"kk", "ru", "en"})
  void thePageShowsTheFormulaInTheReadersWords(String lang) throws Exception {
    Indicator asked = catalogue.find("ASKED_FOR_HELP").orElseThrow();
    String page = mvc.perform(get("/indicators/catalogue").header("Accept-Language", lang)
            .with(user(JolPrincipal.of(reader(Role.ANALYST)))))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    Locale locale = Locale.forLanguageTag(lang);
    assertThat(page).contains(asked.formulaText().in(locale));
    for (Indicator i : catalogue.all()) {
      assertThat(page).as(i.code()).contains(html(i.formulaText().in(locale)))
          .doesNotContain(html(i.formula()));
    }
    if (!lang.equals("en")) {
      assertThat(page).doesNotContain(asked.formulaText().en());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"kk", "ru", "en"})
  void thePageListsEveryBlockInTheReadersLanguage(String lang) throws Exception {
    String expected = switch (lang) {
      case "kk" -> "Көрсеткіштер каталогы";
      case "ru" -> "Каталог показателей";
      default -> "Indicator catalogue";
    };
    mvc.perform(get("/indicators/catalogue").header("Accept-Language", lang)
            .with(user(JolPrincipal.of(reader(Role.ANALYST)))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(expected)))
        .andExpect(content().string(Matchers.containsString("indicator-SLA_COMPLIANCE")));
  }

  @Test
  void anOfficerHasNoCatalogue() throws Exception {
    mvc.perform(get("/api/v1/indicators/catalogue")
            .with(user(JolPrincipal.of(reader(Role.PROBATION_OFFICER)))))
        .andExpect(status().isForbidden());
  }

  /** As Thymeleaf escapes text. */
  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("'", "&#39;");
  }

  private static Actor reader(Role role) {
    return new Actor(UUID.randomUUID(), "reader-" + role, "Reader", role, null, "000000000");
  }
}
