package kz.jol.register;

import static kz.jol.register.RegisterApi.body;
import static kz.jol.register.RegisterJson.person;
import static kz.jol.register.RegisterJson.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.Paging;
import kz.jol.register.application.PersonService;
import kz.jol.shared.ForbiddenException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** Every read and write of a person or case leaves a row in the audit trail. */
@SpringBootTest
@AutoConfigureMockMvc
class RegisterAuditTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired PersonService personService;
  @Autowired CaseService caseService;

  RegisterFixture fixture;
  RegisterApi api;
  Actor officer;

  @BeforeEach
  void setUp() {
    fixture = RegisterFixture.create(jdbc);
    api = new RegisterApi(mvc);
    officer = fixture.user(Role.PROBATION_OFFICER, fixture.districtA);
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void recordsEveryReadAndWriteOfAPersonWithoutTheValues() throws Exception {
    Map<String, Object> body = person(fixture.districtA);
    String id = RegisterApi.id(api.post(officer, "/api/v1/persons", body));
    api.get(officer, "/api/v1/persons/" + id).andExpect(status().isOk());
    api.get(officer, "/api/v1/persons", "q", (String) body.get("firstName"))
        .andExpect(jsonPath("$.total").value(1));
    api.put(officer, "/api/v1/persons/" + id,
            with(with(body, "phone", "+77015554433"), "version", 0))
        .andExpect(status().isOk());

    assertThat(trail("PERSON", id)).containsExactly(
        "CREATE " + officer.username() + " PROBATION_OFFICER registered",
        "VIEW " + officer.username() + " PROBATION_OFFICER card",
        "LIST " + officer.username() + " PROBATION_OFFICER search by name, page 0",
        "UPDATE " + officer.username() + " PROBATION_OFFICER changed: phone");
  }

  @Test
  void aRefusedWriteLeavesNoWriteRow() throws Exception {
    Map<String, Object> body = person(fixture.districtA);
    String id = RegisterApi.id(api.post(officer, "/api/v1/persons", body));

    api.put(officer, "/api/v1/persons/" + id, with(with(body, "phone", "1"), "version", 0))
        .andExpect(status().isBadRequest());
    api.put(officer, "/api/v1/persons/" + id, with(body, "version", 7))
        .andExpect(status().isConflict());

    assertThat(trail("PERSON", id)).containsExactly(
        "CREATE " + officer.username() + " PROBATION_OFFICER registered");
  }

  @Test
  void recordsEveryReadAndWriteOfACaseAndThePersonItShows() throws Exception {
    String caseId = api.sentenceCase(officer, fixture.districtA);
    String personId = JsonPath.read(body(api.get(officer, "/api/v1/cases/" + caseId)),
        "$.person.id");
    api.get(officer, "/api/v1/cases", "officer", "me").andExpect(status().isOk());
    api.transition(officer, caseId, "SUSPENDED", null).andExpect(status().isOk());

    String who = " " + officer.username() + " PROBATION_OFFICER ";
    assertThat(trail("CASE", caseId)).containsExactly(
        "CREATE" + who + "registered SENTENCE",
        "VIEW" + who + "card",
        "LIST" + who + "list, page 0",
        "VIEW" + who + "card",
        "TRANSITION" + who + "ACTIVE -> SUSPENDED");
    assertThat(trail("PERSON", personId)).contains(
        "LIST" + who + "case list, page 0");
    assertThat(trail("PERSON", personId).stream().filter(r -> r.startsWith("VIEW")))
        .allMatch(r -> r.contains("case card "));
  }

  @Test
  void aProsecutorAsksWhoViewedARecordNewestFirstWithPaging() throws Exception {
    Actor prosecutor = fixture.user(Role.PROSECUTOR, fixture.region);
    Actor head = fixture.user(Role.PROBATION_HEAD, fixture.region);
    String id = api.person(officer, fixture.districtA);
    api.get(officer, "/api/v1/persons/" + id).andExpect(status().isOk());
    api.get(head, "/api/v1/persons/" + id).andExpect(status().isOk());

    api.get(prosecutor, "/api/v1/persons/" + id + "/audit", "size", "2")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(3))
        .andExpect(jsonPath("$.items", hasSize(2)))
        .andExpect(jsonPath("$.items[0].username").value(head.username()))
        .andExpect(jsonPath("$.items[0].role").value("PROBATION_HEAD"))
        .andExpect(jsonPath("$.items[0].action").value("VIEW"))
        .andExpect(jsonPath("$.items[1].username").value(officer.username()));
    api.get(head, "/api/v1/persons/" + id + "/audit", "page", "1", "size", "2")
        .andExpect(jsonPath("$.items", hasSize(1)))
        .andExpect(jsonPath("$.items[0].action").value("CREATE"));

    Actor prosecutorElsewhere = fixture.user(Role.PROSECUTOR,
        RegisterFixture.create(jdbc).districtA);
    api.get(prosecutorElsewhere, "/api/v1/persons/" + id + "/audit")
        .andExpect(status().isNotFound());
  }

  @Test
  void theServicesRefuseRolesWithoutRegisterAccessWhoeverCallsThem() throws Exception {
    String caseId = api.sentenceCase(officer, fixture.districtA);
    for (Role role : List.of(Role.ANALYST, Role.ADMIN, Role.AGENCY_WORKER, Role.AGENCY_HEAD)) {
      signIn(fixture.user(role, "000000000"));

      assertThatThrownBy(() -> caseService.get(UUID.fromString(caseId)))
          .isInstanceOf(ForbiddenException.class);
      assertThatThrownBy(() -> personService.search(null, null, Paging.of(0, 20)))
          .isInstanceOf(ForbiddenException.class);
    }
    signIn(fixture.user(Role.POLICE_INSPECTOR, fixture.districtA));
    assertThatThrownBy(() -> caseService.audit(UUID.fromString(caseId), Paging.of(0, 20)))
        .isInstanceOf(ForbiddenException.class);
  }

  private static void signIn(Actor actor) {
    var principal = JolPrincipal.of(actor);
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null,
            principal.getAuthorities()));
  }

  private List<String> trail(String type, String id) {
    return jdbc.sql("""
            select action || ' ' || username || ' ' || role || ' ' || coalesce(detail, '')
              from audit_event where record_type = :type and record_id = :id order by id""")
        .param("type", type).param("id", UUID.fromString(id))
        .query(String.class).list();
  }
}
