package kz.jol.routing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.reintegration.application.ReintegrationSweep;
import kz.jol.support.CaseloadFixture;
import kz.jol.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The closed loop through the API: a risk routes a referral to the responsible organisation of
 * the case's territory once; the organisation answers from its inbox and sees only what it
 * needs; the officer confirms the result and the engine closes the domain.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoutingApiTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;
  @Autowired ReintegrationSweep reintegrationSweep;
  @Autowired AutoRouting routing;

  CaseloadFixture caseload;
  String district;
  UUID publicServiceCentre;
  UUID crisisCentre;
  UUID clinic;
  Actor cscWorker;
  Actor clinicWorker;
  Actor crisisWorker;

  @BeforeEach
  void aDistrictWithItsOrganisations() {
    caseload = new CaseloadFixture(jdbc, users, persons, cases);
    district = caseload.officer.territoryCode();
    publicServiceCentre = Fixtures.organisation(jdbc, "PUBLIC_SERVICE_CENTRE", district);
    crisisCentre = Fixtures.organisation(jdbc, "CRISIS_CENTRE", district);
    clinic = Fixtures.organisation(jdbc, "HEALTH_CLINIC", district);
    cscWorker = agencyWorker(publicServiceCentre);
    clinicWorker = agencyWorker(clinic);
    crisisWorker = agencyWorker(crisisCentre);
  }

  private Actor agencyWorker(UUID organisation) {
    var created = users.create(new UserAdministration.UserForm(
        "agency." + UUID.randomUUID().toString().substring(0, 8), "Synthetic Agency Worker",
        Role.AGENCY_WORKER, organisation, district, true, "a-long-password", null)).user();
    return new Actor(created.id(), created.username(), created.fullName(), created.role(),
        created.organisationId(), created.territoryCode());
  }

  private ResultActions as(Actor actor, org.springframework.test.web.servlet.request
      .MockHttpServletRequestBuilder request, String body) throws Exception {
    request.with(user(JolPrincipal.of(actor)));
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    return mvc.perform(request);
  }

  private List<String> referralIds(UUID caseId) throws Exception {
    return JsonPath.read(as(caseload.officer, get("/api/v1/cases/{id}/referrals", caseId), null)
        .andReturn().getResponse().getContentAsString(), "$[*].id");
  }

  @Test
  void aHomelessPersonIsReferredToTheCrisisCentreOnceWithinFortyEightHours() throws Exception {
    UUID caseId = caseload.caseRegistered(LocalDate.now().minusDays(5));
    as(caseload.officer, post("/api/v1/cases/{id}/assessments", caseId),
        "{\"domain\":\"HOUSING\",\"score\":0,\"homeless\":true}")
        .andExpect(status().isCreated());

    await().atMost(Duration.ofSeconds(10)).until(() -> referralIds(caseId).size() == 1);
    as(caseload.officer, get("/api/v1/cases/{id}/referrals", caseId), null)
        .andExpect(jsonPath("$[0].domain").value("HOUSING"))
        .andExpect(jsonPath("$[0].actionCode").value("SAFE_PLACEMENT"))
        .andExpect(jsonPath("$[0].organisation.id").value(crisisCentre.toString()))
        .andExpect(jsonPath("$[0].automatic").value(true))
        .andExpect(jsonPath("$[0].priority").value("URGENT"))
        .andExpect(jsonPath("$[0].state").value("SENT"));
    String body = as(caseload.officer, get("/api/v1/cases/{id}/referrals", caseId), null)
        .andReturn().getResponse().getContentAsString();
    var created = java.time.Instant.parse(JsonPath.read(body, "$[0].createdAt"));
    var due = java.time.Instant.parse(JsonPath.read(body, "$[0].dueAt"));
    var target = java.time.Instant.parse(JsonPath.read(body, "$[0].targetAt"));
    assertThat(Duration.between(created, due)).isEqualTo(Duration.ofHours(48));
    assertThat(Duration.between(created, target)).isEqualTo(Duration.ofHours(24));

    // The sweeps find the same episode and make nothing new.
    reintegrationSweep.sweep();
    routing.sweep();
    assertThat(referralIds(caseId).stream()
        .filter(id -> jdbc.sql("select domain from referral where id = :id::uuid")
            .param("id", id).query(String.class).single().equals("HOUSING"))).hasSize(1);
  }

  @Test
  void theSweepRoutesDocumentsAndTheClinicAndAGapWaitsForAnOrganisation() throws Exception {
    UUID caseId = caseload.caseRegistered(LocalDate.now().minusDays(40));
    jdbc.sql("update organisation set active = false where id = :id")
        .param("id", clinic).update();
    reintegrationSweep.sweep();
    routing.sweep();
    routing.sweep();

    as(caseload.officer, get("/api/v1/cases/{id}/referrals", caseId), null)
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].actionCode").value("RESTORE_DOCUMENTS"))
        .andExpect(jsonPath("$[0].riskLevel").value("R3"))
        .andExpect(jsonPath("$[0].organisation.id").value(publicServiceCentre.toString()));
    as(caseload.officer, get("/api/v1/cases/{id}/routing-gaps", caseId), null)
        .andExpect(jsonPath("$[0].actionCode").value("HEALTH_SCREENING"))
        .andExpect(jsonPath("$[0].organisationType").value("HEALTH_CLINIC"));

    jdbc.sql("update organisation set active = true where id = :id")
        .param("id", clinic).update();
    routing.sweep();
    as(caseload.officer, get("/api/v1/cases/{id}/referrals", caseId), null)
        .andExpect(jsonPath("$[*].actionCode", hasItem("HEALTH_SCREENING")))
        .andExpect(jsonPath("$.length()").value(2));
    as(caseload.officer, get("/api/v1/cases/{id}/routing-gaps", caseId), null)
        .andExpect(jsonPath("$.length()").value(0));
  }

  @Test
  void theOrganisationAnswersFromItsInboxAndTheOfficerConfirmsTheResult() throws Exception {
    UUID caseId = caseload.caseRegistered(LocalDate.now().minusDays(40));
    String referral = documentsReferral(caseId);

    // Its staff are told, in their language, with a link and no personal data.
    await().atMost(Duration.ofSeconds(10)).until(() -> JsonPath.<Integer>read(
        as(cscWorker, get("/api/v1/notifications").header("Accept-Language", "ru"), null)
            .andReturn().getResponse().getContentAsString(), "$.unread") >= 1);
    as(cscWorker, get("/api/v1/notifications").header("Accept-Language", "ru"), null)
        .andExpect(jsonPath("$.items[*].link", hasItem("/inbox/referrals/" + referral)))
        .andExpect(jsonPath("$.items[*].subject",
            hasItem(org.hamcrest.Matchers.startsWith("Новое направление: ответ до"))))
        .andExpect(jsonPath("$.items[*].body",
            not(hasItem(org.hamcrest.Matchers.containsString("Сынақова")))));
    // The public service centre sees the person, but no criminal-record or health detail.
    as(cscWorker, get("/api/v1/inbox/referrals"), null)
        .andExpect(jsonPath("$.items[*].id", hasItem(referral)));
    as(cscWorker, get("/api/v1/inbox/referrals/{id}", referral), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.person.fullName").value("Сынақова Айгерім"))
        .andExpect(jsonPath("$.person.iin").isNotEmpty())
        .andExpect(jsonPath("$.health").doesNotExist())
        .andExpect(jsonPath("$.caseId").doesNotExist())
        .andExpect(jsonPath("$.legalBasis").doesNotExist());
    // Another organisation does not see it at all.
    as(crisisWorker, get("/api/v1/inbox/referrals/{id}", referral), null)
        .andExpect(status().isNotFound());
    as(crisisWorker, get("/api/v1/inbox/referrals"), null)
        .andExpect(jsonPath("$.items[*].id", not(hasItem(referral))));

    as(cscWorker, post("/api/v1/inbox/referrals/{id}/answer", referral),
        "{\"state\":\"DONE\",\"result\":\"x\",\"evidence\":\"y\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("referral.transition-not-allowed"));
    as(cscWorker, post("/api/v1/inbox/referrals/{id}/answer", referral),
        "{\"state\":\"ACCEPTED\",\"version\":0}").andExpect(status().isOk());
    as(cscWorker, post("/api/v1/inbox/referrals/{id}/answer", referral),
        "{\"state\":\"IN_PROGRESS\",\"version\":0}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("referral.stale-version"));
    as(cscWorker, post("/api/v1/inbox/referrals/{id}/answer", referral),
        "{\"state\":\"IN_PROGRESS\",\"version\":1}").andExpect(status().isOk());
    as(cscWorker, post("/api/v1/inbox/referrals/{id}/answer", referral),
        "{\"state\":\"DONE\",\"version\":2}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("evidence")));
    as(cscWorker, post("/api/v1/inbox/referrals/{id}/answer", referral), """
        {"state":"DONE","result":"Удостоверение и прописка оформлены",
         "evidence":"Талон ЦОН № 000123","version":2}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("DONE"));
    await().atMost(Duration.ofSeconds(10)).until(() -> JsonPath.<List<String>>read(
        as(caseload.officer, get("/api/v1/notifications").header("Accept-Language", "en"), null)
            .andReturn().getResponse().getContentAsString(), "$.items[*].subject")
        .contains("A referral is done: confirm the result"));

    as(caseload.officer, post("/api/v1/referrals/{id}/confirm", referral),
        "{\"score\":2,\"hasIdentityDocument\":true,\"hasRegistration\":true}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.confirmedAt").isNotEmpty())
        .andExpect(jsonPath("$.history[*].to").value(org.hamcrest.Matchers.contains(
            "SENT", "ACCEPTED", "IN_PROGRESS", "DONE", "DONE")));
    as(caseload.officer, get("/api/v1/cases/{id}/reintegration", caseId), null)
        .andExpect(jsonPath("$.domains[?(@.domain=='LEGAL')].score").value(2))
        .andExpect(jsonPath("$.domains[?(@.domain=='LEGAL')].risk").value("R0"))
        .andExpect(jsonPath("$.domains[?(@.domain=='LEGAL')].evidence")
            .value("Удостоверение и прописка оформлены — Талон ЦОН № 000123"));
    as(caseload.officer, post("/api/v1/referrals/{id}/confirm", referral),
        "{\"score\":2,\"hasIdentityDocument\":true,\"hasRegistration\":true}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("referral.confirmed"));
  }

  @Test
  void anAssessmentOfTheDomainAfterTheReferralIsDoneConfirmsItsResult() throws Exception {
    UUID caseId = caseload.caseRegistered(LocalDate.now().minusDays(40));
    String referral = documentsReferral(caseId);
    for (String answer : List.of("{\"state\":\"ACCEPTED\",\"version\":0}",
        "{\"state\":\"IN_PROGRESS\",\"version\":1}",
        "{\"state\":\"DONE\",\"result\":\"Удостоверение оформлено\",\"evidence\":\"Талон\","
            + "\"version\":2}")) {
      as(cscWorker, post("/api/v1/inbox/referrals/{id}/answer", referral), answer)
          .andExpect(status().isOk());
    }

    // An assessment holding from before the referral was done is history, not a confirmation.
    as(caseload.officer, post("/api/v1/cases/{id}/assessments", caseId), """
        {"domain":"LEGAL","score":1,"hasIdentityDocument":false,"hasRegistration":true,
         "assessedOn":"%s"}""".formatted(LocalDate.now().minusDays(1)))
        .andExpect(status().isCreated());
    // The officer's assessment on the card after the organisation's answer confirms it.
    as(caseload.officer, post("/api/v1/cases/{id}/assessments", caseId), """
        {"domain":"LEGAL","score":2,"hasIdentityDocument":true,"hasRegistration":true,
         "evidence":"Удостоверение личности получено (синтетика)"}""")
        .andExpect(status().isCreated());
    await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
            "select confirmed_at is not null from referral where id = cast(:id as uuid)")
        .param("id", referral).query(Boolean.class).single());
    as(caseload.officer, get("/api/v1/cases/{id}/referrals", caseId), null)
        .andExpect(jsonPath("$[?(@.id=='%s')].history[*].to".formatted(referral))
            .value(org.hamcrest.Matchers.contains("SENT", "ACCEPTED", "IN_PROGRESS", "DONE",
                "DONE")));
    as(caseload.officer, post("/api/v1/referrals/{id}/confirm", referral),
        "{\"score\":2,\"hasIdentityDocument\":true,\"hasRegistration\":true}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("referral.confirmed"));
  }

  @Test
  void aClinicSeesTheHealthFactsOfItsReferral() throws Exception {
    UUID caseId = caseload.caseRegistered(LocalDate.now().minusDays(3));
    as(caseload.officer, post("/api/v1/cases/{id}/assessments", caseId),
        "{\"domain\":\"HEALTH\",\"score\":0,\"healthNeed\":\"HIGH\",\"helpReceived\":false}")
        .andExpect(status().isCreated());
    await().atMost(Duration.ofSeconds(10)).until(() -> referralIds(caseId).size() == 1);
    String referral = referralIds(caseId).getFirst();
    as(clinicWorker, get("/api/v1/inbox/referrals/{id}", referral), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.health.need").value("HIGH"))
        .andExpect(jsonPath("$.priority").value("HIGH"));
  }

  @Test
  void anOfficerRefersByHandOncePerOpenAction() throws Exception {
    UUID caseId = caseload.caseRegistered(LocalDate.now().minusDays(2));
    UUID employmentCentre = Fixtures.organisation(jdbc, "EMPLOYMENT_CENTRE", district);
    String byMatrix = """
        {"domain":"ECONOMIC","actionCode":"EMPLOYMENT_TRACK","organisationId":"%s",
         "note":"Сварщик"}""".formatted(employmentCentre);
    as(caseload.officer, post("/api/v1/cases/{id}/referrals", caseId), byMatrix)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.automatic").value(false))
        .andExpect(jsonPath("$.organisation.id").value(employmentCentre.toString()))
        .andExpect(jsonPath("$.history[0].by").value("Synthetic Officer"));
    as(caseload.officer, post("/api/v1/cases/{id}/referrals", caseId), byMatrix)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("referral.open-already"));
    as(caseload.officer, post("/api/v1/cases/{id}/referrals", caseId), """
        {"domain":"HOUSING","action":"Временное жильё","organisationId":"%s"}"""
        .formatted(crisisCentre))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("dueOn")));
    as(caseload.officer, post("/api/v1/cases/{id}/referrals", caseId), """
        {"domain":"HOUSING","action":"Временное жильё","organisationId":"%s","dueOn":"%s"}"""
        .formatted(crisisCentre, LocalDate.now().plusDays(3)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.actionCode").value(org.hamcrest.Matchers.startsWith("MANUAL_")));
    // Police and agencies do not refer; a stranger district does not see the case.
    as(cscWorker, post("/api/v1/cases/{id}/referrals", caseId), byMatrix)
        .andExpect(status().isForbidden());
    var stranger = new Actor(UUID.randomUUID(), "other-routing", "Other",
        Role.PROBATION_OFFICER, null, Fixtures.territory(jdbc));
    as(stranger, get("/api/v1/cases/{id}/referrals", caseId), null)
        .andExpect(status().isNotFound());
  }

  /**
   * The referral to restore documents that day 30 without documents brings: the case's first
   * assessment is of HEALTH only, and the sweeps find the day passed.
   */
  private String documentsReferral(UUID caseId) throws Exception {
    as(caseload.officer, post("/api/v1/cases/{id}/assessments", caseId),
        "{\"domain\":\"HEALTH\",\"score\":1,\"healthNeed\":\"MEDIUM\"}")
        .andExpect(status().isCreated());
    reintegrationSweep.sweep();
    routing.sweep();
    return jdbc.sql("""
            select id::text from referral where case_id = :id and action_code = 'RESTORE_DOCUMENTS'""")
        .param("id", caseId).query(String.class).single();
  }
}
