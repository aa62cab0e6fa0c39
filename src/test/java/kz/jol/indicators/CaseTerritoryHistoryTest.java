package kz.jol.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.register.domain.CaseTerms;
import kz.jol.register.domain.LegalBasis;
import kz.jol.support.CaseloadFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The register overwrites a case's territory when a head transfers it; the history the
 * indicators count by (V151) keeps where it was before, from the registration day, and where it
 * is from the day of the transfer.
 */
@SpringBootTest
class CaseTerritoryHistoryTest {

  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void aTransferThroughTheRegisterStartsANewStretchOnItsDay() {
    CaseloadFixture from = new CaseloadFixture(jdbc, users, persons, cases);
    CaseloadFixture to = new CaseloadFixture(jdbc, users, persons, cases);
    LocalDate registered = LocalDate.of(2025, 1, 10);
    UUID id = from.caseRegistered(registered);
    long version = jdbc.sql("select version from probation_case where id = :id")
        .param("id", id).query(Long.class).single();

    var head = JolPrincipal.of(new Actor(UUID.randomUUID(), "head-transfer", "Head",
        Role.PROBATION_HEAD, null, "000000000"));
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(head, null, head.getAuthorities()));
    cases.update(id, new CaseService.CaseChange(version, new CaseTerms(
        LegalBasis.CONDITIONAL_SENTENCE, null, registered.minusDays(5),
        registered.plusYears(1), null), to.officer.territoryCode(), to.officer.userId()));

    LocalDate today = LocalDate.now(clock);
    List<Map<String, Object>> stretches = jdbc.sql("""
            select territory_code, from_day, to_day from indicators_case_territory
             where case_id = :id order by from_day""")
        .param("id", id).query().listOfRows();
    assertThat(stretches).hasSize(2);
    assertThat(stretches.get(0).get("territory_code")).isEqualTo(from.officer.territoryCode());
    assertThat(stretches.get(0).get("to_day")).isEqualTo(java.sql.Date.valueOf(today));
    assertThat(stretches.get(1).get("territory_code")).isEqualTo(to.officer.territoryCode());
    assertThat(stretches.get(1).get("from_day")).isEqualTo(java.sql.Date.valueOf(today));
    assertThat(stretches.get(1).get("to_day")).isNull();
  }

  @Test
  void aChangeThatKeepsTheTerritoryAddsNothing() {
    CaseloadFixture here = new CaseloadFixture(jdbc, users, persons, cases);
    UUID id = here.caseRegistered(LocalDate.of(2025, 1, 10));
    jdbc.sql("update probation_case set planned_end_date = '2027-01-01', territory_code = "
        + "territory_code where id = :id").param("id", id).update();
    assertThat(jdbc.sql("select count(*) from case_territory_history where case_id = :id")
        .param("id", id).query(Long.class).single()).isEqualTo(1L);
  }
}
