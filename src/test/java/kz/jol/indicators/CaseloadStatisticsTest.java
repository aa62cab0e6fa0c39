package kz.jol.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.register.ProbationKind;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.register.domain.Address;
import kz.jol.register.domain.CaseTerms;
import kz.jol.register.domain.LegalBasis;
import kz.jol.register.domain.PersonDetails;
import kz.jol.shared.NotFoundException;
import kz.jol.support.Fixtures;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A region with two districts: seven cases in one, two in the other. The analyst sees the
 * districts' figures with the two — and whatever would give it back — hidden.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseloadStatisticsTest {

  @Autowired CaseloadStatistics statistics;
  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  String region;
  String busy;
  String quiet;

  @BeforeAll
  void aRegionWithSevenCasesInOneDistrictAndTwoInTheOther() {
    region = Fixtures.territory(jdbc);
    jdbc.sql("update territory set kind = 'REGION' where code = :c").param("c", region).update();
    busy = district(region, 1);
    quiet = district(region, 2);
    registerCases(busy, 7);
    registerCases(quiet, 2);
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void smallCountsAndWhatWouldGiveThemBackAreHidden() {
    actAs(new Actor(UUID.randomUUID(), "analyst-stat", "Analyst", Role.ANALYST, null, "000000000"));
    CaseloadTable table = statistics.byTerritory(region, Locale.ENGLISH);
    int active = table.states().indexOf("ACTIVE");
    assertThat(table.rows()).extracting(CaseloadTable.Row::territoryCode).containsExactly(busy, quiet);
    var busyRow = table.rows().get(0);
    var quietRow = table.rows().get(1);
    assertThat(quietRow.counts().get(active)).as("2 is below 5").isNull();
    assertThat(busyRow.counts().get(active)).as("7 would give the 2 back from the total").isNull();
    assertThat(busyRow.total()).as("the 7 is the whole row").isNull();
    assertThat(quietRow.total()).isNull();
    assertThat(table.columnTotals().get(active)).isEqualTo(9L);
    assertThat(table.grandTotal()).isEqualTo(9L);
    assertThat(busyRow.counts().get(table.states().indexOf("CLOSED"))).isZero();
  }

  @Test
  void anAnalystSeesNoTerritoryOutsideTheirOwn() {
    actAs(new Actor(UUID.randomUUID(), "analyst-local", "Analyst", Role.ANALYST, null, quiet));
    assertThatThrownBy(() -> statistics.byTerritory(region, Locale.ENGLISH))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void thePageShowsTheTableInTheReadersLanguageAndOnlyToAnalysts() throws Exception {
    var analyst = new Actor(UUID.randomUUID(), "analyst-page", "Analyst", Role.ANALYST, null,
        "000000000");
    mvc.perform(get("/statistics").param("parent", region).param("lang", "ru")
            .with(user(JolPrincipal.of(analyst))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Тестовый район")))
        .andExpect(content().string(Matchers.containsString("&lt;5")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("Иванова"))));
    var officer = new Actor(UUID.randomUUID(), "officer-page", "Officer", Role.PROBATION_OFFICER,
        null, busy);
    mvc.perform(get("/statistics").with(user(JolPrincipal.of(officer))))
        .andExpect(status().isForbidden());
  }

  private String district(String parent, int n) {
    String code = parent.substring(0, 7) + n + "0";
    jdbc.sql("""
            insert into territory (code, parent_code, kind, name_kk, name_ru, name_en)
            values (:code, :parent, 'DISTRICT', :kk, :ru, :en)""")
        .param("code", code).param("parent", parent)
        .param("kk", "Сынақ ауданы " + code).param("ru", "Тестовый район " + code)
        .param("en", "Test district " + code).update();
    return code;
  }

  private void registerCases(String district, int count) {
    UUID unit = Fixtures.organisation(jdbc, "PROBATION_UNIT", district);
    var officer = users.create(new UserAdministration.UserForm(
        "stat." + UUID.randomUUID().toString().substring(0, 8), "Synthetic Officer",
        Role.PROBATION_OFFICER, unit, district, true, "a-long-password", null)).user();
    actAs(new Actor(officer.id(), officer.username(), officer.fullName(), officer.role(),
        officer.organisationId(), officer.territoryCode()));
    LocalDate today = LocalDate.now();
    for (int i = 0; i < count; i++) {
      var person = persons.create(new PersonService.PersonInput(new PersonDetails(
          Fixtures.unusedIin(jdbc),
          "Иванова", "Анна", null, "KZ", new Address(district, "ул. Тестовая, 1"), null, null, 0,
          null, null, null, district), null, null));
      cases.create(new CaseService.NewCase(person.id(), ProbationKind.SENTENCE, today.minusDays(10),
          new CaseTerms(LegalBasis.CONDITIONAL_SENTENCE, null, today.minusDays(20),
              today.plusYears(1), null), district, null));
    }
    SecurityContextHolder.clearContext();
  }

  private static void actAs(Actor actor) {
    var principal = JolPrincipal.of(actor);
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
  }
}
