package kz.jol.territory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.territory.Territories;
import kz.jol.territory.Territory;
import kz.jol.territory.TerritoryKind;
import kz.jol.territory.TerritoryScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The territory API on the real schema and reference data. Imports here add synthetic cities
 * under Mangystau region with codes 479xxxxxx (no real unit uses them) and never rely on the
 * tables being empty.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TerritoryApiTest {

  /** Synthetic codes 479000000 + n, unique within the test run. */
  static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(900_000));

  static final String HEADER = "code,parent_code,kind,name_kk,name_ru,name_en\n";

  static final List<String> TOP_LEVEL = List.of("100000000", "110000000", "150000000",
      "190000000", "230000000", "270000000", "310000000", "330000000", "350000000", "390000000",
      "430000000", "470000000", "550000000", "590000000", "610000000", "620000000", "630000000",
      "710000000", "750000000", "790000000");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Territories territories;
  @Autowired TerritoryScope scope;

  static RequestPostProcessor as(Role role) {
    return user(JolPrincipal.of(new Actor(UUID.randomUUID(), "t-" + role.name().toLowerCase(),
        "Test " + role, role, null, "000000000")));
  }

  static String nextCode() {
    return String.valueOf(479_000_000 + NEXT.getAndIncrement() % 1_000_000);
  }

  @Test
  void theTwentyTopLevelTerritoriesHaveTheirCodesAndThreeNames() throws Exception {
    mvc.perform(get("/api/v1/territories").with(as(Role.PROBATION_OFFICER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].code").value(hasItems(TOP_LEVEL.toArray(String[]::new))))
        .andExpect(jsonPath("$[*].kind").value(everyItem(
            is(oneOf("REGION", "CITY_OF_REPUBLICAN_SIGNIFICANCE")))))
        .andExpect(jsonPath("$[?(@.code == '350000000')].nameKk").value(hasItem("Қарағанды облысы")))
        .andExpect(jsonPath("$[?(@.code == '350000000')].nameRu")
            .value(hasItem("Карагандинская область")))
        .andExpect(jsonPath("$[?(@.code == '350000000')].nameEn").value(hasItem("Karaganda Region")))
        .andExpect(jsonPath("$[?(@.code == '620000000')].nameKk").value(hasItem("Ұлытау облысы")))
        .andExpect(jsonPath("$[?(@.code == '100000000')].nameRu").value(hasItem("область Абай")))
        .andExpect(jsonPath("$[?(@.code == '790000000')].nameEn").value(hasItem("Shymkent")));

    for (String code : TOP_LEVEL) {
      Territory territory = territories.find(code).orElseThrow();
      assertThat(territory.parentCode()).as(code).isEqualTo(Territories.REPUBLIC);
      assertThat(territory.isoCode()).as(code).isEqualTo("KZ-" + code.substring(0, 2));
      assertThat(territory.kind()).as(code).isEqualTo(code.startsWith("7")
          ? TerritoryKind.CITY_OF_REPUBLICAN_SIGNIFICANCE : TerritoryKind.REGION);
      assertThat(List.of(territory.nameKk(), territory.nameRu(), territory.nameEn()))
          .as(code).allSatisfy(name -> assertThat(name).isNotBlank());
    }
    assertThat(territories.regions()).extracting(Territory::code).containsAll(TOP_LEVEL);
  }

  @Test
  void theRegionsListLeavesOutOtherTerritoriesHungUnderTheRepublic() {
    // 979xxxxxx: outside every region; other tests' fixtures also use 9xxxxxxxx, so skip a taken one.
    String stray;
    do {
      stray = "9" + nextCode().substring(1);
    } while (territories.find(stray).isPresent());
    jdbc.sql("""
            insert into territory (code, parent_code, kind, name_kk, name_ru, name_en)
            values (:code, '000000000', 'DISTRICT', 'Аудан', 'Район', 'District')""")
        .param("code", stray).update();

    assertThat(territories.children(Territories.REPUBLIC)).extracting(Territory::code)
        .contains(stray);
    assertThat(territories.regions()).extracting(Territory::code).doesNotContain(stray);
  }

  @Test
  void namesComeInTheCallersLanguageWithKazakhByDefault() throws Exception {
    mvc.perform(get("/api/v1/territories/620000000").with(as(Role.ANALYST))
            .header("Accept-Language", "ru"))
        .andExpect(jsonPath("$.name").value("область Ұлытау"))
        .andExpect(jsonPath("$.kindName").value("Область"));
    mvc.perform(get("/api/v1/territories/620000000").with(as(Role.ANALYST))
            .header("Accept-Language", "en"))
        .andExpect(jsonPath("$.name").value("Ulytau Region"))
        .andExpect(jsonPath("$.kindName").value("Region"));
    mvc.perform(get("/api/v1/territories/620000000").with(as(Role.ANALYST)))
        .andExpect(jsonPath("$.name").value("Ұлытау облысы"))
        .andExpect(jsonPath("$.kindName").value("Облыс"));
  }

  @Test
  void karagandaRegionHasItsSixCitiesAndSevenDistricts() throws Exception {
    List<String> expected = List.of("351000000", "351600000", "352100000", "352200000",
        "352400000", "352800000", "353200000", "353600000", "354000000", "354800000",
        "355200000", "355600000", "356400000");

    assertThat(territories.children("350000000")).extracting(Territory::code)
        .containsAll(expected)
        .doesNotContain("351800000", "352000000", "352300000", "354400000", "356000000");
    mvc.perform(get("/api/v1/territories").param("parent", "350000000")
            .with(as(Role.PROBATION_HEAD)).header("Accept-Language", "ru"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.code == '354000000')].name").value(hasItem("Бухар-Жырауский район")))
        .andExpect(jsonPath("$[?(@.code == '354000000')].nameKk").value(hasItem("Бұқар жырау ауданы")))
        .andExpect(jsonPath("$[?(@.code == '352400000')].kind")
            .value(hasItem("CITY_OF_REGIONAL_SIGNIFICANCE")))
        .andExpect(jsonPath("$[?(@.code == '355600000')].kind").value(hasItem("DISTRICT")));
  }

  @Test
  void theRepublicanCitiesHaveTheirDistricts() {
    assertThat(territories.children("710000000")).extracting(Territory::code).containsAll(List.of(
        "711110000", "711210000", "711310000", "711410000", "711510000", "711610000"));
    assertThat(territories.children("750000000")).extracting(Territory::code).containsAll(List.of(
        "751110000", "751210000", "751310000", "751410000", "751510000", "751710000",
        "751810000", "751910000"));
    assertThat(territories.children("790000000")).extracting(Territory::code).containsAll(List.of(
        "791110000", "791310000", "791510000", "791710000", "791910000"));
    assertThat(territories.find("751310000")).get().extracting(Territory::nameKk)
        .isEqualTo("Әуезов ауданы");
  }

  @Test
  void aTerritoryShowsThePathDownFromTheRepublic() throws Exception {
    mvc.perform(get("/api/v1/territories/353200000").with(as(Role.PROSECUTOR))
            .header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Abai District"))
        .andExpect(jsonPath("$.parentCode").value("350000000"))
        .andExpect(jsonPath("$.path[*].code").value(contains("000000000", "350000000", "353200000")))
        .andExpect(jsonPath("$.path[*].name").value(contains("Republic of Kazakhstan",
            "Karaganda Region", "Abai District")));
  }

  @Test
  void aMalformedCodeIsBadInputAndAnUnknownOneIsNotFound() throws Exception {
    mvc.perform(get("/api/v1/territories/35").with(as(Role.ADMIN)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("code"))
        .andExpect(jsonPath("$.errors[0].code").value("territory.code-format"));
    mvc.perform(get("/api/v1/territories").param("parent", "x").with(as(Role.ADMIN)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("parent"));
    mvc.perform(get("/api/v1/territories/359999999").with(as(Role.ADMIN)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/territories").param("parent", "359999999").with(as(Role.ADMIN)))
        .andExpect(status().isNotFound());
  }

  @Test
  void anAdminImportsCitiesAndDistrictsAndEveryoneSeesThemAtOnce() throws Exception {
    String city = nextCode();
    String first = nextCode();
    String second = nextCode();
    // Semicolons, a byte-order mark, a quoted name with the delimiter in it.
    String csv = "\uFEFFcode;parent_code;kind;name_kk;name_ru;name_en\r\n"
        + city + ";470000000;CITY_OF_REGIONAL_SIGNIFICANCE;Сынақ қаласы;Тестовый город;Test City\r\n"
        + first + ";" + city + ";CITY_DISTRICT;\"Бірінші; аудан\";Первый район;First District\r\n"
        + second + ";" + city + ";city_district;Екінші аудан;Второй район;Second District\r\n";

    mvc.perform(multipart("/api/v1/admin/territories/import").file(csvFile(csv)).with(as(Role.ADMIN)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rows").value(3))
        .andExpect(jsonPath("$.created").value(3))
        .andExpect(jsonPath("$.renamed").value(0));

    mvc.perform(get("/api/v1/territories").param("parent", city).with(as(Role.AGENCY_WORKER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].code").value(containsInAnyOrder(first, second)))
        .andExpect(jsonPath("$[?(@.code == '" + first + "')].nameKk").value(hasItem("Бірінші; аудан")));
    assertThat(scope.codesWithin("470000000")).contains(city, first, second);
    assertThat(scope.isWithin(second, city)).isTrue();
    assertThat(territories.path(second)).extracting(Territory::code)
        .containsExactly("000000000", "470000000", city, second);
  }

  @Test
  void importingAnExistingCodeRenamesIt() throws Exception {
    String city = importCity();
    String csv = HEADER + city + ",470000000,CITY_OF_REGIONAL_SIGNIFICANCE,Жаңа атау,Новое имя,New Name\n";

    mvc.perform(multipart("/api/v1/admin/territories/import").file(csvFile(csv)).with(as(Role.ADMIN)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(0))
        .andExpect(jsonPath("$.renamed").value(1));

    assertThat(territories.find(city)).get().extracting(Territory::nameRu).isEqualTo("Новое имя");
  }

  @Test
  void aFileWithBadRowsImportsNothingAndNamesEachLine() throws Exception {
    String good = nextCode();
    String alsoGood = nextCode();
    String csv = HEADER
        + good + ",470000000,CITY_OF_REGIONAL_SIGNIFICANCE,Қала,Город,Town\n"
        + "4790,470000000,CITY_OF_REGIONAL_SIGNIFICANCE,Қала,Город,Town\n"
        + alsoGood + ",470000000,CITY_OF_REGIONAL_SIGNIFICANCE,Қала,,Town\n"
        + nextCode() + ",479999998,CITY_DISTRICT,Аудан,Район,District\n"
        + nextCode() + "," + good + ",HAMLET,Аудан,Район,District\n";

    mvc.perform(multipart("/api/v1/admin/territories/import").file(csvFile(csv))
            .with(as(Role.ADMIN)).header("Accept-Language", "ru"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("validation.failed"))
        .andExpect(jsonPath("$.errors[*].field").value(contains("line 3: code",
            "line 4: name_ru", "line 5: parent_code", "line 6: kind")))
        .andExpect(jsonPath("$.errors[*].code").value(contains("territory.import.code-format",
            "territory.import.required", "territory.import.parent-unknown",
            "territory.import.kind-unknown")))
        .andExpect(jsonPath("$.errors[0].message").value("«4790» — не код КАТО из 9 цифр."))
        .andExpect(jsonPath("$.errors[2].message")
            .value("Территории 479999998 нет ни в Jol, ни в строках выше."));

    assertThat(territories.find(good)).isEmpty();
    assertThat(jdbc.sql("select count(*) from territory where code in (:codes)")
        .param("codes", List.of(good, alsoGood)).query(Integer.class).single()).isZero();
  }

  @Test
  void aLargeFileIsImportedInOneGo() throws Exception {
    String city = nextCode();
    StringBuilder csv = new StringBuilder(HEADER)
        .append(city).append(",470000000,CITY_OF_REGIONAL_SIGNIFICANCE,Үлкен қала,Большой город,Big City\n");
    int districts = 3_000;
    for (int i = 0; i < districts; i++) {
      csv.append(nextCode()).append(',').append(city).append(",CITY_DISTRICT,\"Аудан ")
          .append(i).append(", сынақ\",Район ").append(i).append(",District ").append(i).append('\n');
    }

    mvc.perform(multipart("/api/v1/admin/territories/import").file(csvFile(csv.toString()))
            .with(as(Role.ADMIN)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(districts + 1));

    assertThat(territories.children(city)).hasSize(districts);
    assertThat(scope.codesWithin(city)).hasSize(districts + 1);
  }

  @Test
  void anImportNeedsAFile() throws Exception {
    mvc.perform(multipart("/api/v1/admin/territories/import").with(as(Role.ADMIN)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("file"))
        .andExpect(jsonPath("$.errors[0].code").value("territory.import.file-required"));
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
  void onlyAnAdminMayImport(Role role) throws Exception {
    String code = nextCode();
    String csv = HEADER + code + ",470000000,CITY_OF_REGIONAL_SIGNIFICANCE,Қала,Город,Town\n";

    mvc.perform(multipart("/api/v1/admin/territories/import").file(csvFile(csv)).with(as(role)))
        .andExpect(status().isForbidden());

    assertThat(territories.find(code)).isEmpty();
  }

  @Test
  void nobodyReadsTerritoriesWithoutSigningIn() throws Exception {
    mvc.perform(get("/api/v1/territories")).andExpect(status().isUnauthorized());
  }

  @Test
  void aTerritoryAddedBehindTheApplicationsBackIsSeenAtTheNextRead() {
    String code = nextCode();
    assertThat(scope.exists(code)).isFalse();

    jdbc.sql("""
            insert into territory (code, parent_code, kind, name_kk, name_ru, name_en)
            values (:code, '470000000', 'CITY_OF_REGIONAL_SIGNIFICANCE', 'Қала', 'Город', 'Town')""")
        .param("code", code).update();

    assertThat(scope.exists(code)).isTrue();
    assertThat(scope.isWithin(code, "470000000")).isTrue();

    jdbc.sql("update territory set active = false where code = :code").param("code", code).update();

    assertThat(scope.exists(code)).isFalse();
    assertThat(territories.children("470000000")).extracting(Territory::code).doesNotContain(code);
    assertThat(territories.find(code)).get().extracting(Territory::active).isEqualTo(false);
  }

  private String importCity() throws Exception {
    String city = nextCode();
    String csv = HEADER + city + ",470000000,CITY_OF_REGIONAL_SIGNIFICANCE,Қала,Город,Town\n";
    mvc.perform(multipart("/api/v1/admin/territories/import").file(csvFile(csv)).with(as(Role.ADMIN)))
        .andExpect(status().isOk());
    return city;
  }

  private static MockMultipartFile csvFile(String content) {
    return new MockMultipartFile("file", "territories.csv", "text/csv",
        content.getBytes(StandardCharsets.UTF_8));
  }
}
