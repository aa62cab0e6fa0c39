package kz.jol.routing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import kz.jol.access.JolPrincipal;
import kz.jol.access.UserAdministration;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.reintegration.DomainRiskRaised;
import kz.jol.support.CaseloadFixture;
import kz.jol.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Routing that fails half-way loses nothing and doubles nothing: the R3 announcement stays in
 * the event publication registry until routing succeeds (on restart Jol resubmits it, as this
 * test does by hand), and a sweep running meanwhile does not route the same episode twice.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoutingRecoveryTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;
  @Autowired IncompleteEventPublications incomplete;
  @Autowired AutoRouting routing;

  String blocked;

  @AfterEach
  void unblock() {
    if (blocked != null) {
      jdbc.sql("alter table routing_trigger drop constraint if exists " + blocked).update();
    }
  }

  @Test
  void anR3WhoseRoutingFailedIsRoutedOnceWhenResubmitted() throws Exception {
    CaseloadFixture caseload = new CaseloadFixture(jdbc, users, persons, cases);
    UUID crisisCentre = Fixtures.organisation(jdbc, "CRISIS_CENTRE",
        caseload.officer.territoryCode());
    UUID caseId = caseload.caseRegistered(LocalDate.now().minusDays(3));
    // The database refuses this case's routing, as a crash or an outage half-way would.
    blocked = "routing_blocked_" + caseId.toString().replace("-", "").substring(0, 12);
    jdbc.sql("alter table routing_trigger add constraint " + blocked
        + " check (case_id <> '" + caseId + "') not valid").update();

    mvc.perform(post("/api/v1/cases/{id}/assessments", caseId)
            .with(user(JolPrincipal.of(caseload.officer)))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"domain\":\"HOUSING\",\"score\":0,\"livesWithAggressor\":true}"))
        .andExpect(status().isCreated());

    await().atMost(Duration.ofSeconds(10)).until(() -> failedPublications(caseId) == 1);
    assertThat(referrals(caseId)).isZero();

    jdbc.sql("alter table routing_trigger drop constraint " + blocked).update();
    blocked = null;
    incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof DomainRiskRaised e
        && e.caseId().equals(caseId));
    await().atMost(Duration.ofSeconds(10)).until(() -> referrals(caseId) == 1);
    routing.sweep();
    incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof DomainRiskRaised e
        && e.caseId().equals(caseId));

    assertThat(referrals(caseId)).isEqualTo(1);
    assertThat(jdbc.sql("select organisation_id from referral where case_id = :id")
        .param("id", caseId).query(UUID.class).single()).isEqualTo(crisisCentre);
  }

  private int referrals(UUID caseId) {
    return jdbc.sql("select count(*) from referral where case_id = :id and domain = 'HOUSING'")
        .param("id", caseId).query(Integer.class).single();
  }

  private int failedPublications(UUID caseId) {
    return jdbc.sql("""
            select count(*) from event_publication
            where completion_date is null and serialized_event like :caseId""")
        .param("caseId", "%" + caseId + "%").query(Integer.class).single();
  }
}
