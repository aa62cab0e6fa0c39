package kz.jol.supervision.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.UserAdministration;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.supervision.DutyKind;
import kz.jol.supervision.SupervisionFixture;
import kz.jol.supervision.SupervisionSummaries;
import kz.jol.supervision.SupervisionSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What supervision gives other modules: the summaries the police side reads (duties in force
 * without health detail, wanted since, last contact; audited), and the reporting view
 * {@code supervision_event_facts} for the indicators (no personal data, no free text).
 */
@SpringBootTest
@AutoConfigureMockMvc
class SupervisionFeedTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;
  @Autowired SupervisionSummaries summaries;
  @Autowired Clock clock;

  SupervisionFixture f;
  LocalDate today;
  UUID caseId;

  @BeforeEach
  void aCase() {
    today = LocalDate.now(clock);
    f = new SupervisionFixture(jdbc, users, persons, cases);
    caseId = f.caseRegistered(today.minusDays(40));
  }

  private String post(Actor actor, String path, String json) throws Exception {
    return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
            .post(path, caseId).with(user(JolPrincipal.of(actor)))
            .contentType(MediaType.APPLICATION_JSON).content(json))
        .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
  }

  private String event(String json) throws Exception {
    return post(f.officer, "/api/v1/cases/{id}/supervision/events", json);
  }

  @Test
  void thePoliceSideReadsDutiesWantedSinceAndLastContact() throws Exception {
    post(f.officer, "/api/v1/cases/{id}/supervision/duties", """
        {"kind": "NOT_LEAVE_TERRITORY", "detail": "Караганда", "imposedOn": "%s"}"""
        .formatted(today.minusDays(40)));
    post(f.officer, "/api/v1/cases/{id}/supervision/duties", """
        {"kind": "UNDERGO_TREATMENT", "detail": "синтетическое", "imposedOn": "%s"}"""
        .formatted(today.minusDays(40)));
    String ended = JsonPath.read(post(f.officer, "/api/v1/cases/{id}/supervision/duties", """
        {"kind": "WORK_OR_STUDY", "imposedOn": "%s"}""".formatted(today.minusDays(40))), "$.id");
    post(f.officer, "/api/v1/cases/{id}/supervision/duties/" + ended + "/end", """
        {"endedOn": "%s"}""".formatted(today.minusDays(1)));
    event("""
        {"kind": "CHECK_IN", "day": "%s", "result": "ATTENDED"}""".formatted(today.minusDays(20)));
    event("""
        {"kind": "HOME_VISIT", "day": "%s", "result": "NOT_AT_HOME"}""".formatted(today.minusDays(3)));
    event("""
        {"kind": "WANTED_DECLARED", "day": "%s"}""".formatted(today.minusDays(2)));
    UUID unknown = UUID.randomUUID();
    int audits = audits();

    Map<UUID, SupervisionSummary> read = summaries.of(List.of(caseId, unknown));

    assertThat(read).containsOnlyKeys(caseId);
    SupervisionSummary s = read.get(caseId);
    assertThat(s.wantedSince()).isEqualTo(today.minusDays(2));
    assertThat(s.lastContact()).isEqualTo(today.minusDays(20));
    assertThat(s.duties()).extracting(SupervisionSummary.Duty::kind)
        .containsExactlyInAnyOrder(DutyKind.NOT_LEAVE_TERRITORY, DutyKind.UNDERGO_TREATMENT);
    assertThat(s.duties()).filteredOn(d -> d.kind() == DutyKind.UNDERGO_TREATMENT)
        .singleElement().extracting(SupervisionSummary.Duty::detail).isNull();
    assertThat(audits()).isEqualTo(audits + 1);
  }

  private int audits() {
    return jdbc.sql("select count(*) from audit_event where record_id = :id")
        .param("id", caseId).query(Integer.class).single();
  }

  @Test
  void theReportingViewCountsHelpRequestsWantedAndFoundByTerritoryWithoutPersonalData()
      throws Exception {
    event("""
        {"kind": "HELP_REQUEST", "day": "%s", "helpTopic": "EMPLOYMENT",
         "note": "синтетическая заметка"}""".formatted(today.minusDays(10)));
    event("""
        {"kind": "WANTED_DECLARED", "day": "%s"}""".formatted(today.minusDays(5)));
    event("""
        {"kind": "WANTED_ENDED", "day": "%s", "foundHow": "CAME_VOLUNTARILY"}"""
        .formatted(today.minusDays(4)));
    String submission = JsonPath.read(event("""
        {"kind": "COURT_SUBMISSION", "day": "%s", "submissionKind": "ADD_DUTIES"}"""
        .formatted(today.minusDays(3))), "$.id");
    event("""
        {"kind": "COURT_DECISION", "day": "%s", "decision": "REFUSED", "submissionId": "%s"}"""
        .formatted(today.minusDays(1), submission));

    List<Map<String, Object>> facts = jdbc.sql("""
            select * from supervision_event_facts where case_id = :id order by day""")
        .param("id", caseId).query().listOfRows();
    assertThat(facts).extracting(r -> r.get("event_kind")).containsExactly("HELP_REQUEST",
        "WANTED_DECLARED", "WANTED_ENDED", "COURT_SUBMISSION", "COURT_DECISION");
    assertThat(facts).allSatisfy(r -> {
      assertThat(r.get("territory_code")).isEqualTo(f.officer.territoryCode());
      assertThat(r.keySet()).containsExactlyInAnyOrder("event_id", "case_id", "territory_code",
          "event_kind", "day", "found_how", "submission_kind", "court_decision", "help_topic");
    });
    assertThat(facts.get(0).get("help_topic")).isEqualTo("EMPLOYMENT");
    assertThat(facts.get(2).get("found_how")).isEqualTo("CAME_VOLUNTARILY");
    assertThat(facts.get(4).get("submission_kind")).isEqualTo("ADD_DUTIES");
    assertThat(facts.get(4).get("court_decision")).isEqualTo("REFUSED");
  }
}
