package kz.jol.register;

import static kz.jol.register.RegisterApi.body;
import static kz.jol.register.RegisterPages.html;
import static kz.jol.register.RegisterPages.redirectedId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The register's pages per role: what each role sees of a person and a case, which pages it
 * may open at all, and that the forms keep the input and speak the user's language when the
 * register refuses it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegisterPagesTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  RegisterFixture fixture;
  RegisterApi api;
  RegisterPages pages;
  Actor officerA;
  Actor officerB;
  Map<String, Object> personA;
  String personAId;
  String caseA;
  String caseB;

  @BeforeEach
  void setUp() throws Exception {
    fixture = RegisterFixture.create(jdbc);
    api = new RegisterApi(mvc);
    pages = new RegisterPages(mvc);
    officerA = fixture.user(Role.PROBATION_OFFICER, fixture.districtA);
    officerB = fixture.user(Role.PROBATION_OFFICER, fixture.districtB);
    personA = RegisterJson.person(fixture.districtA);
    personAId = RegisterApi.id(api.post(officerA, "/api/v1/persons", personA)
        .andExpect(status().isCreated()));
    caseA = RegisterApi.id(api.post(officerA, "/api/v1/cases",
        RegisterJson.sentenceCase(personAId, fixture.districtA))
        .andExpect(status().isCreated()));
    caseB = api.sentenceCase(officerB, fixture.districtB);
  }

  @Test
  void anOfficerSeesTheirDistrictsCaseInTheListAndNeverAnotherDistricts() throws Exception {
    String page = html(pages.get(officerA, "/cases", "size", "100").andExpect(status().isOk()));

    assertThat(page).contains(number(officerA, caseA), "/cases/" + caseA,
        (String) personA.get("firstName"), officerA.fullName(), fixture.districtA);
    assertThat(page).doesNotContain("/cases/" + caseB);
    pages.get(officerA, "/cases/" + caseB).andExpect(status().isNotFound());
    pages.get(officerA, "/cases/" + caseB + "/edit").andExpect(status().isNotFound());
    pages.post(officerA, "/cases/" + caseB + "/transitions", "version", "0",
        "target", "WANTED", "on", today().toString(), "reason", "Synthetic")
        .andExpect(status().isNotFound());
    assertThat(state(caseB)).isEqualTo("ACTIVE");
  }

  @Test
  void anOfficersCardShowsThePersonAndTheCaseInFullWithTheFormsToChangeThem()
      throws Exception {
    String card = html(pages.get(officerA, "/cases/" + caseA).andExpect(status().isOk()));

    assertThat(card).contains((String) personA.get("iin"), "Test street 1, flat 2",
        "Divorced", "Technical and vocational", "Informal work", "Conditional sentence",
        "Test district court No. 2", "Sentence probation", "Active",
        "action=\"/cases/" + caseA + "/transitions\"", "/cases/" + caseA + "/edit",
        "name=\"_csrf\"");
    assertThat(card).doesNotContain("/audit");
    pages.get(officerA, "/cases/" + caseA + "/audit").andExpect(status().isForbidden());
  }

  @Test
  void aPoliceInspectorSeesIdentityAndAddressButNoFamilyEducationEmploymentOrLegalBasis()
      throws Exception {
    Actor police = fixture.user(Role.POLICE_INSPECTOR, fixture.districtA);
    fixture.liveInPrecinctOf(police, personAId);
    api.transition(officerA, caseA, "SUSPENDED", null).andExpect(status().isOk());

    String list = html(pages.get(police, "/cases", "size", "100").andExpect(status().isOk()));
    assertThat(list).contains("Persons on the register", "/cases/" + caseA)
        .doesNotContain("/cases/" + caseB, "Only my cases", "/persons/new");

    String card = html(pages.get(police, "/cases/" + caseA).andExpect(status().isOk()));
    assertThat(card).contains((String) personA.get("iin"), (String) personA.get("firstName"),
        "Test street 1, flat 2", "+77000000000", "Sentence probation", "Suspended");
    assertThat(card).doesNotContain("Marital status", "Divorced", "Education",
        "Technical and vocational", "Employment before conviction", "Informal work",
        "Children under 18", "Legal basis", "Conditional sentence", "Test district court",
        "Synthetic test order", "/transitions", "/edit", "/audit");

    String person = html(pages.get(police, "/persons/" + personAId)
        .andExpect(status().isOk()));
    assertThat(person).contains((String) personA.get("iin"), "/cases/" + caseA)
        .doesNotContain("Divorced", "Technical and vocational", "Informal work", "/edit",
            "/cases/new");
    pages.get(police, "/persons/new").andExpect(status().isForbidden());
    pages.post(police, "/cases/" + caseA + "/transitions", "version", "2", "target", "ACTIVE",
        "on", today().toString(), "reason", "Synthetic").andExpect(status().isForbidden());
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"ANALYST", "ADMIN", "AGENCY_WORKER", "AGENCY_HEAD"})
  void rolesWithoutRegisterAccessAreRefusedEveryPage(Role role) throws Exception {
    Actor actor = fixture.user(role, fixture.region);
    for (String path : new String[] {"/cases", "/cases/" + caseA, "/cases/" + caseA + "/audit",
        "/cases/new", "/persons", "/persons/" + personAId, "/persons/new"}) {
      pages.get(actor, path).andExpect(status().isForbidden());
    }
    pages.post(actor, "/persons").andExpect(status().isForbidden());
  }

  @Test
  void aProsecutorReadsEverythingChangesNothingAndSeesTheirOwnViewInTheAudit()
      throws Exception {
    Actor prosecutor = fixture.user(Role.PROSECUTOR, fixture.region);

    String list = html(pages.get(prosecutor, "/cases", "size", "100"));
    assertThat(list).contains("/cases/" + caseA, "/cases/" + caseB).doesNotContain("/persons/new");
    String card = html(pages.get(prosecutor, "/cases/" + caseA).andExpect(status().isOk()));
    assertThat(card).contains("Conditional sentence", "Divorced",
        "href=\"/cases/" + caseA + "/audit\"", "You may read this case but not change it.");
    assertThat(card).doesNotContain("/transitions", "/edit");

    String audit = html(pages.get(prosecutor, "/cases/" + caseA + "/audit")
        .andExpect(status().isOk()));
    assertThat(audit).contains("Who viewed this case", prosecutor.username(), "Prosecutor",
        "Viewed", officerA.username(), "Created", "registered SENTENCE");
    assertThat(audit.indexOf(prosecutor.username()))
        .as("newest first").isLessThan(audit.indexOf(officerA.username()));

    html(pages.get(prosecutor, "/persons/" + personAId).andExpect(status().isOk()));
    assertThat(html(pages.get(prosecutor, "/persons/" + personAId + "/audit")
        .andExpect(status().isOk()))).contains("Who viewed this person’s record",
            prosecutor.username(), "case card " + number(officerA, caseA));

    pages.post(prosecutor, "/cases/" + caseA + "/transitions", "version", "0",
        "target", "WANTED", "on", today().toString(), "reason", "Synthetic")
        .andExpect(status().isForbidden());
    assertThat(state(caseA)).isEqualTo("ACTIVE");
    Actor prosecutorElsewhere = fixture.user(Role.PROSECUTOR,
        RegisterFixture.create(jdbc).districtA);
    pages.get(prosecutorElsewhere, "/cases/" + caseA + "/audit")
        .andExpect(status().isNotFound());
  }

  @Test
  void aHeadSeesTheWholeTerritoryAndGivesANewCaseToAnOfficer() throws Exception {
    Actor head = fixture.user(Role.PROBATION_HEAD, fixture.region);
    String list = html(pages.get(head, "/cases", "size", "100"));
    assertThat(list).contains("/cases/" + caseA, "/cases/" + caseB);
    assertThat(html(pages.get(head, "/cases/" + caseB))).contains("/cases/" + caseB + "/audit");

    String form = html(pages.get(head, "/cases/new", "person", personAId)
        .andExpect(status().isOk()));
    assertThat(form).contains(officerA.fullName(), officerB.fullName(), "name=\"officerId\"");

    String created = redirectedId(pages.post(head, "/cases",
        "personId", personAId, "kind", "PRE_TRIAL", "legalBasis", "PRE_TRIAL_MEASURE",
        "registrationDate", today().toString(), "territoryCode", fixture.districtA,
        "officerId", officerA.userId().toString())
        .andExpect(status().is3xxRedirection()));
    String card = html(pages.get(officerA, "/cases/" + created));
    assertThat(card).contains("Pre-trial probation", officerA.fullName());
  }

  @Test
  void anOfficerRegistersAPersonAndACaseThroughTheForms() throws Exception {
    String iin = IinRule.random();
    String personId = redirectedId(pages.post(officerA, "/persons",
        "iin", iin, "lastName", "Testova", "firstName", "Formova", "citizenship", "KZ",
        "residenceLine", "Test avenue 5", "residenceTerritoryCode", fixture.districtA,
        "childrenUnder18", "1", "education", "SECONDARY",
        "homeTerritoryCode", fixture.districtA)
        .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", true)));
    String person = html(pages.get(officerA, "/persons/" + personId));
    assertThat(person).contains(iin, "Testova Formova", "General secondary",
        "/cases/new?person=" + personId);
    assertThat(html(pages.get(officerA, "/cases/new", "person", personId)))
        .contains("You will be the responsible officer.", "Testova Formova");

    String caseId = redirectedId(pages.post(officerA, "/cases",
        "personId", personId, "kind", "SENTENCE", "legalBasis", "CONDITIONAL_SENTENCE",
        "registrationDate", today().minusDays(3).toString(),
        "plannedEndDate", today().plusYears(1).toString(),
        "territoryCode", fixture.districtA)
        .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", true)));
    assertThat(html(pages.get(officerA, "/cases/" + caseId)))
        .contains("Testova Formova", officerA.fullName(), "Active");
    assertThat(html(pages.get(officerA, "/cases", "q", "formova")))
        .contains("/cases/" + caseId);
  }

  @Test
  void aRefusedPersonFormComesBackInRussianWithTheInputKeptAndNothingSaved() throws Exception {
    String badIin = brokenCheckDigit(IinRule.random());
    String page = html(pages.in("ru").post(officerA, "/persons",
        "iin", badIin, "lastName", "Testova", "firstName", "", "phone", "12",
        "residenceLine", "Test avenue 7", "homeTerritoryCode", fixture.districtA)
        .andExpect(status().isBadRequest()));

    assertThat(page).contains("Ничего не сохранено", "Контрольная цифра должна быть",
        "value=\"" + badIin + "\"", "value=\"Testova\"", "value=\"Test avenue 7\"");
    assertThat(personsWithIin(badIin)).isZero();

    String page2 = html(pages.in("ru").post(officerA, "/persons",
        "iin", IinRule.random(), "lastName", "Testova", "firstName", "", "phone", "12",
        "homeTerritoryCode", fixture.districtA)
        .andExpect(status().isBadRequest()));
    assertThat(page2).contains("Это поле обязательно.",
        "Номер телефона состоит из 10–15 цифр");

    String duplicate = html(pages.in("kk").post(officerA, "/persons",
        "iin", (String) personA.get("iin"), "lastName", "Testova", "firstName", "Dublova",
        "homeTerritoryCode", fixture.districtA)
        .andExpect(status().isConflict()));
    assertThat(duplicate).contains("Осы ЖСН бар тұлға есепте бұрыннан тұр", personAId,
        "value=\"Dublova\"");
  }

  @Test
  void theEditFormsChangeAPersonAndACaseOverTheVersionRead() throws Exception {
    String form = html(pages.get(officerA, "/persons/" + personAId + "/edit")
        .andExpect(status().isOk()));
    assertThat(form).contains("value=\"" + personA.get("iin") + "\"",
        "value=\"DIVORCED\" selected", "value=\"Test street 1, flat 2\"");
    String[] person = {"version", "0", "iin", (String) personA.get("iin"),
        "lastName", "Testova", "firstName", (String) personA.get("firstName"),
        "citizenship", "KZ", "residenceLine", "Test street 9",
        "residenceTerritoryCode", fixture.districtA, "phone", "+7 701 111 22 33",
        "maritalStatus", "MARRIED", "homeTerritoryCode", fixture.districtA};
    pages.post(officerA, "/persons/" + personAId, person)
        .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", true));
    assertThat(html(pages.get(officerA, "/persons/" + personAId)))
        .contains("Test street 9", "+77011112233", "Married");
    assertThat(html(pages.post(officerA, "/persons/" + personAId, person)
        .andExpect(status().isConflict())))
        .contains("Someone changed this person since you read it", "value=\"Test street 9\"");

    assertThat(html(pages.get(officerA, "/cases/" + caseA + "/edit")))
        .contains("Responsible officer: " + officerA.fullName(), "Test district court No. 2");
    pages.post(officerA, "/cases/" + caseA, "version", "0",
        "legalBasis", "CONDITIONAL_SENTENCE", "courtName", "Test regional court",
        "territoryCode", fixture.districtA, "officerId", officerA.userId().toString())
        .andExpect(status().is3xxRedirection());
    assertThat(html(pages.get(officerA, "/cases/" + caseA))).contains("Test regional court");
    Actor colleague = fixture.user(Role.PROBATION_OFFICER, fixture.districtA);
    assertThat(html(pages.post(officerA, "/cases/" + caseA, "version", "1",
        "legalBasis", "CONDITIONAL_SENTENCE", "territoryCode", fixture.districtA,
        "officerId", colleague.userId().toString())
        .andExpect(status().isForbidden())))
        .contains("Only a probation head gives a case to another officer.");
    Actor head = fixture.user(Role.PROBATION_HEAD, fixture.region);
    pages.post(head, "/cases/" + caseA, "version", "1", "legalBasis", "CONDITIONAL_SENTENCE",
        "territoryCode", fixture.districtA, "officerId", colleague.userId().toString())
        .andExpect(status().is3xxRedirection());
    assertThat(html(pages.get(head, "/cases/" + caseA))).contains(colleague.fullName());
  }

  @Test
  void theTransitionFormMovesTheCaseAndExplainsARefusalInTheUsersLanguage()
      throws Exception {
    pages.post(officerA, "/cases/" + caseA + "/transitions", "version", "0",
        "target", "WANTED", "on", today().toString(), "reason", "Synthetic evasion report")
        .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", true));
    String card = html(pages.get(officerA, "/cases/" + caseA));
    assertThat(card).contains("Wanted", "Synthetic evasion report",
        officerA.fullName());

    String closing = html(pages.post(officerA, "/cases/" + caseA + "/transitions",
        "version", "1", "target", "CLOSED", "on", today().toString(),
        "reason", "Synthetic closing")
        .andExpect(status().isBadRequest()));
    assertThat(closing).contains("Say how the case ended.", "Synthetic closing");

    String stale = html(pages.in("ru").post(officerA, "/cases/" + caseA + "/transitions",
        "version", "0", "target", "ACTIVE", "on", today().toString(), "reason", "Synthetic")
        .andExpect(status().isConflict()));
    assertThat(stale).contains("Дело изменилось после того, как вы его открыли");

    String illegal = html(pages.in("ru").post(officerA, "/cases/" + caseA + "/transitions",
        "version", "1", "target", "SUSPENDED", "on", today().toString(), "reason", "Synthetic")
        .andExpect(status().isConflict()));
    assertThat(illegal).contains("«В розыске»", "«Приостановлено»");

    String badDate = html(pages.post(officerA, "/cases/" + caseA + "/transitions",
        "version", "1", "target", "ACTIVE", "on", "31.02.2026", "reason", "Synthetic")
        .andExpect(status().isBadRequest()));
    assertThat(badDate).contains("31.02.2026", "is not a date.");
    assertThat(state(caseA)).isEqualTo("WANTED");
  }

  @Test
  void theListFiltersByStateKindOwnerAndNameAndAnswersHtmxWithTheListAlone()
      throws Exception {
    Actor colleague = fixture.user(Role.PROBATION_OFFICER, fixture.districtA);
    String theirs = api.sentenceCase(colleague, fixture.districtA);
    api.transition(officerA, caseA, "WANTED", null).andExpect(status().isOk());

    assertThat(html(pages.get(officerA, "/cases", "state", "WANTED")))
        .contains("/cases/" + caseA).doesNotContain("/cases/" + theirs);
    assertThat(html(pages.get(officerA, "/cases", "officer", "me", "size", "100")))
        .contains("/cases/" + caseA).doesNotContain("/cases/" + theirs);
    assertThat(html(pages.get(officerA, "/cases", "kind", "PRE_TRIAL")))
        .doesNotContain("/cases/" + caseA, "/cases/" + theirs);
    assertThat(html(pages.get(officerA, "/cases", "q", (String) personA.get("iin"))))
        .contains("/cases/" + caseA, "Total: 1");

    String fragment = html(mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/cases")
            .param("state", "WANTED").header("HX-Request", "true")
            .header("Accept-Language", "en").with(RegisterFixture.as(officerA)))
        .andExpect(status().isOk()));
    assertThat(fragment).contains("<section id=\"caseload\"", "/cases/" + caseA)
        .doesNotContain("<html", "<header");

    assertThat(html(pages.get(officerA, "/cases", "page", "-1")
        .andExpect(status().isBadRequest()))).contains("This value is too small.");
    pages.get(officerA, "/cases", "state", "LOST").andExpect(status().isBadRequest());
  }

  @Test
  void unknownAndMalformedIdsAreNotFoundAndAMissingPersonIsABadRequest() throws Exception {
    Actor head = fixture.user(Role.PROBATION_HEAD, fixture.region);
    for (String path : new String[] {"/cases/" + UUID.randomUUID(), "/cases/not-an-id",
        "/cases/" + UUID.randomUUID() + "/audit", "/persons/" + UUID.randomUUID(),
        "/persons/" + UUID.randomUUID() + "/edit", "/persons/" + UUID.randomUUID() + "/audit",
        "/cases/new?person=" + UUID.randomUUID()}) {
      assertThat(pages.get(head, path).andReturn().getResponse().getStatus()).as(path)
          .isEqualTo(404);
    }
    assertThat(html(pages.get(head, "/cases/new").andExpect(status().isBadRequest())))
        .contains("The address lacks the parameter", "person");
  }

  private String number(Actor reader, String caseId) throws Exception {
    return JsonPath.read(body(api.get(reader, "/api/v1/cases/" + caseId)), "$.caseNumber");
  }

  private String state(String caseId) {
    return jdbc.sql("select state from probation_case where id = :id")
        .param("id", UUID.fromString(caseId)).query(String.class).single();
  }

  private int personsWithIin(String iin) {
    return jdbc.sql("select count(*) from person where iin = :iin").param("iin", iin)
        .query(Integer.class).single();
  }

  private static String brokenCheckDigit(String iin) {
    int last = iin.charAt(11) - '0';
    return iin.substring(0, 11) + (last + 1) % 10;
  }

  private static LocalDate today() {
    return RegisterJson.today();
  }
}
