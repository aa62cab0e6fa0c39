package kz.jol.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The registry through the API and its pages: every bad field named in the reader's language,
 * recording bound to the recorder's organisation and territory, records of another territory
 * absent and 404, and the rules of states (an agreement's status, a proposal's single answer, an
 * inactive partner).
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class RegistryApiTest {

  @Autowired ApplicationEvents published;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  String district;
  String elsewhere;
  UUID akimat;
  UUID centre;
  UUID probation;
  UUID ngo;
  Actor agencyHead;
  Actor officer;
  Actor analyst;
  Actor stranger;
  LocalDate today;

  @BeforeEach
  void twoDistricts() {
    today = LocalDate.now(clock);
    district = Fixtures.territory(jdbc);
    elsewhere = Fixtures.territory(jdbc);
    akimat = Fixtures.organisation(jdbc, "AKIMAT_DEPARTMENT", district);
    centre = Fixtures.organisation(jdbc, "EMPLOYMENT_CENTRE", district);
    probation = Fixtures.organisation(jdbc, "PROBATION_UNIT", district);
    ngo = Fixtures.organisation(jdbc, "NGO", district);
    agencyHead = actor(Role.AGENCY_HEAD, akimat, district);
    officer = actor(Role.PROBATION_OFFICER, probation, district);
    analyst = actor(Role.ANALYST, null, district);
    UUID otherAkimat = Fixtures.organisation(jdbc, "AKIMAT_DEPARTMENT", elsewhere);
    stranger = actor(Role.AGENCY_HEAD, otherAkimat, elsewhere);
  }

  static Actor actor(Role role, UUID organisation, String territory) {
    return new Actor(UUID.randomUUID(), "reg-" + role.name().toLowerCase(), "Synthetic " + role,
        role, organisation, territory);
  }

  ResultActions as(Actor actor, String language, MockHttpServletRequestBuilder request,
      String body) throws Exception {
    request.with(user(JolPrincipal.of(actor))).header("Accept-Language", language);
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    return mvc.perform(request);
  }

  String id(ResultActions result) throws Exception {
    return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
  }

  String event(Actor actor, String organisers, String participants) throws Exception {
    return id(as(actor, "en", post("/api/v1/interaction/events"), """
        {"kind": "SEMINAR", "title": "Синтетический семинар", "heldOn": "%s",
         "territoryCode": "%s", "citizensReached": 30, "outcome": "Обсудили трудоустройство",
         "organiserIds": [%s], "participantIds": [%s], "guests": ["ОФ «Сенім»", " "]}"""
        .formatted(today, district, organisers, participants))
        .andExpect(status().isCreated()));
  }

  static String q(UUID id) {
    return "\"" + id + "\"";
  }

  // ---- Joint events

  @Test
  void anOrganisersStaffRecordsAnEventWithParticipantsAndGuests() throws Exception {
    String id = event(officer, q(probation), q(akimat) + "," + q(centre));
    as(analyst, "en", get("/api/v1/interaction/events/{id}", id), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.organisers[*].id").value(hasItem(probation.toString())))
        .andExpect(jsonPath("$.participants", hasSize(2)))
        .andExpect(jsonPath("$.guests", hasSize(1)))
        .andExpect(jsonPath("$.guests[0]").value("ОФ «Сенім»"));
    as(analyst, "en", get("/api/v1/interaction/events").param("territory", district)
        .param("kind", "SEMINAR"), null)
        .andExpect(jsonPath("$[*].id").value(hasItem(id)));
    as(analyst, "en", get("/api/v1/interaction/events").param("territory", district)
        .param("kind", "OPEN_DAY"), null)
        .andExpect(jsonPath("$[*].id").value(not(hasItem(id))));
    assertThat(published.stream(JointEventRecorded.class))
        .anyMatch(e -> e.eventId().toString().equals(id) && e.territoryCode().equals(district));
  }

  @Test
  void everyBadFieldOfAnEventIsNamedInRussian() throws Exception {
    as(agencyHead, "ru", post("/api/v1/interaction/events"), """
        {"title": "", "heldOn": "%s", "territoryCode": "%s", "citizensReached": -1,
         "organiserIds": [%s], "participantIds": [%s]}"""
        .formatted(today.plusDays(1), elsewhere, q(centre), q(centre)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='kind')].message")
            .value("Это поле обязательно."))
        .andExpect(jsonPath("$.errors[?(@.field=='heldOn')].message")
            .value("Эта дата ещё не наступила."))
        .andExpect(jsonPath("$.errors[?(@.field=='territoryCode')].message")
            .value("Вне территории, в которой вы работаете."))
        .andExpect(jsonPath("$.errors[?(@.field=='citizensReached')].message")
            .value("От 0 до 1000000."))
        .andExpect(jsonPath("$.errors[?(@.field=='organiserIds')].message")
            .value("Ваша организация должна быть среди них."))
        .andExpect(jsonPath("$.errors[?(@.field=='participantIds')].code")
            .value("registry.organiser-twice"));
  }

  @Test
  void theFormSaysWhatIsWrongInKazakhBesideTheField() throws Exception {
    mvc.perform(post("/interaction/events").with(csrf())
            .with(user(JolPrincipal.of(agencyHead))).header("Accept-Language", "kk")
            .param("kind", "SEMINAR").param("title", "Семинар")
            .param("heldOn", "ертең").param("territoryCode", district)
            .param("citizensReached", "он").param("organiserIds", akimat.toString()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(org.hamcrest.Matchers.containsString(
            "id=\"event-heldOn-errors\"")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Бұл күн емес.")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString(
            "Бұл бүтін сан емес.")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Семинар\"")));
  }

  @Test
  void recordsOfAnotherTerritoryAreAbsentAndNotFound() throws Exception {
    String id = event(agencyHead, q(akimat), "");
    as(stranger, "en", get("/api/v1/interaction/events/{id}", id), null)
        .andExpect(status().isNotFound());
    as(stranger, "en", get("/api/v1/interaction/events"), null)
        .andExpect(jsonPath("$[*].id").value(not(hasItem(id))));
    as(stranger, "en", get("/api/v1/interaction/events").param("territory", district), null)
        .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
    mvc.perform(get("/interaction/events/{id}", id).with(user(JolPrincipal.of(stranger))))
        .andExpect(status().isNotFound());
    as(actor(Role.POLICE_INSPECTOR, null, district), "en",
        get("/api/v1/interaction/events"), null).andExpect(status().isForbidden());
    as(analyst, "en", post("/api/v1/interaction/events"), "{}")
        .andExpect(status().isForbidden());
  }

  // ---- Agreements

  String agreement(String status, LocalDate signed, LocalDate expires) throws Exception {
    return id(as(agencyHead, "en", post("/api/v1/interaction/agreements"), """
        {"kind": "MEMORANDUM", "subject": "Синтетический меморандум", "number": "7-М",
         "signedOn": %s, "expiresOn": %s, "status": "%s", "territoryCode": "%s",
         "partyIds": [%s], "externalParties": [{"name": "ТОО «Жұмыс»", "type": "BUSINESS"}]}"""
        .formatted(signed == null ? "null" : "\"" + signed + "\"",
            expires == null ? "null" : "\"" + expires + "\"", status, district, q(akimat)))
        .andExpect(status().isCreated()));
  }

  @Test
  void anAgreementExpiresByItsDateAndTheOnesEndingSoonAreListed() throws Exception {
    String soon = agreement("IN_FORCE", today.minusYears(1), today.plusDays(60));
    String later = agreement("IN_FORCE", today.minusYears(1), today.plusDays(61));
    String expired = agreement("IN_FORCE", today.minusYears(1), today.minusDays(1));
    String open = agreement("IN_FORCE", today.minusYears(1), null);
    as(analyst, "en", get("/api/v1/interaction/agreements/{id}", expired), null)
        .andExpect(jsonPath("$.status").value("EXPIRED"))
        .andExpect(jsonPath("$.expiringSoon").value(false));
    as(analyst, "en", get("/api/v1/interaction/agreements/{id}", soon), null)
        .andExpect(jsonPath("$.status").value("IN_FORCE"))
        .andExpect(jsonPath("$.expiringSoon").value(true))
        .andExpect(jsonPath("$.externalParties[0].type").value("BUSINESS"));
    as(analyst, "en", get("/api/v1/interaction/agreements/expiring")
        .param("territory", district), null)
        .andExpect(jsonPath("$[*].id").value(hasItem(soon)))
        .andExpect(jsonPath("$[*].id").value(not(hasItem(later))))
        .andExpect(jsonPath("$[*].id").value(not(hasItem(expired))))
        .andExpect(jsonPath("$[*].id").value(not(hasItem(open))));
    as(analyst, "en", get("/api/v1/interaction/agreements").param("territory", district)
        .param("status", "EXPIRED"), null)
        .andExpect(jsonPath("$[*].id").value(hasItem(expired)))
        .andExpect(jsonPath("$[*].id").value(not(hasItem(soon))));
  }

  @Test
  void aDraftIsSignedThenTerminatedAndNothingElse() throws Exception {
    String draft = agreement("DRAFT", null, null);
    as(agencyHead, "ru", put("/api/v1/interaction/agreements/{id}/status", draft),
        "{\"status\": \"TERMINATED\", \"on\": \"%s\", \"version\": 0}".formatted(today))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("registry.agreement-transition"));
    as(agencyHead, "ru", put("/api/v1/interaction/agreements/{id}/status", draft),
        "{\"status\": \"IN_FORCE\", \"on\": \"%s\", \"version\": 5}".formatted(today))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("registry.stale-version"));
    as(stranger, "en", put("/api/v1/interaction/agreements/{id}/status", draft),
        "{\"status\": \"IN_FORCE\", \"on\": \"%s\", \"version\": 0}".formatted(today))
        .andExpect(status().isNotFound());
    as(officer, "en", put("/api/v1/interaction/agreements/{id}/status", draft),
        "{\"status\": \"IN_FORCE\", \"on\": \"%s\", \"version\": 0}".formatted(today))
        .andExpect(status().isForbidden());
    as(agencyHead, "en", put("/api/v1/interaction/agreements/{id}/status", draft),
        "{\"status\": \"IN_FORCE\", \"on\": \"%s\", \"version\": 0}".formatted(today))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("IN_FORCE"))
        .andExpect(jsonPath("$.signedOn").value(today.toString()));
    as(agencyHead, "en", put("/api/v1/interaction/agreements/{id}/status", draft),
        "{\"status\": \"TERMINATED\", \"on\": \"%s\", \"version\": 1}".formatted(today))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("TERMINATED"));
    as(agencyHead, "kk", put("/api/v1/interaction/agreements/{id}/status", draft),
        "{\"status\": \"IN_FORCE\", \"on\": \"%s\", \"version\": 2}".formatted(today))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("registry.agreement-transition"));
  }

  @Test
  void aSignedAgreementNeedsItsDayAndAPartyOfTheRecorder() throws Exception {
    as(agencyHead, "kk", post("/api/v1/interaction/agreements"), """
        {"kind": "AGREEMENT", "subject": "Келісім", "status": "IN_FORCE",
         "territoryCode": "%s", "partyIds": [%s],
         "externalParties": [{"name": "Қоғамдық қор", "type": null}]}"""
        .formatted(district, q(centre)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='signedOn')].message")
            .value("Бұл өрісті толтыру міндетті."))
        .andExpect(jsonPath("$.errors[?(@.field=='partyIds')].message")
            .value("Сіздің ұйымыңыз олардың арасында болуы керек."))
        .andExpect(jsonPath("$.errors[?(@.field=='externalParties')].message")
            .value("Әр басқа тараптың түрін көрсетіңіз."));
  }

  // ---- Programmes

  @Test
  void theResponsibleBodyKeepsItsProgrammeAndItsMeasures() throws Exception {
    int year = today.getYear();
    String id = id(as(agencyHead, "en", post("/api/v1/interaction/programmes"), """
        {"name": "Синтетическая программа профилактики", "territoryCode": "%s",
         "yearFrom": %d, "yearTo": %d, "responsibleId": "%s",
         "fundingAmount": 1500000.50, "fundingSource": "Местный бюджет"}"""
        .formatted(district, year, year + 2, akimat)).andExpect(status().isCreated()));
    as(agencyHead, "ru", post("/api/v1/interaction/programmes/{id}/measures", id), """
        {"text": "Квоты рабочих мест", "executor": "Центр занятости",
         "dueOn": "%d-12-31"}""".formatted(year + 5))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("dueOn"))
        .andExpect(jsonPath("$.errors[0].message")
            .value("Вне годов программы (%d–%d).".formatted(year, year + 2)));
    String measure = JsonPath.read(as(agencyHead, "en",
        post("/api/v1/interaction/programmes/{id}/measures", id), """
        {"text": "Квоты рабочих мест", "executor": "Центр занятости",
         "dueOn": "%d-12-31"}""".formatted(year))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.measures[0].state").value("NOT_STARTED"))
        .andReturn().getResponse().getContentAsString(), "$.measures[0].id");
    as(actor(Role.AGENCY_WORKER, centre, district), "en",
        put("/api/v1/interaction/programmes/{id}/measures/{m}/state", id, measure),
        "{\"state\": \"DONE\"}").andExpect(status().isForbidden());
    as(agencyHead, "en",
        put("/api/v1/interaction/programmes/{id}/measures/{m}/state", id, measure),
        "{\"state\": \"DONE\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.measures[0].state").value("DONE"))
        .andExpect(jsonPath("$.fundingAmount").value(1500000.50));
    as(agencyHead, "ru", post("/api/v1/interaction/programmes"), """
        {"name": "Без ответственного", "territoryCode": "%s", "yearFrom": %d, "yearTo": %d,
         "responsibleId": "%s", "fundingAmount": -1}"""
        .formatted(district, year + 1, year, centre))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='yearTo')].message")
            .value("Раньше года начала."))
        .andExpect(jsonPath("$.errors[?(@.field=='responsibleId')].code")
            .value("registry.not-your-organisation"))
        .andExpect(jsonPath("$.errors[?(@.field=='fundingAmount')].code")
            .value("registry.amount"));
  }

  // ---- Proposals

  @Test
  void aProposalIsAnsweredOnceByItsAuthor() throws Exception {
    String id = id(as(agencyHead, "en", post("/api/v1/interaction/proposals"), """
        {"addressee": "Министерство внутренних дел", "subject": "Объединить КСО и МВК",
         "text": "Синтетический текст предложения", "sentOn": "%s"}""".formatted(today))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.author.id").value(akimat.toString()))
        .andExpect(jsonPath("$.fate").value("UNDER_CONSIDERATION")));
    as(officer, "en", put("/api/v1/interaction/proposals/{id}/answer", id),
        "{\"fate\": \"ACCEPTED\", \"answeredOn\": \"%s\", \"version\": 0}".formatted(today))
        .andExpect(status().isForbidden());
    as(agencyHead, "ru", put("/api/v1/interaction/proposals/{id}/answer", id),
        "{\"fate\": \"UNDER_CONSIDERATION\", \"answeredOn\": \"%s\", \"version\": 0}"
            .formatted(today.minusDays(1)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='fate')].code")
            .value("registry.fate-answered"))
        .andExpect(jsonPath("$.errors[?(@.field=='answeredOn')].message")
            .value("Раньше предыдущей даты."));
    as(agencyHead, "en", put("/api/v1/interaction/proposals/{id}/answer", id),
        "{\"fate\": \"PARTLY_ACCEPTED\", \"answeredOn\": \"%s\", \"answer\": \"В части\","
            .formatted(today) + " \"version\": 0}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.fate").value("PARTLY_ACCEPTED"));
    as(agencyHead, "en", put("/api/v1/interaction/proposals/{id}/answer", id),
        "{\"fate\": \"REJECTED\", \"answeredOn\": \"%s\", \"version\": 1}".formatted(today))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("registry.proposal-answered"));
    as(agencyHead, "en", post("/api/v1/interaction/proposals"), """
        {"authorId": "%s", "addressee": "МВД", "subject": "Чужое",
         "text": "Текст", "sentOn": "%s"}""".formatted(centre, today))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("registry.not-your-organisation"));
  }

  // ---- Partners

  @Test
  void aPeerMentorKeepsOnlyANameAndAPhoneAndItsReadIsAudited() throws Exception {
    as(officer, "ru", post("/api/v1/interaction/partners"), """
        {"kind": "PEER_MENTOR", "name": "Ермек С.", "territoryCode": "%s",
         "phone": "+7 701 000 00 00", "email": "ermek@example.kz", "address": "ул. Абая, 1",
         "organisationId": "%s"}""".formatted(district, ngo))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='email')].message")
            .value("О волонтёре или наставнике хранятся только имя и телефон."))
        .andExpect(jsonPath("$.errors[?(@.field=='address')].code")
            .value("registry.individual-contact"))
        .andExpect(jsonPath("$.errors[?(@.field=='organisationId')].code")
            .value("registry.link-only-ngo"));
    String id = id(as(officer, "en", post("/api/v1/interaction/partners"), """
        {"kind": "PEER_MENTOR", "name": "Ермек С.", "territoryCode": "%s",
         "domains": ["ECONOMIC", "INSTITUTIONAL"], "phone": "+7 701 000 00 00",
         "offer": "Наставничество «равный равному»"}""".formatted(district))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.domains", hasSize(2))));
    as(analyst, "en", get("/api/v1/interaction/partners/{id}", id), null)
        .andExpect(status().isOk());
    assertThat(jdbc.sql("""
            select count(*) from audit_event
             where record_type = 'PARTNER' and record_id = :id and action = 'VIEW'""")
        .param("id", UUID.fromString(id)).query(Integer.class).single()).isPositive();
  }

  @Test
  void aPartnerServingTheDistrictShowsThereAndAnInactiveOneTakesNoContacts() throws Exception {
    String id = id(as(stranger, "en", post("/api/v1/interaction/partners"), """
        {"kind": "NGO", "name": "Синтетический фонд", "territoryCode": "%s",
         "servedCodes": ["%s"], "domains": ["HOUSING"], "email": "fund@example.kz",
         "registeredOn": "%s"}""".formatted(elsewhere, district, today.minusDays(30)))
        .andExpect(status().isCreated()));
    as(officer, "en", get("/api/v1/interaction/partners").param("domain", "HOUSING"), null)
        .andExpect(jsonPath("$[*].id").value(hasItem(id)));
    as(officer, "en", post("/api/v1/interaction/partners/{id}/contacts", id), """
        {"contactedOn": "%s", "purpose": "Подбор жилья"}""".formatted(today.minusDays(2)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.organisation.id").value(probation.toString()))
        .andExpect(jsonPath("$.territoryCode").value(district));
    as(officer, "en", put("/api/v1/interaction/partners/{id}/activity", id),
        "{\"active\": false, \"version\": 0}").andExpect(status().isForbidden());
    as(stranger, "en", put("/api/v1/interaction/partners/{id}/activity", id),
        "{\"active\": false, \"on\": \"%s\", \"version\": 0}".formatted(today.minusDays(1)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.active").value(false));
    as(officer, "kk", post("/api/v1/interaction/partners/{id}/contacts", id), """
        {"contactedOn": "%s", "purpose": "Қайта байланыс"}""".formatted(today))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("registry.partner-inactive"));
    as(officer, "en", get("/api/v1/interaction/partners/contacts"), null)
        .andExpect(jsonPath("$", hasSize(1)))
        .andExpect(jsonPath("$[0].partnerId").value(id));
    as(stranger, "en", get("/api/v1/interaction/partners/contacts"), null)
        .andExpect(jsonPath("$", hasSize(0)));
  }

  @Test
  void everyRegistersListPageAnswersForAReader() throws Exception {
    event(agencyHead, q(akimat), q(centre));
    agreement("IN_FORCE", today.minusDays(3), today.plusDays(10));
    for (String path : new String[] {"/interaction/events", "/interaction/agreements",
        "/interaction/programmes", "/interaction/proposals", "/interaction/partners",
        "/interaction/partners/contacts", "/interaction/events/new",
        "/interaction/agreements/new", "/interaction/programmes/new",
        "/interaction/proposals/new", "/interaction/partners/new"}) {
      for (String language : new String[] {"kk", "ru", "en"}) {
        mvc.perform(get(path).param("lang", language)
                .with(user(JolPrincipal.of(agencyHead))))
            .andExpect(status().isOk());
      }
    }
    mvc.perform(get("/interaction/agreements").with(user(JolPrincipal.of(analyst)))
            .param("lang", "ru"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString(
            "Действуют и истекают в ближайшие 60 дней")));
    mvc.perform(get("/interaction/events").param("from", "вчера")
            .with(user(JolPrincipal.of(analyst))).param("lang", "ru"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Это не дата.")));
  }
}
