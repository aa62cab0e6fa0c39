package kz.jol.register;

import static kz.jol.register.RegisterApi.body;
import static kz.jol.register.RegisterApi.id;
import static kz.jol.register.RegisterJson.sentenceCase;
import static kz.jol.register.RegisterJson.with;
import static kz.jol.register.RegisterJson.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class CaseApiTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;

  RegisterFixture fixture;
  RegisterApi api;
  Actor officer;
  Actor head;

  @BeforeEach
  void setUp() {
    fixture = RegisterFixture.create(jdbc);
    api = new RegisterApi(mvc);
    officer = fixture.user(Role.PROBATION_OFFICER, fixture.districtA);
    head = fixture.user(Role.PROBATION_HEAD, fixture.region);
  }

  @Test
  void registersACaseWithARegionalNumberToTheOfficerWhoRegistersIt() throws Exception {
    String person = api.person(officer, fixture.districtA);
    Map<String, Object> body = sentenceCase(person, fixture.districtA);
    int year = LocalDate.parse((String) body.get("registrationDate")).getYear();

    String created = body(api.post(officer, "/api/v1/cases", body)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.caseNumber").value(matchesPattern(
            fixture.region.substring(0, 2) + "-" + year + "-[0-9]{6}")))
        .andExpect(jsonPath("$.state").value("ACTIVE"))
        .andExpect(jsonPath("$.stateSince").value(body.get("registrationDate")))
        .andExpect(jsonPath("$.kind").value("SENTENCE"))
        .andExpect(jsonPath("$.legalBasis").value("CONDITIONAL_SENTENCE"))
        .andExpect(jsonPath("$.person.id").value(person))
        .andExpect(jsonPath("$.officer.id").value(officer.userId().toString()))
        .andExpect(jsonPath("$.officer.fullName").value(officer.fullName()))
        .andExpect(jsonPath("$.version").value(0)));
    String id = JsonPath.read(created, "$.id");

    assertThat(events.stream(CaseRegistered.class)).containsExactly(new CaseRegistered(
        new CaseId(UUID.fromString(id)), new PersonId(UUID.fromString(person)),
        ProbationKind.SENTENCE, LocalDate.parse((String) body.get("registrationDate")),
        fixture.districtA));
    api.get(officer, "/api/v1/cases/" + id)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.courtName").value("Test district court No. 2"));
  }

  @Test
  void numbersCasesOfARegionInSequence() throws Exception {
    String first = JsonPath.read(body(api.get(officer,
        "/api/v1/cases/" + api.sentenceCase(officer, fixture.districtA))), "$.caseNumber");
    String second = JsonPath.read(body(api.get(officer,
        "/api/v1/cases/" + api.sentenceCase(officer, fixture.districtA))), "$.caseNumber");

    long a = Long.parseLong(first.substring(first.lastIndexOf('-') + 1));
    long b = Long.parseLong(second.substring(second.lastIndexOf('-') + 1));
    assertThat(b).isGreaterThan(a);
  }

  @Test
  void startsAPenitentiaryCaseInPreparationForRelease() throws Exception {
    String person = api.person(officer, fixture.districtA);
    Map<String, Object> body = sentenceCase(person, fixture.districtA);
    body = with(body, "kind", "PENITENTIARY");
    body = with(body, "legalBasis", "RELEASE_AFTER_SERVING");
    body = with(body, "releaseDate", RegisterJson.today().plusMonths(5).toString());
    body = without(body, "plannedEndDate");

    String id = id(api.post(officer, "/api/v1/cases", body)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.state").value("PRE_RELEASE")));

    api.transition(officer, id, "ACTIVE", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("ACTIVE"));
  }

  @Test
  void refusesASecondOpenCaseOfTheSameKindButNotOfAnotherKindOrAfterClosing() throws Exception {
    String person = api.person(officer, fixture.districtA);
    String first = id(api.post(officer, "/api/v1/cases", sentenceCase(person, fixture.districtA))
        .andExpect(status().isCreated()));
    String number = JsonPath.read(body(api.get(officer, "/api/v1/cases/" + first)),
        "$.caseNumber");

    api.post(officer, "/api/v1/cases", sentenceCase(person, fixture.districtA))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("case.duplicate-open-case"))
        .andExpect(jsonPath("$.detail").value(
            "The person already has an open case of the kind Sentence probation: " + number
                + "."));
    Map<String, Object> preTrial = with(with(sentenceCase(person, fixture.districtA), "kind",
        "PRE_TRIAL"), "legalBasis", "PRE_TRIAL_MEASURE");
    api.post(officer, "/api/v1/cases", preTrial).andExpect(status().isCreated());

    api.transition(officer, first, "CLOSED", "REVOKED").andExpect(status().isOk());
    api.post(officer, "/api/v1/cases", sentenceCase(person, fixture.districtA))
        .andExpect(status().isCreated());
  }

  @Test
  void theDatabaseRefusesASecondOpenCaseOfTheSameKindToo() throws Exception {
    String caseId = api.sentenceCase(officer, fixture.districtA);

    assertThatThrownBy(() -> jdbc.sql("""
            insert into probation_case (id, case_number, person_id, kind, legal_basis,
                                        registration_date, territory_code, state, state_since,
                                        created_at, updated_at)
            select :id, '99-1999-' || lpad(floor(random() * 1000000)::int::text, 6, '0'),
                   person_id, kind, legal_basis, registration_date, territory_code, 'WANTED',
                   state_since, now(), now()
              from probation_case where id = :existing""")
        .param("id", UUID.randomUUID()).param("existing", UUID.fromString(caseId)).update())
        .isInstanceOf(DuplicateKeyException.class)
        .hasMessageContaining("probation_case_one_open_per_kind_uq");
  }

  @Test
  void movesACaseThroughItsStatesAndRefusesIllegalMovesWithTheReason() throws Exception {
    String id = api.sentenceCase(officer, fixture.districtA);
    events.clear();

    api.transition(officer, id, "WANTED", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("WANTED"))
        .andExpect(jsonPath("$.version").value(1));
    api.transition(officer, id, "SUSPENDED", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("case.transition-not-allowed"))
        .andExpect(jsonPath("$.detail").value("A case that is Wanted cannot become Suspended."));
    api.transition(officer, id, "CLOSED", null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("case.outcome-required"));
    api.transition(officer, id, "CLOSED", "NEW_OFFENCE")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("CLOSED"))
        .andExpect(jsonPath("$.outcome").value("NEW_OFFENCE"));
    api.transition(officer, id, "ACTIVE", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("A case that is Closed cannot become Active."));

    LocalDate today = RegisterJson.today();
    CaseId caseId = new CaseId(UUID.fromString(id));
    assertThat(events.stream(CaseStateChanged.class)).containsExactly(
        new CaseStateChanged(caseId, CaseState.ACTIVE, CaseState.WANTED, today),
        new CaseStateChanged(caseId, CaseState.WANTED, CaseState.CLOSED, today));
    assertThat(jdbc.sql("""
            select from_state || '>' || to_state from probation_case_transition
             where case_id = :id order by id""")
        .param("id", caseId.value()).query(String.class).list())
        .containsExactly("ACTIVE>WANTED", "WANTED>CLOSED");
  }

  @Test
  void explainsAnIllegalMoveInTheCallersLanguage() throws Exception {
    String id = api.sentenceCase(officer, fixture.districtA);
    api.transition(officer, id, "CLOSED", "COMPLETED").andExpect(status().isOk());

    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
            .post("/api/v1/cases/{id}/transitions", id)
            .with(RegisterFixture.as(officer)).header("Accept-Language", "ru")
            .contentType("application/json")
            .content(RegisterJson.json(Map.of("version", 1, "target", "ACTIVE",
                "on", RegisterJson.today().toString(), "reason", "Synthetic"))))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(
            "Дело в состоянии «Снят с учёта» не может перейти в состояние «На учёте»."));
  }

  @Test
  void refusesAMoveOverAStaleVersion() throws Exception {
    String id = api.sentenceCase(officer, fixture.districtA);
    api.transition(officer, id, "SUSPENDED", null).andExpect(status().isOk());

    api.post(officer, "/api/v1/cases/" + id + "/transitions", Map.of("version", 0,
            "target", "ACTIVE", "on", RegisterJson.today().toString(), "reason", "Synthetic"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("case.stale-version"));
    api.get(officer, "/api/v1/cases/" + id).andExpect(jsonPath("$.state").value("SUSPENDED"));
  }

  @Test
  void updatesTheTermsOverTheVersionRead() throws Exception {
    String id = api.sentenceCase(officer, fixture.districtA);
    Map<String, Object> update = update(id);
    update.put("plannedEndDate", RegisterJson.today().plusYears(3).toString());
    update.put("courtName", "Test regional court");

    api.put(officer, "/api/v1/cases/" + id, update)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.courtName").value("Test regional court"))
        .andExpect(jsonPath("$.version").value(1));
    api.put(officer, "/api/v1/cases/" + id, update)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("case.stale-version"));
    api.put(officer, "/api/v1/cases/" + id, with(update, "kind", "PRE_TRIAL"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("field.unknown"));
  }

  @Test
  void onlyAHeadGivesACaseToAnotherOfficerWhoseTerritoryCoversIt() throws Exception {
    String id = api.sentenceCase(officer, fixture.districtA);
    Actor colleague = fixture.user(Role.PROBATION_OFFICER, fixture.districtA);
    Actor elsewhere = fixture.user(Role.PROBATION_OFFICER, fixture.districtB);
    Actor police = fixture.user(Role.POLICE_INSPECTOR, fixture.districtA);

    api.put(officer, "/api/v1/cases/" + id, with(update(id), "officerId", colleague.userId()))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("case.reassign-forbidden"));
    api.put(head, "/api/v1/cases/" + id, with(update(id), "officerId", elsewhere.userId()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("case.officer-territory"));
    api.put(head, "/api/v1/cases/" + id, with(update(id), "officerId", police.userId()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("case.officer-role"));
    api.put(head, "/api/v1/cases/" + id, with(update(id), "officerId", UUID.randomUUID()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("case.officer-unknown"));

    api.put(head, "/api/v1/cases/" + id, with(update(id), "officerId", colleague.userId()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.officer.id").value(colleague.userId().toString()));
  }

  @Test
  void anOfficerRegistersCasesOnlyToThemselvesAndAHeadNamesTheOfficer() throws Exception {
    Actor colleague = fixture.user(Role.PROBATION_OFFICER, fixture.districtA);
    String person = api.person(officer, fixture.districtA);

    api.post(officer, "/api/v1/cases", with(sentenceCase(person, fixture.districtA),
            "officerId", colleague.userId()))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("case.reassign-forbidden"));
    api.post(head, "/api/v1/cases", sentenceCase(person, fixture.districtA))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("officerId"))
        .andExpect(jsonPath("$.errors[0].code").value("field.required"));
    api.post(head, "/api/v1/cases", with(sentenceCase(person, fixture.districtA),
            "officerId", colleague.userId()))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.officer.id").value(colleague.userId().toString()));
  }

  @Test
  void aClosedCaseCannotBeChanged() throws Exception {
    String id = api.sentenceCase(officer, fixture.districtA);
    api.transition(officer, id, "CLOSED", "COMPLETED").andExpect(status().isOk());

    api.put(officer, "/api/v1/cases/" + id, update(id))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("case.closed"));
  }

  @Test
  void refusesBadInputWithFieldErrorsAndRegistersNothing() throws Exception {
    String person = api.person(officer, fixture.districtA);
    Map<String, Object> good = sentenceCase(person, fixture.districtA);

    api.post(officer, "/api/v1/cases", with(good, "kind", "PROBATION"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("kind"))
        .andExpect(jsonPath("$.errors[0].code").value("field.type"));
    api.post(officer, "/api/v1/cases", with(good, "registrationDate", "2026-13-01"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("registrationDate"));
    api.post(officer, "/api/v1/cases", with(good, "personId", "someone"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("personId"));
    api.post(officer, "/api/v1/cases", with(good, "judge", "Sample"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("field.unknown"));
    Map<String, Object> bad = with(good, "legalBasis", "PRE_TRIAL_MEASURE");
    bad = with(bad, "registrationDate", RegisterJson.today().plusDays(1).toString());
    bad = with(bad, "plannedEndDate", RegisterJson.today().toString());
    bad = with(bad, "territoryCode", "999999997");
    api.post(officer, "/api/v1/cases", bad)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors", hasSize(4)))
        .andExpect(jsonPath("$.errors[?(@.field == 'legalBasis')].code")
            .value("case.legal-basis-kind"))
        .andExpect(jsonPath("$.errors[?(@.field == 'registrationDate')].code")
            .value("case.date-future"))
        .andExpect(jsonPath("$.errors[?(@.field == 'plannedEndDate')].code")
            .value("case.end-before-registration"))
        .andExpect(jsonPath("$.errors[?(@.field == 'territoryCode')].code")
            .value("territory.unknown"));
    api.post(officer, "/api/v1/cases", with(good, "personId", UUID.randomUUID()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("case.person-unknown"));

    assertThat(jdbc.sql("select count(*) from probation_case where person_id = :p")
        .param("p", UUID.fromString(person)).query(Integer.class).single()).isZero();
  }

  @Test
  void listsCasesWithFiltersAndPaging() throws Exception {
    Actor colleague = fixture.user(Role.PROBATION_OFFICER, fixture.districtA);
    List<String> mine = List.of(api.sentenceCase(officer, fixture.districtA),
        api.sentenceCase(officer, fixture.districtA), api.sentenceCase(officer, fixture.districtA));
    String theirs = api.sentenceCase(colleague, fixture.districtA);
    api.transition(officer, mine.get(0), "WANTED", null).andExpect(status().isOk());

    api.get(officer, "/api/v1/cases", "officer", "me", "size", "2")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(3))
        .andExpect(jsonPath("$.items", hasSize(2)))
        .andExpect(jsonPath("$.items[0].officer.id").value(officer.userId().toString()))
        .andExpect(jsonPath("$.items[0].legalBasis").doesNotExist());
    api.get(officer, "/api/v1/cases", "officer", "me", "size", "2", "page", "1")
        .andExpect(jsonPath("$.items", hasSize(1)));
    api.get(officer, "/api/v1/cases", "territory", fixture.districtA)
        .andExpect(jsonPath("$.total").value(4));
    api.get(officer, "/api/v1/cases", "territory", fixture.districtA, "state", "WANTED")
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].id").value(mine.get(0)));
    api.get(officer, "/api/v1/cases", "territory", fixture.districtA, "kind", "PRE_TRIAL")
        .andExpect(jsonPath("$.total").value(0));
    api.get(head, "/api/v1/cases", "officer", colleague.userId().toString())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].id").value(theirs));
    api.get(officer, "/api/v1/cases", "state", "LOST")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("state"));
    api.get(officer, "/api/v1/cases", "officer", "nobody")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("officer"));
    api.get(officer, "/api/v1/cases", "page", "-1")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("field.min"));
  }

  @Test
  void findsCasesByThePersonsNameWordsOrIinWithinReachOnly() throws Exception {
    Map<String, Object> person = RegisterJson.person(fixture.districtA);
    String personId = id(api.post(officer, "/api/v1/persons", person)
        .andExpect(status().isCreated()));
    String caseId = id(api.post(officer, "/api/v1/cases",
        sentenceCase(personId, fixture.districtA)).andExpect(status().isCreated()));
    String otherPerson = id(api.post(officer, "/api/v1/persons",
        with(RegisterJson.person(fixture.districtA), "firstName", "Zoyanova"))
        .andExpect(status().isCreated()));
    api.post(officer, "/api/v1/cases", sentenceCase(otherPerson, fixture.districtA))
        .andExpect(status().isCreated());
    String firstName = (String) person.get("firstName");
    String iin = (String) person.get("iin");

    api.get(officer, "/api/v1/cases", "q", "testova " + firstName.substring(0, 6))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].id").value(caseId));
    api.get(officer, "/api/v1/cases", "q", iin)
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].id").value(caseId));
    api.get(officer, "/api/v1/cases", "q", firstName.toUpperCase(java.util.Locale.ROOT))
        .andExpect(jsonPath("$.total").value(1));
    Actor elsewhere = fixture.user(Role.PROBATION_OFFICER, fixture.districtB);
    api.get(elsewhere, "/api/v1/cases", "q", iin).andExpect(jsonPath("$.total").value(0));
    api.get(officer, "/api/v1/cases", "q", iin.substring(0, 10))
        .andExpect(jsonPath("$.items[*].id", org.hamcrest.Matchers.hasItem(caseId)));
    api.get(officer, "/api/v1/cases", "q", "a b c d e f")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("register.query-words"));
  }

  private Map<String, Object> update(String id) throws Exception {
    String card = body(api.get(head, "/api/v1/cases/" + id));
    Map<String, Object> update = new java.util.LinkedHashMap<>();
    update.put("version", JsonPath.read(card, "$.version"));
    update.put("legalBasis", JsonPath.read(card, "$.legalBasis"));
    update.put("courtName", JsonPath.read(card, "$.courtName"));
    update.put("decisionDate", JsonPath.read(card, "$.decisionDate"));
    update.put("plannedEndDate", JsonPath.read(card, "$.plannedEndDate"));
    update.put("releaseDate", JsonPath.read(card, "$.releaseDate"));
    update.put("territoryCode", JsonPath.read(card, "$.territoryCode"));
    update.put("officerId", JsonPath.read(card, "$.officer.id"));
    return update;
  }
}
