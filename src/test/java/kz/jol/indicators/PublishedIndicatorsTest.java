package kz.jol.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.indicators.domain.Indicator;
import kz.jol.indicators.domain.Unit;
import kz.jol.publication.PublishableTable;
import kz.jol.publication.PublishedTable;
import kz.jol.publication.application.PublicationRequest;
import kz.jol.publication.application.PublicationService;
import kz.jol.publication.application.PublicationTexts;
import kz.jol.publication.domain.Attacker;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.shared.NotFoundException;
import kz.jol.support.CaseloadFixture;
import kz.jol.support.IndicatorFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Catalogue indicators published on the public portal, in 2016 (a year no other test writes
 * in), for a fresh region of three districts. Day-180 readings of cases registered on 1 February
 * 2016 (day 180: 30 July, in 2016-Q3), all closed on 31 December 2016:
 *
 * <pre>
 *            successful  not   total
 *   D1           20      10     30
 *   D2           12      12     24
 *   D3            1       3      4    ← too few: hidden, and what would give them back
 *   region       33      25     58
 * </pre>
 *
 * <p>Every case is on the register throughout 2016-Q3 and none asked for help: ASKED_FOR_HELP is
 * 0 of 30, 0 of 24 and 0 of 4.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedIndicatorsTest {

  static final LocalDate FROM = LocalDate.of(2016, 7, 1);
  static final LocalDate TO = LocalDate.of(2016, 9, 30);
  static final LocalDate REGISTERED = LocalDate.of(2016, 2, 1);
  static final LocalDate CLOSED = LocalDate.of(2016, 12, 31);
  static final String KIND = "INDICATOR_SUCCESS_DAY_180";
  static final long[][] RAW = {{20, 10}, {12, 12}, {1, 3}};
  static final PublicationTexts WORDS = new PublicationTexts(
      "180-күндегі сәтті реинтеграция, 2016-Q3", "Успешная реинтеграция на 180-й день, 2016-Q3",
      "Successful reintegration at day 180, 2016-Q3", null);

  @Autowired PublicationService publications;
  @Autowired IndicatorCatalogue catalogue;
  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  String region;
  List<CaseloadFixture> districts = new ArrayList<>();

  @BeforeAll
  void aRegionOfThreeDistricts() {
    region = IndicatorFixture.freshRegion(jdbc, '6', "Жария облысы", "Публичная область",
        "Published region");
    for (int i = 0; i < 3; i++) {
      var d = new CaseloadFixture(jdbc, users, persons, cases);
      jdbc.sql("update territory set parent_code = :r where code = :d").param("r", region)
          .param("d", d.officer.territoryCode()).update();
      districts.add(d);
    }
    // The rows come in code order: sort the districts the same way.
    districts.sort((a, b) -> a.officer.territoryCode().compareTo(b.officer.territoryCode()));
    for (int i = 0; i < 3; i++) {
      long met = RAW[i][0];
      long total = RAW[i][0] + RAW[i][1];
      IndicatorFixture.readings(jdbc, districts.get(i), REGISTERED, (int) total, (int) met,
          CLOSED);
    }
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void theSharesOfPersonsWithDataAreOfferedAndNothingElse() {
    List<String> kinds = publications.kinds();
    assertThat(kinds).contains(KIND, "INDICATOR_TARGET_WORK_90", "INDICATOR_SLA_COMPLIANCE",
        "INDICATOR_ASKED_FOR_HELP", "INDICATOR_FOUND", "INDICATOR_NO_OFFENCE_IN_YEAR",
        "CASES_BY_KIND");
    assertThat(kinds).as("a median of days, plain counts, things that are not persons, no data")
        .doesNotContain("INDICATOR_R3_MEDIAN_DAYS_TO_CLOSE", "INDICATOR_SERVICES_DELIVERED",
            "INDICATOR_PREVENTION_MEASURES", "INDICATOR_ADVISORY_DECISIONS_CARRIED_OUT",
            "INDICATOR_PUBLIC_OPINION");
    // Every share of the catalogue is decided: published, or not persons.
    for (Indicator i : catalogue.all()) {
      if (i.unit() == Unit.SHARE) {
        assertThat(PublishedIndicators.PERSON_SHARES.contains(i.code())
            || PublishedIndicators.NOT_PERSONS.contains(i.code()))
            .as(i.code() + " is decided").isTrue();
      } else {
        assertThat(PublishedIndicators.PERSON_SHARES).doesNotContain(i.code());
      }
    }
    assertThat(PublishedIndicators.PERSON_SHARES).allMatch(c -> catalogue.find(c).isPresent());
    assertThat(publications.kindNames(Locale.forLanguageTag("ru")).get(KIND))
        .isEqualTo(catalogue.find("SUCCESS_DAY_180").orElseThrow().name().ru());
  }

  @Test
  void thePublishedTableCountsWhatWasComputedByHandAndHidesTheSmallDistrict() {
    UUID id = as(admin(), () -> publications.publish(request(KIND), WORDS, null));
    assertThat(rawCounts(id)).as("frozen raw counts, totals included").isEqualTo(new long[][] {
        {20, 10, 30}, {12, 12, 24}, {1, 3, 4}, {33, 25, 58}});

    PublishedTable shown = publications.published(id, Locale.ENGLISH);
    assertThat(shown.rows()).extracting(PublishedTable.Row::key)
        .containsExactlyElementsOf(districts.stream().map(d -> d.officer.territoryCode())
            .toList());
    assertThat(shown.columns()).containsExactly("MET", "NOT_MET");
    assertThat(shown.shareColumn()).isEqualTo("MET");
    assertThat(shown.minimumCell()).isEqualTo(10);
    PublishedTable.Row small = shown.rows().get(2);
    assertThat(small.counts()).as("1 and 3 of 4").containsExactly(null, null);
    assertThat(small.total()).isNull();
    assertThat(small.share()).isNull();
    assertThat(shown.total().total()).isEqualTo(58L);
    assertThat(shown.total().counts()).containsExactly(33L, 25L);
    assertThat(shown.total().share()).isEqualTo(0.569);
    assertNothingRecoverable(shown);

    Indicator success = catalogue.find("SUCCESS_DAY_180").orElseThrow();
    assertThat(shown.kindName()).isEqualTo(success.name().en());
    assertThat(shown.definition()).isEqualTo(success.definition().en());
    assertThat(shown.formula()).as("the technical notation, for machines, as before")
        .isEqualTo(success.formula());
    assertThat(shown.formulaText()).isEqualTo(success.formulaText().en());
    assertThat(publications.published(id, Locale.forLanguageTag("ru")).formulaText())
        .isEqualTo(success.formulaText().ru());
    assertThat(shown.columnNames()).containsExactly("Counted (numerator)",
        "Not counted (rest of the denominator)");
    assertThat(publications.published(id, Locale.forLanguageTag("kk")).kindName())
        .isEqualTo(success.name().kk());
  }

  @Test
  void aControlShareIsCountedRawByPart() {
    var preview = as(admin(), () -> publications.preview(request("INDICATOR_ASKED_FOR_HELP"),
        Locale.ENGLISH)).table();
    assertThat(preview.rows().get(0).counts()).containsExactly(0L, 30L);
    assertThat(preview.rows().get(0).total()).isEqualTo(30L);
    assertThat(preview.rows().get(2).counts()).as("0 shown, 4 hidden").containsExactly(0L, null);
    assertThat(preview.total().counts()).containsExactly(0L, 58L);
    assertThat(preview.total().share()).isEqualTo(0.0);
  }

  @Test
  void thePublicReadsThePageTheCsvAndTheCatalogueInEveryLanguage() throws Exception {
    UUID id = as(admin(), () -> publications.publish(request(KIND), WORDS, null));
    Indicator success = catalogue.find("SUCCESS_DAY_180").orElseThrow();
    for (String lang : List.of("kk", "ru", "en")) {
      Locale locale = Locale.forLanguageTag(lang);
      String page = anonymous(get("/open/figures/" + id).param("lang", lang))
          .getContentAsString();
      assertThat(page).as(lang).contains(success.name().in(locale))
          .contains(html(success.definition().in(locale)))
          .contains(html(success.formulaText().in(locale)))
          .contains("&lt;10").contains("id=\"legend\"");
      // The technical notation is for machines: a person reads the formula in words.
      assertThat(page).as(lang).doesNotContain(html(success.formula())).doesNotContain("|");
      assertThat(page).contains("data-row=\"" + districts.get(2).officer.territoryCode()
          + "\"").contains("data-value=\"hidden\"").contains("data-value=\"58\"");
    }
    MockHttpServletResponse csv = anonymous(get("/open/data/" + id + ".csv")
        .param("lang", "en"));
    assertThat(csv.getStatus()).isEqualTo(200);
    byte[] bytes = csv.getContentAsByteArray();
    List<String> lines = Arrays.asList(new String(bytes, 3, bytes.length - 3,
        StandardCharsets.UTF_8).split("\r\n"));
    String small = districts.get(2).officer.territoryCode();
    assertThat(lines).anyMatch(l -> l.startsWith(small + ",")
        && l.endsWith(",MET,Counted (numerator),,hidden,10"));
    assertThat(lines).anyMatch(l -> l.startsWith("TOTAL,") && l.endsWith(",TOTAL,Total,58,shown,10"));
    assertThat(lines).noneMatch(l -> l.startsWith(small + ",") && l.contains(",shown,"));

    String json = anonymous(get("/open/data/catalogue.json").param("lang", "ru"))
        .getContentAsString();
    assertThat(json).contains(id.toString()).contains("\"kind\":\"" + KIND + "\"")
        .contains("\"kindName\":\"" + success.name().ru() + "\"");
    var dataset = JsonPath.parse(json);
    String at = "$.datasets[?(@.id == '" + id + "')]";
    assertThat(dataset.<List<String>>read(at + ".formulaText"))
        .containsExactly(success.formulaText().ru());
    assertThat(dataset.<List<String>>read(at + ".formula")).containsExactly(success.formula());
    assertThat(dataset.<List<String>>read(at + ".definition"))
        .containsExactly(success.definition().ru());
    for (String lang : List.of("kk", "ru", "en")) {
      assertThat(dataset.<List<String>>read(at + ".formulaTexts." + lang)).as(lang)
          .containsExactly(success.formulaText().in(Locale.forLanguageTag(lang)));
    }
    String open = anonymous(get("/api/v1/open/publications/" + id)
        .header("Accept-Language", "kk")).getContentAsString();
    assertThat(JsonPath.parse(open).<String>read("$.formulaText"))
        .isEqualTo(success.formulaText().kk());
    assertThat(JsonPath.parse(open).<String>read("$.formula")).isEqualTo(success.formula());
    assertThat(anonymous(get("/open").param("lang", "kk")).getContentAsString())
        .contains(id.toString());
  }

  @Test
  void theFrozenVersionStaysUntilCorrectedAndAWithdrawnOneIsGone()
      throws Exception {
    var d = new CaseloadFixture(jdbc, users, persons, cases);
    String fresh = IndicatorFixture.freshRegion(jdbc, '6', "Екінші облыс", "Вторая область",
        "Second region");
    jdbc.sql("update territory set parent_code = :r where code = :d").param("r", fresh)
        .param("d", d.officer.territoryCode()).update();
    IndicatorFixture.readings(jdbc, d, REGISTERED, 12, 11, CLOSED);
    var request = new PublicationRequest(KIND, fresh, FROM.toString(), TO.toString());
    UUID id = as(admin(), () -> publications.publish(request, WORDS, null));
    PublishedTable first = publications.published(id, Locale.ENGLISH);
    assertThat(first.rows().getFirst().total()).isEqualTo(12L);
    assertThat(first.rows().getFirst().counts()).as("the 1 not successful, and the 11 with it")
        .containsExactly(null, null);

    IndicatorFixture.readings(jdbc, d, REGISTERED, 10, 10, CLOSED);
    assertThat(publications.published(id, Locale.ENGLISH)).isEqualTo(first);
    var again = as(admin(), () -> publications.previewCorrection(id, Locale.ENGLISH)).table();
    assertThat(again.rows().getFirst().total()).as("computed now").isEqualTo(22L);
    int version = as(admin(), () -> publications.correct(id, WORDS, null));
    PublishedTable corrected = publications.published(id, Locale.ENGLISH);
    assertThat(version).isEqualTo(2);
    assertThat(corrected.rows().getFirst().counts()).as("21 of 22: 1 not successful")
        .containsExactly(null, null);
    assertThat(corrected.total().total()).isEqualTo(22L);
    assertThat(corrected.correctedOn()).isNotNull();

    as(admin(), () -> {
      publications.withdraw(id);
      return null;
    });
    assertThatThrownBy(() -> publications.published(id, Locale.ENGLISH))
        .isInstanceOf(NotFoundException.class);
    for (String address : List.of("/open/figures/" + id, "/open/data/" + id + ".csv",
        "/api/v1/open/publications/" + id, "/open/figures/" + UUID.randomUUID())) {
      assertThat(anonymous(get(address)).getStatus()).as(address).isEqualTo(404);
    }
  }

  @Test
  void theAdapterCountsEachPartOverItsOwnCodes() {
    PublishableTable table = new PublishedIndicators(catalogue, null, null).tables().stream()
        .filter(t -> t.code().equals(KIND)).findFirst().orElseThrow();
    List<PublishableTable.Part> parts = districts.stream().map(d -> new PublishableTable.Part(
        d.officer.territoryCode(), java.util.Set.of(d.officer.territoryCode()))).toList();
    assertThat(table.count(parts, FROM, TO)).isEqualTo(RAW);
    assertThat(table.count(parts, FROM.minusMonths(3), FROM.minusDays(1)))
        .as("2016-Q2: day 180 falls after it").isEqualTo(new long[][] {{0, 0}, {0, 0}, {0, 0}});
  }

  private PublicationRequest request(String kind) {
    return new PublicationRequest(kind, region, FROM.toString(), TO.toString());
  }

  /** The frozen counts of the latest version, with their totals, row by row. */
  private long[][] rawCounts(UUID id) {
    var cells = jdbc.sql("""
            select row_position, column_position, raw_count from publication_cell
             where publication_id = :id and version = 1
             order by row_position, column_position""")
        .param("id", id)
        .query((rs, n) -> new long[] {rs.getInt(1), rs.getInt(2), rs.getLong(3)}).list();
    int rows = (int) cells.stream().mapToLong(c -> c[0]).max().orElse(-1) + 1;
    long[][] counts = new long[rows][3];
    cells.forEach(c -> counts[(int) c[0]][(int) c[1]] = c[2]);
    return counts;
  }

  /** The attacker, with the true counts, tries every hidden value of the table the public sees. */
  private static void assertNothingRecoverable(PublishedTable shown) {
    int rows = shown.rows().size();
    boolean[][] cells = new boolean[rows][2];
    boolean[] rowTotals = new boolean[rows];
    boolean[] columnTotals = new boolean[2];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < 2; c++) {
        Long n = shown.rows().get(r).counts().get(c);
        cells[r][c] = n == null;
        if (n != null) {
          assertThat(n).isEqualTo(RAW[r][c]);
        }
      }
      rowTotals[r] = shown.rows().get(r).total() == null;
    }
    for (int c = 0; c < 2; c++) {
      columnTotals[c] = shown.total().counts().get(c) == null;
    }
    var attacker = new Attacker(RAW, cells, rowTotals, columnTotals,
        shown.total().total() == null);
    List<Attacker.Recovered> recovered = new ArrayList<>(attacker.peel());
    recovered.addAll(attacker.solve());
    assertThat(recovered).as("nothing hidden can be worked out").isEmpty();
    assertThat(shown.hiddenCount()).isGreaterThanOrEqualTo(3);
  }

  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("'", "&#39;");
  }

  private MockHttpServletResponse anonymous(MockHttpServletRequestBuilder request)
      throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  private static Actor admin() {
    return new Actor(UUID.randomUUID(), "publisher", "Publishing Admin", Role.ADMIN,
        UUID.randomUUID(), "000000000");
  }

  private static <T> T as(Actor actor, Supplier<T> action) {
    var principal = JolPrincipal.of(actor);
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null,
            principal.getAuthorities()));
    try {
      return action.get();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
