package kz.jol.territory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.territory.Territories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The administrator's territory pages: browsing the tree and importing a CSV file. */
@SpringBootTest
@AutoConfigureMockMvc
class TerritoryPagesTest {

  static final String HEADER = "code,parent_code,kind,name_kk,name_ru,name_en\n";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Territories territories;

  static RequestPostProcessor as(Role role) {
    return user(JolPrincipal.of(new Actor(UUID.randomUUID(), "t-" + role.name().toLowerCase(),
        "Test " + role, role, null, "000000000")));
  }

  /** A code in Mangystau region (47) that no territory has yet; 478xxxxxx is this test's. */
  String freeCode() {
    String code;
    do {
      code = String.valueOf(478_000_000 + ThreadLocalRandom.current().nextInt(1_000_000));
    } while (territories.find(code).isPresent());
    return code;
  }

  static MockMultipartFile csv(String content) {
    return new MockMultipartFile("file", "territories.csv", "text/csv",
        content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theTreeStartsWithTheTwentyRegionsAndCitiesWithTheirCodesAndThreeNames() throws Exception {
    String page = mvc.perform(get("/admin/territories").param("lang", "en").with(as(Role.ADMIN)))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("350000000", "Қарағанды облысы", "Карагандинская область",
        "Karaganda Region", "710000000", "750000000", "790000000");
    for (var region : territories.regions()) {
      assertThat(page).contains("/admin/territories?parent=" + region.code());
    }
    assertThat(territories.regions()).hasSizeGreaterThanOrEqualTo(20);
  }

  @Test
  void clickingIntoARegionShowsItsDistricts() throws Exception {
    mvc.perform(get("/admin/territories").param("parent", "350000000").param("lang", "ru")
            .with(as(Role.ADMIN)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("353200000")))
        .andExpect(content().string(containsString("Абай ауданы")))
        .andExpect(content().string(containsString("Абайский район")))
        .andExpect(content().string(containsString("Abai District")))
        .andExpect(content().string(containsString("Территории в составе: Карагандинская область")))
        .andExpect(content().string(not(containsString("Астана"))));
  }

  @Test
  void anUnknownOrMalformedParentIsNotFound() throws Exception {
    mvc.perform(get("/admin/territories").param("parent", "12").with(as(Role.ADMIN)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/admin/territories").param("parent", "999999998").with(as(Role.ADMIN)))
        .andExpect(status().isNotFound());
  }

  @Test
  void aGoodFileIsImportedAndTheResultShown() throws Exception {
    String city = freeCode();
    String district = freeCode();
    String file = HEADER
        + city + ",470000000,CITY_OF_REGIONAL_SIGNIFICANCE,Сынақ қаласы,Тестовый город,Test Town\n"
        + district + "," + city + ",CITY_DISTRICT,Сынақ ауданы,Тестовый район,Test Ward\n";

    mvc.perform(multipart("/admin/territories/import").file(csv(file)).param("lang", "en")
            .with(as(Role.ADMIN)).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(
            containsString("Imported 2 rows: 2 created, 0 renamed, 0 unchanged.")));

    assertThat(territories.find(district)).get().extracting(t -> t.parentCode()).isEqualTo(city);
    mvc.perform(get("/admin/territories").param("parent", city).with(as(Role.ADMIN)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Test Ward")));
  }

  @Test
  void aFileWithBadLinesShowsEachProblemByLineAndImportsNothing() throws Exception {
    String good = freeCode();
    String alsoGood = freeCode();
    String file = HEADER
        + good + ",470000000,CITY_OF_REGIONAL_SIGNIFICANCE,Қала,Город,Town\n"
        + "4780,470000000,CITY_OF_REGIONAL_SIGNIFICANCE,Қала,Город,Town\n"
        + alsoGood + ",470000000,CITY_OF_REGIONAL_SIGNIFICANCE,Қала,,Town\n";

    mvc.perform(multipart("/admin/territories/import").file(csv(file)).param("lang", "ru")
            .with(as(Role.ADMIN)).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Ничего не импортировано: ошибок в файле — 2.")))
        .andExpect(content().string(containsString("строка 3, столбец code")))
        .andExpect(content().string(containsString("«4780» — не код КАТО из 9 цифр.")))
        .andExpect(content().string(containsString("строка 4, столбец name_ru")))
        .andExpect(content().string(not(containsString("Импортировано строк"))));

    assertThat(jdbc.sql("select count(*) from territory where code in (:codes)")
        .param("codes", List.of(good, alsoGood)).query(Integer.class).single()).isZero();
  }

  @Test
  void anEmptyUploadAsksForTheFile() throws Exception {
    mvc.perform(multipart("/admin/territories/import").param("lang", "en")
            .with(as(Role.ADMIN)).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Attach the CSV file")));
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
  void otherRolesMayNeitherBrowseNorImport(Role role) throws Exception {
    String code = freeCode();
    mvc.perform(get("/admin/territories").with(as(role))).andExpect(status().isForbidden());
    mvc.perform(multipart("/admin/territories/import")
            .file(csv(HEADER + code + ",470000000,DISTRICT,Аудан,Район,District\n"))
            .with(as(role)).with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(territories.find(code)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "kk, Аумақтар, Облыс, Аудандар мен қалаларды импорттау",
      "ru, Территории, Область, Импорт районов и городов",
      "en, Territories, Region, Import districts and cities"})
  void thePageRendersInEveryLanguage(String language, String title, String kind, String importTitle)
      throws Exception {
    mvc.perform(get("/admin/territories").param("lang", language).with(as(Role.ADMIN)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("lang=\"" + language + "\"")))
        .andExpect(content().string(containsString(title)))
        .andExpect(content().string(containsString("<td>" + kind + "</td>")))
        .andExpect(content().string(containsString(importTitle)));
  }
}
