package kz.jol.register;

import static kz.jol.register.RegisterApi.body;
import static kz.jol.register.RegisterJson.person;
import static kz.jol.register.RegisterJson.sentenceCase;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.jol.access.Actor;
import kz.jol.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Who sees what: territory scope and the role matrix of the register's endpoints. */
@SpringBootTest
@AutoConfigureMockMvc
class RegisterScopeAndRolesTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  RegisterFixture fixture;
  RegisterApi api;
  Actor officerA;
  Actor officerB;

  @BeforeEach
  void setUp() {
    fixture = RegisterFixture.create(jdbc);
    api = new RegisterApi(mvc);
    officerA = fixture.user(Role.PROBATION_OFFICER, fixture.districtA);
    officerB = fixture.user(Role.PROBATION_OFFICER, fixture.districtB);
  }

  @Test
  void anOfficerNeverSeesAnotherDistrictsCaseByListIdOrSearch() throws Exception {
    Map<String, Object> personB = person(fixture.districtB);
    String personId = RegisterApi.id(api.post(officerB, "/api/v1/persons", personB)
        .andExpect(status().isCreated()));
    String caseB = RegisterApi.id(api.post(officerB, "/api/v1/cases",
        sentenceCase(personId, fixture.districtB)).andExpect(status().isCreated()));
    String caseA = api.sentenceCase(officerA, fixture.districtA);

    api.get(officerA, "/api/v1/cases/" + caseB).andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("not-found"));
    api.get(officerA, "/api/v1/persons/" + personId).andExpect(status().isNotFound());
    api.get(officerA, "/api/v1/cases", "size", "100")
        .andExpect(jsonPath("$.items[*].id", hasItem(caseA)))
        .andExpect(jsonPath("$.items[*].id", not(hasItem(caseB))));
    api.get(officerA, "/api/v1/cases", "territory", fixture.districtB)
        .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
    api.get(officerA, "/api/v1/cases", "person", personId)
        .andExpect(jsonPath("$.total").value(0));
    api.get(officerA, "/api/v1/persons", "q", (String) personB.get("iin"))
        .andExpect(jsonPath("$.total").value(0));
    api.get(officerA, "/api/v1/persons", "q", (String) personB.get("firstName"))
        .andExpect(jsonPath("$.total").value(0));
    api.put(officerA, "/api/v1/cases/" + caseB, Map.of("version", 0))
        .andExpect(status().isNotFound());
    api.transition(officerB, caseB, "WANTED", null).andExpect(status().isOk());
    api.post(officerA, "/api/v1/cases/" + caseB + "/transitions", Map.of("version", 1,
            "target", "ACTIVE", "on", RegisterJson.today().toString(), "reason", "Synthetic"))
        .andExpect(status().isNotFound());

    api.get(officerB, "/api/v1/persons", "q", (String) personB.get("firstName"))
        .andExpect(jsonPath("$.total").value(1));
  }

  @Test
  void aHeadOfTheRegionSeesEveryDistrictOfIt() throws Exception {
    Actor head = fixture.user(Role.PROBATION_HEAD, fixture.region);
    String caseA = api.sentenceCase(officerA, fixture.districtA);
    String caseB = api.sentenceCase(officerB, fixture.districtB);

    api.get(head, "/api/v1/cases", "territory", fixture.region, "size", "100")
        .andExpect(jsonPath("$.total").value(2))
        .andExpect(jsonPath("$.items[*].id", hasItems(caseA, caseB)));
    api.get(head, "/api/v1/cases/" + caseB).andExpect(status().isOk());
  }

  @Test
  void aPersonWithACaseInTheDistrictIsVisibleThereWhereverTheyLive() throws Exception {
    Actor head = fixture.user(Role.PROBATION_HEAD, fixture.region);
    String livesInB = api.person(officerB, fixture.districtB);
    api.post(head, "/api/v1/cases", RegisterJson.with(sentenceCase(livesInB, fixture.districtA),
        "officerId", officerA.userId())).andExpect(status().isCreated());

    api.get(officerA, "/api/v1/persons/" + livesInB).andExpect(status().isOk());
  }

  @Test
  void anOfficerCannotRegisterAPersonOrCaseOutsideTheDistrict() throws Exception {
    api.post(officerA, "/api/v1/persons", person(fixture.districtB))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("register.out-of-scope"));
    String personA = api.person(officerA, fixture.districtA);
    api.post(officerA, "/api/v1/cases", sentenceCase(personA, fixture.districtB))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("case.officer-territory"));
  }

  @Test
  void anOfficerCannotMoveAPersonOutOfReach() throws Exception {
    Map<String, Object> body = person(fixture.districtA);
    String id = RegisterApi.id(api.post(officerA, "/api/v1/persons", body));

    api.put(officerA, "/api/v1/persons/" + id,
            RegisterJson.with(RegisterJson.with(body, "homeTerritoryCode", fixture.districtB),
                "version", 0))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("register.out-of-scope"));
    api.get(officerA, "/api/v1/persons/" + id)
        .andExpect(jsonPath("$.homeTerritoryCode").value(fixture.districtA));
  }

  @Test
  void aPoliceInspectorReadsTheReducedViewAndWritesNothing() throws Exception {
    Actor police = fixture.user(Role.POLICE_INSPECTOR, fixture.districtA);
    String caseId = api.sentenceCase(officerA, fixture.districtA);
    String personId = JsonPath.read(body(api.get(officerA, "/api/v1/cases/" + caseId)),
        "$.person.id");
    fixture.liveInPrecinctOf(police, personId);

    api.get(police, "/api/v1/persons/" + personId)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.view").value("REDUCED"))
        .andExpect(jsonPath("$.iin").exists())
        .andExpect(jsonPath("$.residenceAddress.line").exists())
        .andExpect(jsonPath("$.phone").exists())
        .andExpect(jsonPath("$.education").doesNotExist())
        .andExpect(jsonPath("$.employmentBeforeConviction").doesNotExist())
        .andExpect(jsonPath("$.maritalStatus").doesNotExist())
        .andExpect(jsonPath("$.childrenUnder18").doesNotExist());
    api.get(police, "/api/v1/cases/" + caseId)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.view").value("REDUCED"))
        .andExpect(jsonPath("$.kind").value("SENTENCE"))
        .andExpect(jsonPath("$.state").value("ACTIVE"))
        .andExpect(jsonPath("$.registrationDate").exists())
        .andExpect(jsonPath("$.officer.id").value(officerA.userId().toString()))
        .andExpect(jsonPath("$.legalBasis").doesNotExist())
        .andExpect(jsonPath("$.courtName").doesNotExist())
        .andExpect(jsonPath("$.decisionDate").doesNotExist());
    api.get(police, "/api/v1/cases", "size", "100")
        .andExpect(jsonPath("$.items[*].id", hasItem(caseId)));
    api.post(police, "/api/v1/persons", person(fixture.districtA))
        .andExpect(status().isForbidden());
    api.post(police, "/api/v1/cases/" + caseId + "/transitions", Map.of("version", 0,
            "target", "WANTED", "on", RegisterJson.today().toString(), "reason", "Synthetic"))
        .andExpect(status().isForbidden());
    api.get(officerA, "/api/v1/cases/" + caseId).andExpect(jsonPath("$.state").value("ACTIVE"));
  }

  @Test
  void aPoliceInspectorReachesOnlyThePersonsOfTheInspectorsPrecinctsByListIdAndSearch()
      throws Exception {
    Actor police = fixture.user(Role.POLICE_INSPECTOR, fixture.districtA);
    Actor neighbour = fixture.user(Role.POLICE_INSPECTOR, fixture.districtA);
    Map<String, Object> inside = person(fixture.districtA);
    String insideId = RegisterApi.id(api.post(officerA, "/api/v1/persons", inside)
        .andExpect(status().isCreated()));
    String insideCase = RegisterApi.id(api.post(officerA, "/api/v1/cases",
        sentenceCase(insideId, fixture.districtA)).andExpect(status().isCreated()));
    Map<String, Object> outside = person(fixture.districtA);
    String outsideId = RegisterApi.id(api.post(officerA, "/api/v1/persons", outside)
        .andExpect(status().isCreated()));
    String outsideCase = RegisterApi.id(api.post(officerA, "/api/v1/cases",
        sentenceCase(outsideId, fixture.districtA)).andExpect(status().isCreated()));
    fixture.liveInPrecinctOf(police, insideId);
    fixture.liveInPrecinctOf(neighbour, outsideId);

    // by id
    api.get(police, "/api/v1/cases/" + insideCase).andExpect(status().isOk());
    api.get(police, "/api/v1/persons/" + insideId).andExpect(status().isOk());
    api.get(police, "/api/v1/cases/" + outsideCase).andExpect(status().isNotFound());
    api.get(police, "/api/v1/persons/" + outsideId).andExpect(status().isNotFound());
    // in lists
    api.get(police, "/api/v1/cases", "size", "100")
        .andExpect(jsonPath("$.items[*].id", hasItem(insideCase)))
        .andExpect(jsonPath("$.items[*].id", not(hasItem(outsideCase))));
    api.get(police, "/api/v1/persons", "size", "100")
        .andExpect(jsonPath("$.items[*].id", hasItem(insideId)))
        .andExpect(jsonPath("$.items[*].id", not(hasItem(outsideId))));
    // in search, by IIN and by name
    api.get(police, "/api/v1/persons", "q", (String) outside.get("iin"))
        .andExpect(jsonPath("$.total").value(0));
    api.get(police, "/api/v1/cases", "q", (String) outside.get("iin"))
        .andExpect(jsonPath("$.total").value(0));
    api.get(police, "/api/v1/cases", "q", (String) inside.get("iin"))
        .andExpect(jsonPath("$.total").value(1));
    api.get(police, "/api/v1/persons", "q", outside.get("lastName") + " "
            + outside.get("firstName"), "size", "100")
        .andExpect(jsonPath("$.items[*].id", not(hasItem(outsideId))));
    // and the officer of the district still sees both
    api.get(officerA, "/api/v1/cases/" + outsideCase).andExpect(status().isOk());
  }

  @Test
  void aPoliceInspectorWithNoPrecinctReachesNobody() throws Exception {
    Actor police = fixture.user(Role.POLICE_INSPECTOR, fixture.districtA);
    String caseId = api.sentenceCase(officerA, fixture.districtA);

    api.get(police, "/api/v1/cases/" + caseId).andExpect(status().isNotFound());
    api.get(police, "/api/v1/cases").andExpect(jsonPath("$.total").value(0));
    api.get(police, "/api/v1/persons").andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void aProsecutorReadsTheFullViewAndTheAuditButWritesNothing() throws Exception {
    Actor prosecutor = fixture.user(Role.PROSECUTOR, fixture.region);
    String caseId = api.sentenceCase(officerA, fixture.districtA);

    api.get(prosecutor, "/api/v1/cases/" + caseId)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.view").value("FULL"))
        .andExpect(jsonPath("$.legalBasis").value("CONDITIONAL_SENTENCE"));
    api.get(prosecutor, "/api/v1/cases/" + caseId + "/audit").andExpect(status().isOk());
    api.get(officerA, "/api/v1/cases/" + caseId + "/audit").andExpect(status().isForbidden());
    api.transition(prosecutor, caseId, "WANTED", null).andExpect(status().isForbidden());
  }

  /** Every endpoint of the register for every role: 403 unless SPEC "Users" allows it. */
  static Stream<Arguments> everyEndpointForEveryRole() {
    List<String> endpoints = List.of(
        "POST /persons", "GET /persons/{person}", "PUT /persons/{person}", "GET /persons",
        "GET /persons/{person}/audit",
        "POST /cases", "GET /cases/{case}", "PUT /cases/{case}", "POST /cases/{case}/transitions",
        "GET /cases", "GET /cases/{case}/audit");
    Map<String, List<Role>> allowed = Map.of(
        "POST", List.of(Role.PROBATION_OFFICER, Role.PROBATION_HEAD),
        "PUT", List.of(Role.PROBATION_OFFICER, Role.PROBATION_HEAD),
        "GET", List.of(Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.POLICE_INSPECTOR,
            Role.PROSECUTOR),
        "AUDIT", List.of(Role.PROBATION_HEAD, Role.PROSECUTOR));
    return endpoints.stream().flatMap(endpoint -> Stream.of(Role.values()).map(role -> {
      String method = endpoint.substring(0, endpoint.indexOf(' '));
      List<Role> who = allowed.get(endpoint.endsWith("/audit") ? "AUDIT" : method);
      return Arguments.of(endpoint, role, who.contains(role));
    }));
  }

  /** One case for the whole matrix: nothing in it changes the case (bodies are empty). */
  record MatrixCase(RegisterFixture fixture, String caseId, String personId) {}

  static MatrixCase matrixCase;

  @ParameterizedTest(name = "{0} as {1}: allowed {2}")
  @MethodSource
  void everyEndpointForEveryRole(String endpoint, Role role, boolean allowed) throws Exception {
    if (matrixCase == null) {
      String caseId = api.sentenceCase(officerA, fixture.districtA);
      matrixCase = new MatrixCase(fixture, caseId, JsonPath.read(
          body(api.get(officerA, "/api/v1/cases/" + caseId)), "$.person.id"));
    }
    Actor actor = matrixCase.fixture().user(role, matrixCase.fixture().region);
    String caseId = matrixCase.caseId();
    String personId = matrixCase.personId();
    if (role == Role.POLICE_INSPECTOR) {
      matrixCase.fixture().liveInPrecinctOf(actor, personId);
    }
    String method = endpoint.substring(0, endpoint.indexOf(' '));
    String path = "/api/v1" + endpoint.substring(endpoint.indexOf(' ') + 1)
        .replace("{person}", personId).replace("{case}", caseId);
    Map<String, Object> body = Map.of();

    ResultActions result = switch (method) {
      case "GET" -> api.get(actor, path);
      case "POST" -> api.post(actor, path, body);
      case "PUT" -> api.put(actor, path, body);
      default -> throw new IllegalArgumentException(method);
    };

    if (allowed) {
      // an empty body is bad input for a writer; a reader gets the record
      result.andExpect(status().is(method.equals("GET") ? 200 : 400));
    } else {
      result.andExpect(status().isForbidden())
          .andExpect(jsonPath("$.code").value("access.denied"));
    }
  }
}
