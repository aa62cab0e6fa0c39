package kz.jol.police;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.UserAdministration;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Precincts through the API: an administrator draws them; persons are filed by their address
 * when registered, when they move and when streets change; the inspector then reaches exactly
 * the persons of the inspector's precincts, keeps the social map and records measures.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PrecinctApiTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;

  PoliceFixture police;

  @BeforeEach
  void aDistrictWithItsUnits() {
    police = new PoliceFixture(jdbc, users, persons, cases);
  }

  ResultActions as(Actor actor, MockHttpServletRequestBuilder request, String body)
      throws Exception {
    request.with(user(JolPrincipal.of(actor))).header("Accept-Language", "en");
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    return mvc.perform(request);
  }

  String precinct(String number, String... streets) throws Exception {
    String id = JsonPath.read(as(police.admin, post("/api/v1/admin/precincts"), """
            {"policeUnitId":"%s","territoryCode":"%s","number":"%s","name":"Synthetic %s"}"""
            .formatted(police.policeUnit, police.district, number, number))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString(), "$.id");
    for (String street : streets) {
      as(police.admin, post("/api/v1/admin/precincts/{id}/streets", id), street)
          .andExpect(status().isOk());
    }
    return id;
  }

  void assign(String precinctId, Actor... inspectors) throws Exception {
    StringBuilder ids = new StringBuilder();
    for (Actor a : inspectors) {
      ids.append(ids.isEmpty() ? "" : ",").append('"').append(a.userId()).append('"');
    }
    as(police.admin, put("/api/v1/admin/precincts/{id}/inspectors", precinctId),
        "{\"userIds\":[" + ids + "]}").andExpect(status().isOk());
  }

  UUID filedIn(UUID personId) {
    return jdbc.sql("select precinct_id from precinct_resident where person_id = :p")
        .param("p", personId).query(UUID.class).optional().orElse(null);
  }

  boolean filed(UUID personId) {
    return jdbc.sql("select count(*) from precinct_resident where person_id = :p")
        .param("p", personId).query(Integer.class).single() > 0;
  }

  @Test
  void personsAreFiledByStreetAndHouseWhenRegisteredAndWhenStreetsChange() throws Exception {
    UUID early = police.caseAt("г. Тест, ул. Абая, д. 12, кв. 3", "Ертаева");
    String first = precinct("1", "{\"street\":\"Абая көшесі\",\"houseFrom\":1,\"houseTo\":50}");
    String second = precinct("2", "{\"street\":\"ул. Абая\",\"houseFrom\":51}",
        "{\"street\":\"пр. Бухар-Жырау\"}");
    // the streets changed after the person was registered: filed at once
    assertThat(filedIn(police.personOf(early))).hasToString(first);

    UUID late = police.caseAt("г. Тест, ПР.  БУХАР - ЖЫРАУ, 7", "Кешова");
    UUID far = police.caseAt("г. Тест, ул. Абая, д. 51", "Алыстаева");
    UUID nowhere = police.caseAt("г. Тест, ул. Неизвестная, 1", "Жоқова");
    await().atMost(Duration.ofSeconds(10)).until(() -> filed(police.personOf(nowhere)));
    assertThat(filedIn(police.personOf(late))).hasToString(second);
    assertThat(filedIn(police.personOf(far))).hasToString(second);
    assertThat(filedIn(police.personOf(nowhere))).isNull();

    as(police.admin, get("/api/v1/admin/precincts/{id}", second), null)
        .andExpect(jsonPath("$.residents").value(2))
        .andExpect(jsonPath("$.streets", hasSize(2)));
  }

  @Test
  void aPersonWhoMovesIsFiledInTheNewPrecinct() throws Exception {
    String first = precinct("1", "{\"street\":\"ул. Гоголя\"}");
    String second = precinct("2", "{\"street\":\"ул. Лободы\"}");
    UUID caseId = police.caseAt("ул. Гоголя, 3", "Көшетова");
    UUID person = police.personOf(caseId);
    await().atMost(Duration.ofSeconds(10)).until(() -> first.equals(String.valueOf(
        filedIn(person))));

    PoliceFixture.as(police.officer, () -> {
      var view = (kz.jol.register.application.PersonView.Full) persons.get(person);
      var d = new kz.jol.register.domain.PersonDetails(kz.jol.register.Iin.parse(view.iin()),
          view.lastName(), view.firstName(), null, "KZ",
          new kz.jol.register.domain.Address(police.district, "ул. Лободы, 9"), null, null, 0,
          null, null, null, police.district);
      return persons.update(person, new PersonService.PersonInput(d, null, null),
          view.version());
    });
    await().atMost(Duration.ofSeconds(10)).until(() -> second.equals(String.valueOf(
        filedIn(person))));
  }

  @Test
  void theInspectorReachesThePersonsOfTheInspectorsPrecinctsOnly() throws Exception {
    String mine = precinct("1", "{\"street\":\"ул. Ерубаева\"}");
    String theirs = precinct("2", "{\"street\":\"ул. Жамбыла\"}");
    assign(mine, police.inspector);
    assign(theirs, police.otherInspector);
    UUID inside = police.caseAt("ул. Ерубаева, 4", "Ішкерова");
    UUID outside = police.caseAt("ул. Жамбыла, 4", "Сыртова");
    await().atMost(Duration.ofSeconds(10)).until(() -> filed(police.personOf(outside))
        && filed(police.personOf(inside)));

    as(police.inspector, get("/api/v1/cases/{id}", inside), null).andExpect(status().isOk())
        .andExpect(jsonPath("$.view").value("REDUCED"));
    as(police.inspector, get("/api/v1/cases/{id}", outside), null)
        .andExpect(status().isNotFound());
    as(police.inspector, get("/api/v1/persons/{id}", police.personOf(outside)), null)
        .andExpect(status().isNotFound());
    as(police.inspector, get("/api/v1/cases?size=100"), null)
        .andExpect(jsonPath("$.items[*].id", hasItem(inside.toString())))
        .andExpect(jsonPath("$.items[*].id", not(hasItem(outside.toString()))));
    as(police.inspector, get("/api/v1/persons?q=Сыртова"), null)
        .andExpect(jsonPath("$.total").value(0));
    as(police.inspector, get("/api/v1/persons?q=Ішкерова"), null)
        .andExpect(jsonPath("$.total").value(1));

    // taken off the precinct, the inspector no longer reaches its persons
    assign(mine);
    as(police.inspector, get("/api/v1/cases/{id}", inside), null)
        .andExpect(status().isNotFound());
  }

  @Test
  void theInspectorNeverSeesHealthAssessmentPlanOrReferralsOfACaseInThePrecinct()
      throws Exception {
    String mine = precinct("1", "{\"street\":\"ул. Абая\"}");
    assign(mine, police.inspector);
    UUID inside = police.caseAt("ул. Абая, 1", "Денсаулықова");
    await().atMost(Duration.ofSeconds(10)).until(() -> filed(police.personOf(inside)));
    as(police.inspector, get("/api/v1/cases/{id}", inside), null).andExpect(status().isOk());

    for (String path : new String[] {"/api/v1/cases/{id}/reintegration",
        "/api/v1/cases/{id}/plan", "/api/v1/cases/{id}/referrals",
        "/api/v1/cases/{id}/route-sheet.pdf"}) {
      as(police.inspector, get(path, inside), null).andExpect(status().isForbidden());
    }
    String card = as(police.inspector, get("/cases/{id}", inside), null)
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(card).contains("Денсаулықова")
        .doesNotContain("id=\"reintegration\"").doesNotContain("id=\"plan\"")
        .doesNotContain("id=\"referrals\"").doesNotContain("id=\"timeline\"");
  }

  @Test
  void theInspectorKeepsTheSocialMapAndRecordsAMeasureWithThePersonsConcerned()
      throws Exception {
    String mine = precinct("7", "{\"street\":\"мкр. Восток-5\"}");
    assign(mine, police.inspector);
    UUID wanted = police.caseAt("мкр. Восток-5, д. 14, кв. 2", "Іздеуова");
    await().atMost(Duration.ofSeconds(10)).until(() -> filed(police.personOf(wanted)));
    police.declareWanted(wanted);

    as(police.inspector, get("/api/v1/precincts"), null)
        .andExpect(jsonPath("$[*].id", hasItem(mine)));
    as(police.inspector, get("/api/v1/precincts/{id}/workspace", mine), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.probation[0].caseId").value(wanted.toString()))
        .andExpect(jsonPath("$.probation[0].state").value("WANTED"))
        .andExpect(jsonPath("$.probation[0].address").value("мкр. Восток-5, д. 14, кв. 2"));
    String preventive = JsonPath.read(as(police.inspector,
        post("/api/v1/precincts/{id}/preventive-persons", mine), """
            {"category":"DOMESTIC_VIOLENCE","fullName":"Синтетов Ерлан","address":"мкр. Восток-5, 3",
             "basis":"Защитное предписание","since":"%s","protectionOrderUntil":"%s"}"""
            .formatted(LocalDate.now().minusDays(2), LocalDate.now().plusDays(20)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
        "$.id");
    as(police.inspector, post("/api/v1/precincts/{id}/measures", mine), """
        {"kind":"JOINT_RAID","heldOn":"%s","participants":"УИП, ювенальная полиция",
         "findings":"Дома не застали","foundCount":1,"personIds":["%s"],
         "preventivePersonIds":["%s"]}"""
        .formatted(LocalDate.now(), police.personOf(wanted), preventive))
        .andExpect(status().isCreated());
    as(police.inspector, post("/api/v1/precincts/{id}/receptions", mine), """
        {"heldOn":"%s","residentsSeen":4,"topics":"Шум, парковка"}""".formatted(LocalDate.now()))
        .andExpect(status().isCreated());
    as(police.inspector, post("/api/v1/precincts/{id}/mediations", mine), """
        {"kind":"NEIGHBOUR","heldOn":"%s","parties":"Кв. 3 и кв. 7","subject":"Затопление",
         "outcome":"AGREEMENT"}""".formatted(LocalDate.now()))
        .andExpect(status().isCreated());
    as(police.inspector, post("/api/v1/precincts/{id}/places", mine), """
        {"kind":"PARTNER","partnerKind":"AKSAKAL","name":"Синтетов Серік ақсақал",
         "contact":"+77000000000"}""")
        .andExpect(status().isCreated());

    as(police.inspector, get("/api/v1/precincts/{id}/workspace", mine), null)
        .andExpect(jsonPath("$.measures[0].personsReached").value(2))
        .andExpect(jsonPath("$.measures[0].persons", hasSize(2)))
        .andExpect(jsonPath("$.receptions[0].residentsSeen").value(4))
        .andExpect(jsonPath("$.mediations[0].outcome").value("AGREEMENT"))
        .andExpect(jsonPath("$.places[0].partnerKind").value("AKSAKAL"))
        .andExpect(jsonPath("$.preventive[0].category").value("DOMESTIC_VIOLENCE"));
    // the feed for the indicators: figures, no person
    var fact = jdbc.sql("select * from police_prevention_facts where precinct_id = :p")
        .param("p", UUID.fromString(mine)).query().listOfRows();
    assertThat(fact).hasSize(1);
    assertThat(fact.getFirst()).containsEntry("territory_code", police.district)
        .containsEntry("measure_kind", "JOINT_RAID").containsEntry("persons_reached", 2)
        .containsEntry("found_count", 1)
        .containsOnlyKeys("territory_code", "precinct_id", "precinct_number", "measure_kind",
            "day", "persons_reached", "found_count");
    assertThat(jdbc.sql("select count(*) from audit_event where record_id = :p"
            + " and action = 'LIST'").param("p", police.personOf(wanted))
        .query(Integer.class).single()).isPositive();
  }

  @Test
  void badInputIsRefusedFieldByFieldInTheReadersLanguageAndSavesNothing() throws Exception {
    String mine = precinct("3", "{\"street\":\"ул. Абая\"}");
    assign(mine, police.inspector);
    UUID outsider = police.caseAt("ул. Жоқ, 1", "Бөгдеева");
    as(police.inspector, post("/api/v1/precincts/{id}/measures", mine).header(
        "Accept-Language", "ru"), """
        {"kind":"TALK","heldOn":"%s","participants":" ","findings":"x","personIds":["%s"]}"""
        .formatted(LocalDate.now().plusDays(3), police.personOf(outsider)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field == 'heldOn')].code").value("police.future-date"))
        .andExpect(jsonPath("$.errors[?(@.field == 'participants')].code")
            .value("field.required"))
        .andExpect(jsonPath("$.errors[?(@.field == 'personIds')].message")
            .value("Указано лицо, которого нет на учёте этого участка."));
    as(police.inspector, get("/api/v1/precincts/{id}/workspace", mine), null)
        .andExpect(jsonPath("$.measures", hasSize(0)));
    as(police.admin, post("/api/v1/admin/precincts/{id}/streets", mine),
        "{\"street\":\"ул.\",\"houseFrom\":9,\"houseTo\":2}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field == 'street')].code")
            .value("precinct.street-name"))
        .andExpect(jsonPath("$.errors[?(@.field == 'houseTo')].code")
            .value("precinct.house-range"));
    as(police.admin, post("/api/v1/admin/precincts"), """
        {"policeUnitId":"%s","territoryCode":"%s","number":"3","name":"Again"}"""
        .formatted(police.policeUnit, police.district))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("precinct.number-taken"));
  }

  @Test
  void anInspectorReachesNoOtherInspectorsPrecinctAndNoOtherRoleTheWorkspace()
      throws Exception {
    String theirs = precinct("9", "{\"street\":\"ул. Абая\"}");
    assign(theirs, police.otherInspector);
    as(police.inspector, get("/api/v1/precincts/{id}/workspace", theirs), null)
        .andExpect(status().isNotFound());
    as(police.inspector, post("/api/v1/precincts/{id}/receptions", theirs),
        "{\"heldOn\":\"2026-01-05\",\"residentsSeen\":1,\"topics\":\"x\"}")
        .andExpect(status().isNotFound());
    as(police.officer, get("/api/v1/precincts/{id}/workspace", theirs), null)
        .andExpect(status().isForbidden());
    as(police.inspector, get("/api/v1/admin/precincts"), null)
        .andExpect(status().isForbidden());
  }

  @Test
  void theUnitFilesAPersonNoPrecinctTakesByHandAndMatchingLeavesItThere() throws Exception {
    String mine = precinct("4", "{\"street\":\"ул. Абая\"}");
    assign(mine, police.inspector);
    UUID lost = police.caseAt("Тест, Жаңа тұрғын үй кешені, 5 блок", "Адасқанова");
    UUID person = police.personOf(lost);
    await().atMost(Duration.ofSeconds(10)).until(() -> filed(person));
    as(police.inspector, get("/api/v1/precincts/unmatched"), null)
        .andExpect(jsonPath("$[*].personId", hasItem(person.toString())));
    as(police.inspector, get("/api/v1/cases/{id}", lost), null)
        .andExpect(status().isNotFound());

    as(police.inspector, put("/api/v1/precincts/residents/{p}", person),
        "{\"precinctId\":\"" + mine + "\"}").andExpect(status().isNoContent());
    as(police.inspector, get("/api/v1/cases/{id}", lost), null).andExpect(status().isOk());
    // a change of streets files everyone again, but not a person filed by hand
    as(police.admin, post("/api/v1/admin/precincts/{id}/streets", mine),
        "{\"street\":\"ул. Гоголя\"}").andExpect(status().isOk());
    assertThat(filedIn(person)).hasToString(mine);
  }
}
