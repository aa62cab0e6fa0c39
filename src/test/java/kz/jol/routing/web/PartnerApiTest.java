package kz.jol.routing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.support.CaseloadFixture;
import kz.jol.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The partner API end to end, through HTTP Basic as a real API client: an administrator issues
 * the client; the partner system pulls its organisation's referrals with a cursor, reads one with
 * its ETag and answers with If-Match and an Idempotency-Key, which applies once however often it
 * is sent, even twice at the same moment.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartnerApiTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;

  final Actor admin = new Actor(UUID.randomUUID(), "partner-test-admin", "Partner Test Admin",
      Role.ADMIN, UUID.randomUUID(), "000000000");

  CaseloadFixture caseload;
  UUID caseId;
  UUID publicServiceCentre;
  UUID crisisCentre;
  Client csc;

  record Client(String id, String clientId, String secret) {}

  @BeforeEach
  void aDistrictWithAPartnerSystem() throws Exception {
    caseload = new CaseloadFixture(jdbc, users, persons, cases);
    String district = caseload.officer.territoryCode();
    publicServiceCentre = Fixtures.organisation(jdbc, "PUBLIC_SERVICE_CENTRE", district);
    crisisCentre = Fixtures.organisation(jdbc, "CRISIS_CENTRE", district);
    caseId = caseload.caseRegistered(LocalDate.now().minusDays(3));
    csc = client(publicServiceCentre);
  }

  Client client(UUID organisation) throws Exception {
    String body = asAdmin(post("/api/v1/admin/api-clients"), """
        {"name":"ЦОН — интеграция (synthetic)","organisationId":"%s"}""".formatted(organisation))
        .andExpect(status().isCreated())
        .andExpect(header().string("Cache-Control", "no-store"))
        .andExpect(jsonPath("$.client.clientId").isNotEmpty())
        .andExpect(jsonPath("$.secret").isNotEmpty())
        .andReturn().getResponse().getContentAsString();
    return new Client(JsonPath.read(body, "$.client.id"), JsonPath.read(body, "$.client.clientId"),
        JsonPath.read(body, "$.secret"));
  }

  ResultActions asAdmin(MockHttpServletRequestBuilder request, String body) throws Exception {
    request.with(user(JolPrincipal.of(admin)));
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    return mvc.perform(request);
  }

  ResultActions as(Client client, MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(httpBasic(client.clientId(), client.secret())));
  }

  MockHttpServletRequestBuilder answer(String referral, String etag, String key, String body) {
    var request = post("/api/v1/partner/referrals/{id}/status", referral)
        .contentType(MediaType.APPLICATION_JSON).content(body);
    if (etag != null) {
      request.header("If-Match", etag);
    }
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return request;
  }

  /** A referral by the officer's hand to the organisation; its id. */
  String referral(UUID organisation) throws Exception {
    var request = post("/api/v1/cases/{id}/referrals", caseId)
        .with(user(JolPrincipal.of(caseload.officer)))
        .contentType(MediaType.APPLICATION_JSON).content("""
            {"domain":"LEGAL","action":"Восстановить удостоверение личности",
             "organisationId":"%s","dueOn":"%s"}"""
            .formatted(organisation, LocalDate.now().plusDays(7)));
    return JsonPath.read(mvc.perform(request).andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString(), "$.id");
  }

  long acceptedEvents(String referral) {
    return jdbc.sql("""
            select count(*) from referral_event
             where referral_id = cast(:id as uuid) and to_state = 'ACCEPTED'""")
        .param("id", referral).query(Long.class).single();
  }

  @Test
  void aPartnerSystemPullsItsOrganisationsReferralsWithACursor() throws Exception {
    String first = referral(publicServiceCentre);
    String second = referral(publicServiceCentre);
    String elsewhere = referral(crisisCentre);

    String page = as(csc, get("/api/v1/partner/referrals").param("limit", "1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.changes.length()").value(1))
        .andExpect(jsonPath("$.changes[0].referral.id").value(first))
        .andExpect(jsonPath("$.changes[0].referral.person.fullName").value("Сынақова Айгерім"))
        .andExpect(jsonPath("$.changes[0].referral.caseId").doesNotExist())
        .andExpect(jsonPath("$.changes[0].referral.legalBasis").doesNotExist())
        .andExpect(jsonPath("$.changes[0].referral.health").doesNotExist())
        .andExpect(jsonPath("$.more").value(true))
        .andReturn().getResponse().getContentAsString();
    long next = ((Number) JsonPath.read(page, "$.next")).longValue();
    page = as(csc, get("/api/v1/partner/referrals").param("after", String.valueOf(next)))
        .andExpect(jsonPath("$.changes[*].referral.id").value(org.hamcrest.Matchers.contains(second)))
        .andExpect(jsonPath("$.changes[*].referral.id", not(hasItem(elsewhere))))
        .andExpect(jsonPath("$.more").value(false))
        .andReturn().getResponse().getContentAsString();
    next = ((Number) JsonPath.read(page, "$.next")).longValue();
    as(csc, get("/api/v1/partner/referrals").param("after", String.valueOf(next)))
        .andExpect(jsonPath("$.changes.length()").value(0))
        .andExpect(jsonPath("$.next").value(next));

    // A change brings the referral back, as it stands now.
    as(csc, answer(first, "\"0\"", null, "{\"state\":\"ACCEPTED\"}")).andExpect(status().isOk());
    as(csc, get("/api/v1/partner/referrals").param("after", String.valueOf(next)))
        .andExpect(jsonPath("$.changes[*].referral.id").value(org.hamcrest.Matchers.contains(first)))
        .andExpect(jsonPath("$.changes[0].referral.state").value("ACCEPTED"))
        .andExpect(jsonPath("$.changes[0].referral.version").value(1));

    as(csc, get("/api/v1/partner/referrals").param("after", "-1"))
        .andExpect(status().isBadRequest());
    as(csc, get("/api/v1/partner/referrals").param("after", "abc"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void anAnswerWithAnIdempotencyKeyAppliesOnceAndIsAnsweredTheSameEveryTime() throws Exception {
    String referral = referral(publicServiceCentre);
    as(csc, get("/api/v1/partner/referrals/{id}", referral))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(jsonPath("$.state").value("SENT"));

    String key = UUID.randomUUID().toString();
    MockHttpServletResponse first = as(csc,
        answer(referral, "\"0\"", key, "{\"state\":\"ACCEPTED\"}"))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(header().doesNotExist("Idempotent-Replayed"))
        .andExpect(jsonPath("$.state").value("ACCEPTED"))
        .andReturn().getResponse();
    MockHttpServletResponse again = as(csc,
        answer(referral, "\"0\"", key, "{\"state\":\"ACCEPTED\"}"))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(header().string("Idempotent-Replayed", "true"))
        .andReturn().getResponse();
    assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString());
    assertThat(acceptedEvents(referral)).isEqualTo(1);

    as(csc, answer(referral, "\"0\"", key, "{\"state\":\"DECLINED\",\"reason\":\"x\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("idempotency.key-reused"));
    as(csc, answer(referral, "\"1\"", key, "{\"state\":\"ACCEPTED\"}")
        .header("Accept-Language", "kk"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("кілт")));

    // A stale ETag is refused, and the refusal does not use up the key.
    String retry = UUID.randomUUID().toString();
    as(csc, answer(referral, "\"0\"", retry, "{\"state\":\"IN_PROGRESS\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("referral.stale-version"));
    as(csc, answer(referral, "\"1\"", retry, "{\"state\":\"IN_PROGRESS\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("IN_PROGRESS"));
  }

  @Test
  void aPartnerGetsAClearProblemForEveryMistake() throws Exception {
    String referral = referral(publicServiceCentre);
    String elsewhere = referral(crisisCentre);

    as(csc, answer(referral, null, null, "{\"state\":\"ACCEPTED\"}"))
        .andExpect(status().is(428))
        .andExpect(jsonPath("$.code").value("partner.if-match-required"));
    as(csc, answer(referral, "W/\"0\"", null, "{\"state\":\"ACCEPTED\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("partner.if-match-invalid"));
    as(csc, answer(referral, "\"0\"", null,
        "{\"state\":\"DONE\",\"result\":\"x\",\"evidence\":\"y\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("referral.transition-not-allowed"));
    as(csc, answer(referral, "\"0\"", null, "{\"state\":\"ACCEPTED\""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("validation.failed"));
    as(csc, answer(referral, "\"0\"", null, "{\"state\":\"MAYBE\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("state"));
    as(csc, answer(referral, "\"0\"", null, "{\"state\":\"ACCEPTED\",\"version\":0}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("field.unknown"));
    as(csc, answer(referral, "\"0\"", "schlüssel", "{\"state\":\"ACCEPTED\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("idempotency.key-invalid"));
    as(csc, answer(referral, "\"0\"", "k".repeat(256), "{\"state\":\"ACCEPTED\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("idempotency.key-invalid"));

    String unknown = UUID.randomUUID().toString();
    as(csc, get("/api/v1/partner/referrals/{id}", unknown))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("not-found"));
    as(csc, answer(unknown, "\"0\"", UUID.randomUUID().toString(), "{\"state\":\"ACCEPTED\"}"))
        .andExpect(status().isNotFound());
    as(csc, get("/api/v1/partner/referrals/{id}", elsewhere)).andExpect(status().isNotFound());
    as(csc, answer(elsewhere, "\"0\"", null, "{\"state\":\"ACCEPTED\"}"))
        .andExpect(status().isNotFound());

    // Nothing of the above changed the referral.
    as(csc, get("/api/v1/partner/referrals/{id}", referral))
        .andExpect(header().string("ETag", "\"0\""));
    // People's endpoints are not the partner system's, nor the partner API people's.
    as(csc, get("/api/v1/inbox/referrals")).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/partner/referrals")
            .with(user(JolPrincipal.of(caseload.officer))))
        .andExpect(status().isForbidden());
  }

  @Test
  void twoIdenticalRequestsAtTheSameMomentApplyOnce() throws Exception {
    String referral = referral(publicServiceCentre);
    String key = UUID.randomUUID().toString();
    var start = new CountDownLatch(1);
    Callable<MockHttpServletResponse> send = () -> {
      start.await();
      return as(csc, answer(referral, "\"0\"", key, "{\"state\":\"ACCEPTED\"}"))
          .andReturn().getResponse();
    };
    List<MockHttpServletResponse> responses = new ArrayList<>();
    try (var pool = Executors.newFixedThreadPool(2)) {
      Future<MockHttpServletResponse> a = pool.submit(send);
      Future<MockHttpServletResponse> b = pool.submit(send);
      start.countDown();
      responses.add(a.get());
      responses.add(b.get());
    }
    assertThat(responses).extracting(MockHttpServletResponse::getStatus).containsOnly(200);
    assertThat(responses.get(0).getContentAsString())
        .isEqualTo(responses.get(1).getContentAsString());
    assertThat(responses).filteredOn(r -> "true".equals(r.getHeader("Idempotent-Replayed")))
        .hasSize(1);
    assertThat(acceptedEvents(referral)).isEqualTo(1);
  }

  @Test
  void aDisabledClientOrAnOldSecretIsRefusedAndNoClientSignsInOnTheWeb() throws Exception {
    as(csc, get("/api/v1/partner/referrals")).andExpect(status().isOk());
    mvc.perform(formLogin().user(csc.clientId()).password(csc.secret()))
        .andExpect(redirectedUrl("/login?error"));

    String rotated = asAdmin(post("/api/v1/admin/api-clients/{id}/secret", csc.id()), null)
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    Client renewed = new Client(csc.id(), csc.clientId(), JsonPath.read(rotated, "$.secret"));
    as(csc, get("/api/v1/partner/referrals")).andExpect(status().isUnauthorized());
    as(renewed, get("/api/v1/partner/referrals")).andExpect(status().isOk());

    asAdmin(post("/api/v1/admin/api-clients/{id}/disable", csc.id()), null)
        .andExpect(jsonPath("$.enabled").value(false));
    as(renewed, get("/api/v1/partner/referrals"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.code").value("access.unauthenticated"));
    asAdmin(get("/api/v1/admin/api-clients").param("organisationId",
            publicServiceCentre.toString()), null)
        .andExpect(jsonPath("$[*].clientId", hasItem(csc.clientId())))
        .andExpect(jsonPath("$[0].secret").doesNotExist());
  }

  @Test
  void anApiClientBelongsToAPartnerOrganisationAndIsNoUser() throws Exception {
    UUID probationUnit = Fixtures.organisation(jdbc, "PROBATION_UNIT",
        caseload.officer.territoryCode());
    asAdmin(post("/api/v1/admin/api-clients"),
        "{\"name\":\"x\",\"organisationId\":\"%s\"}".formatted(probationUnit))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("user.role-organisation"));
    asAdmin(post("/api/v1/admin/api-clients"), "{\"organisationId\":null}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("name")));
    asAdmin(post("/api/v1/admin/users"), """
        {"username":"sneaky.partner","fullName":"x","role":"PARTNER_SYSTEM",
         "organisationId":"%s","territoryCode":"%s","password":"a-long-password"}"""
        .formatted(publicServiceCentre, caseload.officer.territoryCode()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].code", hasItem("user.role-api-client")));
    asAdmin(post("/api/v1/admin/users/{id}/password", csc.id()),
        "{\"password\":\"a-long-password\"}")
        .andExpect(status().isBadRequest());
  }

  @Test
  void theOpenApiDescribesThePartnerApiWithExamples() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(jsonPath("$.paths['/api/v1/partner/referrals/{id}/status'].post.description",
            org.hamcrest.Matchers.containsString("**Allowed:** PARTNER_SYSTEM")))
        .andExpect(jsonPath("$.paths['/api/v1/partner/referrals/{id}/status'].post"
            + ".parameters[*].name", hasItem("Idempotency-Key")))
        .andExpect(jsonPath("$.paths['/api/v1/partner/referrals/{id}/status'].post"
            + ".requestBody.content['application/json'].examples.accept").exists())
        .andExpect(jsonPath("$.paths['/api/v1/partner/referrals'].get.responses['200']"
            + ".content['application/json'].examples").exists())
        .andExpect(jsonPath("$.paths['/api/v1/admin/api-clients'].post.responses['201']"
            + ".content['application/json'].examples.issued").exists());
  }
}
