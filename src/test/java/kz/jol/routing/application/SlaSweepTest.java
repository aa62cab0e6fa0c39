package kz.jol.routing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.routing.SlaBreached;
import kz.jol.routing.domain.Escalation;
import kz.jol.support.CaseloadFixture;
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
 * The SLA sweep and escalation: a late referral is escalated once to the akimat department of
 * its territory and to its organisation's head, naming the officer; never twice, not by two
 * sweeps at once, not after a sweep died half-way; the head answers; the new deadline passing
 * goes one level up; finishing the referral closes its escalations; and only the parties see
 * it. Referrals are made late by moving their deadline in SQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class SlaSweepTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;
  @Autowired SlaSweep sweep;
  @Autowired EscalationService escalations;
  @Autowired ApplicationEvents events;

  CaseloadFixture caseload;
  String district;
  String region;
  UUID akimat;
  UUID regionAkimat;
  UUID publicServiceCentre;
  Actor akimatHead;
  Actor regionAkimatHead;
  Actor cscHead;
  Actor probationHead;

  @BeforeEach
  void aRegionWithADistrictItsAkimatAndAPublicServiceCentre() {
    caseload = new CaseloadFixture(jdbc, users, persons, cases);
    district = caseload.officer.territoryCode();
    region = region();
    jdbc.sql("update territory set parent_code = :region where code = :district")
        .param("region", region).param("district", district).update();
    akimat = Fixtures.organisation(jdbc, "AKIMAT_DEPARTMENT", district);
    regionAkimat = Fixtures.organisation(jdbc, "AKIMAT_DEPARTMENT", region);
    publicServiceCentre = Fixtures.organisation(jdbc, "PUBLIC_SERVICE_CENTRE", district);
    akimatHead = newUser(Role.AGENCY_HEAD, "Synthetic Akimat Head", akimat, district);
    regionAkimatHead = newUser(Role.AGENCY_HEAD, "Synthetic Region Head", regionAkimat, region);
    cscHead = newUser(Role.AGENCY_HEAD, "Synthetic Centre Head", publicServiceCentre, district);
    probationHead = newUser(Role.PROBATION_HEAD, "Synthetic Probation Head",
        Fixtures.organisation(jdbc, "PROBATION_UNIT", region), region);
  }

  private String region() {
    String code;
    do {
      code = "8" + String.format("%08d",
          Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
    } while (jdbc.sql("select count(*) from territory where code = :c").param("c", code)
        .query(Integer.class).single() > 0);
    jdbc.sql("""
            insert into territory (code, parent_code, kind, name_kk, name_ru, name_en)
            values (:code, '000000000', 'REGION', 'Сынақ облысы', 'Тестовая область',
                    'Test region')""")
        .param("code", code).update();
    return code;
  }

  private Actor newUser(Role role, String name, UUID organisation, String territory) {
    var created = users.create(new UserAdministration.UserForm(
        "sla." + UUID.randomUUID().toString().substring(0, 8), name, role, organisation,
        territory, true, "a-long-password", null)).user();
    return new Actor(created.id(), created.username(), created.fullName(), created.role(),
        created.organisationId(), created.territoryCode());
  }

  /** A referral of a fresh case to the public service centre, due at the moment given. */
  private UUID referralDue(Instant dueAt) {
    UUID caseId = caseload.caseRegistered(LocalDate.now().minusDays(10));
    UUID id = UUID.randomUUID();
    jdbc.sql("""
            insert into referral (id, case_id, domain, action_code, action_kk, action_ru,
                action_en, organisation_id, priority, created_by, created_at, due_at, state,
                state_at)
            values (:id, :caseId, 'LEGAL', :code, 'Құжаттар', 'Документы', 'Documents', :org,
                'HIGH', :officer, :created, :due, 'SENT', :created)""")
        .param("id", id).param("caseId", caseId)
        .param("code", "MANUAL_" + UUID.randomUUID().toString().substring(0, 8)
            .toUpperCase(Locale.ROOT))
        .param("org", publicServiceCentre).param("officer", caseload.officer.userId())
        .param("created", Timestamp.from(dueAt.minus(Duration.ofDays(2))))
        .param("due", Timestamp.from(dueAt))
        .update();
    return id;
  }

  private UUID lateReferral() {
    return referralDue(Instant.now().minus(Duration.ofHours(1)));
  }

  private List<Escalation> of(UUID referral) {
    return escalations.ofReferral(referral);
  }

  private ResultActions as(Actor actor, MockHttpServletRequestBuilder request, String body)
      throws Exception {
    request.with(user(JolPrincipal.of(actor)));
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    return mvc.perform(request);
  }

  @Test
  void escalatesALateReferralOnceToTheAkimatAndTheOrganisationsHeadNamingTheOfficer()
      throws Exception {
    UUID referral = lateReferral();
    UUID onTime = referralDue(Instant.now().plus(Duration.ofHours(5)));

    sweep.sweep();

    assertThat(of(onTime)).isEmpty();
    List<Escalation> opened = of(referral);
    assertThat(opened).hasSize(1);
    Escalation e = opened.getFirst();
    assertThat(e.level()).isEqualTo(1);
    assertThat(e.addresseeOrganisationId()).isEqualTo(akimat);
    assertThat(e.breachedOrganisationId()).isEqualTo(publicServiceCentre);
    assertThat(e.officerId()).isEqualTo(caseload.officer.userId());
    assertThat(e.state()).isEqualTo(Escalation.State.OPEN);
    assertThat(events.stream(SlaBreached.class)
        .filter(b -> b.referralId().equals(referral)))
        .singleElement()
        .satisfies(b -> {
          assertThat(b.escalationId()).isEqualTo(e.id());
          assertThat(b.level()).isEqualTo(1);
          assertThat(b.organisationId()).isEqualTo(publicServiceCentre);
        });

    as(akimatHead, get("/api/v1/escalations/{id}", e.id()), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.addressee.id").value(akimat.toString()))
        .andExpect(jsonPath("$.addressee.heads", hasItem("Synthetic Akimat Head")))
        .andExpect(jsonPath("$.breachedOrganisation.heads", hasItem("Synthetic Centre Head")))
        .andExpect(jsonPath("$.caseManager.fullName").value("Synthetic Officer"))
        .andExpect(jsonPath("$.state").value("OPEN"))
        .andExpect(jsonPath("$.overdue").value(false));
    as(cscHead, get("/api/v1/escalations"), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].id", hasItem(e.id().toString())));

    // Both heads and the officer are told, with a link to answer.
    for (Actor told : List.of(akimatHead, cscHead)) {
      org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
          as(told, get("/api/v1/notifications").header("Accept-Language", "ru"), null)
              .andReturn().getResponse().getContentAsString()
              .contains("/escalations/" + e.id()));
    }
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
        as(caseload.officer, get("/api/v1/notifications").header("Accept-Language", "kk"), null)
            .andReturn().getResponse().getContentAsString()
            .contains("эскалацияланды (1-деңгей)"));

    sweep.sweep();
    assertThat(of(referral)).hasSize(1);
    assertThat(events.stream(SlaBreached.class)
        .filter(b -> b.referralId().equals(referral))).hasSize(1);
  }

  @Test
  void twoSweepsAtOnceOpenExactlyOneEscalationPerBreach() throws Exception {
    List<UUID> late = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      late.add(lateReferral());
    }
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<SlaSweep.Report>> runs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        runs.add(pool.submit(() -> {
          start.await();
          return sweep.sweep(2);
        }));
      }
      int opened = 0;
      for (Future<SlaSweep.Report> run : runs) {
        opened += run.get().opened();
      }
      assertThat(opened).isGreaterThanOrEqualTo(late.size());
    } finally {
      pool.shutdown();
    }
    for (UUID referral : late) {
      assertThat(of(referral)).as("escalations of %s", referral).hasSize(1);
      assertThat(jdbc.sql("""
              select count(*) from escalation_event v join escalation e on e.id = v.escalation_id
              where e.referral_id = :id""").param("id", referral).query(Integer.class).single())
          .isEqualTo(1);
    }
  }

  @Test
  void aSweepThatDiesHalfWayLosesNothingAndDoublesNothingWhenRunAgain() {
    // The earliest deadlines in the database, so that they fill the first pages, in this order.
    Instant long_ago = Instant.parse("2001-01-01T00:00:00Z");
    List<UUID> late = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      late.add(referralDue(long_ago.plus(Duration.ofMinutes(i))));
    }
    // The database fails the fourth insert: the sweep dies in its second page of two.
    jdbc.sql("""
        create or replace function sla_test_crash() returns trigger language plpgsql as $$
        begin
          if new.referral_id = '%s' then raise exception 'simulated crash'; end if;
          return new;
        end $$""".formatted(late.get(3))).update();
    jdbc.sql("""
        create trigger sla_test_crash before insert on escalation
        for each row execute function sla_test_crash()""").update();
    try {
      assertThatThrownBy(() -> sweep.sweep(2)).hasMessageContaining("simulated crash");
    } finally {
      jdbc.sql("drop trigger sla_test_crash on escalation").update();
      jdbc.sql("drop function sla_test_crash()").update();
    }
    // The first page was committed; the page that died left nothing, not even its events.
    assertThat(of(late.get(0))).hasSize(1);
    assertThat(of(late.get(1))).hasSize(1);
    assertThat(of(late.get(2))).isEmpty();
    assertThat(of(late.get(3))).isEmpty();
    assertThat(of(late.get(4))).isEmpty();

    sweep.sweep(2);

    for (UUID referral : late) {
      assertThat(of(referral)).as("escalations of %s", referral).hasSize(1)
          .first().extracting(Escalation::level).isEqualTo(1);
    }
    // One "opened" history row each: the rolled-back page left none behind.
    assertThat(jdbc.sql("""
            select count(*) from escalation_event v join escalation e on e.id = v.escalation_id
            where e.referral_id = any(:ids)""")
        .param("ids", late.toArray(UUID[]::new)).query(Integer.class).single()).isEqualTo(5);
  }

  @Test
  void theHeadAnswersAndASecondBreachGoesOneLevelUp() throws Exception {
    UUID referral = lateReferral();
    sweep.sweep();
    UUID first = of(referral).getFirst().id();

    as(akimatHead, post("/api/v1/escalations/{id}/answer", first), "{}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
            "reason", "measures", "newDeadline")));
    as(akimatHead, post("/api/v1/escalations/{id}/answer", first), """
        {"reason":"x","measures":"y","newDeadline":"2020-01-01T00:00:00Z"}""")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("newDeadline"))
        .andExpect(jsonPath("$.errors[0].code").value("escalation.deadline-not-future"));
    // The head of an unrelated organisation does not find it; probation staff do not answer.
    String elsewhere = Fixtures.territory(jdbc);
    Actor stranger = newUser(Role.AGENCY_HEAD, "Synthetic Stranger Head",
        Fixtures.organisation(jdbc, "AKIMAT_DEPARTMENT", elsewhere), elsewhere);
    String answer = """
        {"reason":"Очередь в ЦОН, оператор на больничном",
         "measures":"Запись вне очереди, выездной приём","newDeadline":"%s","version":0}"""
        .formatted(Instant.now().plus(Duration.ofDays(2)));
    as(stranger, post("/api/v1/escalations/{id}/answer", first), answer)
        .andExpect(status().isNotFound());
    as(stranger, get("/api/v1/escalations/{id}", first), null)
        .andExpect(status().isNotFound());
    as(caseload.officer, post("/api/v1/escalations/{id}/answer", first), answer)
        .andExpect(status().isForbidden());

    as(akimatHead, post("/api/v1/escalations/{id}/answer", first), answer)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("ANSWERED"))
        .andExpect(jsonPath("$.reason").value("Очередь в ЦОН, оператор на больничном"))
        .andExpect(jsonPath("$.answeredBy.fullName").value("Synthetic Akimat Head"))
        .andExpect(jsonPath("$.history[*].to").value(
            org.hamcrest.Matchers.contains("OPEN", "ANSWERED")));
    as(cscHead, post("/api/v1/escalations/{id}/answer", first), answer)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("escalation.answered"));

    // While the new deadline runs, nothing more happens.
    sweep.sweep();
    assertThat(of(referral)).hasSize(1);

    // The new deadline passes with the referral still open: the region's akimat is next.
    Instant missed = Instant.now().minus(Duration.ofMinutes(1));
    jdbc.sql("update escalation set new_deadline = :t where id = :id")
        .param("t", Timestamp.from(missed)).param("id", first).update();
    sweep.sweep();
    sweep.sweep();
    List<Escalation> ladder = of(referral);
    assertThat(ladder).extracting(Escalation::level).containsExactly(1, 2);
    assertThat(ladder.get(0).state()).isEqualTo(Escalation.State.ESCALATED);
    assertThat(ladder.get(1).state()).isEqualTo(Escalation.State.OPEN);
    assertThat(ladder.get(1).addresseeOrganisationId()).isEqualTo(regionAkimat);
    assertThat(ladder.get(1).missedDeadline()).isCloseTo(missed,
        org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
    assertThat(events.stream(SlaBreached.class).filter(b -> b.referralId().equals(referral)))
        .extracting(SlaBreached::level).containsExactly(1, 2);
    // Each escalation's history: the first answered then replaced, the second opened.
    assertThat(jdbc.sql("""
            select e.level || ':' || coalesce(v.from_state, '-') || '>' || v.to_state || ':'
                   || coalesce(v.note, '')
            from escalation_event v join escalation e on e.id = v.escalation_id
            where e.referral_id = :referral order by v.id""")
        .param("referral", referral).query(String.class).list())
        .containsExactly("1:->OPEN:level 1",
            "1:OPEN>ANSWERED:Очередь в ЦОН, оператор на больничном", "2:->OPEN:level 2",
            "1:ANSWERED>ESCALATED:level 2 opened");
    as(regionAkimatHead, get("/api/v1/escalations"), null)
        .andExpect(jsonPath("$.items[*].id", hasItem(ladder.get(1).id().toString())));
    as(akimatHead, post("/api/v1/escalations/{id}/answer", first), answer)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("escalation.closed"));
  }

  @Test
  void finishingTheReferralClosesItsEscalations() throws Exception {
    UUID referral = lateReferral();
    sweep.sweep();
    assertThat(of(referral)).singleElement()
        .extracting(Escalation::state).isEqualTo(Escalation.State.OPEN);

    as(cscHead, post("/api/v1/inbox/referrals/{id}/answer", referral),
        "{\"state\":\"DECLINED\",\"reason\":\"Не наш профиль\",\"version\":0}")
        .andExpect(status().isOk());

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(of(referral)).singleElement()
            .extracting(Escalation::state).isEqualTo(Escalation.State.CLOSED));
    sweep.sweep();
    assertThat(of(referral)).hasSize(1);
    as(akimatHead, post("/api/v1/escalations/{id}/answer", of(referral).getFirst().id()), """
        {"reason":"x","measures":"y","newDeadline":"%s"}"""
        .formatted(Instant.now().plus(Duration.ofDays(1))))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("escalation.closed"));
  }

  @Test
  void theSweepClosesWhatTheListenerMissed() {
    UUID referral = lateReferral();
    sweep.sweep();
    // Finished behind the listener's back (as if its event were lost).
    jdbc.sql("""
            update referral set state = 'IMPOSSIBLE', outcome = 'moved abroad'
            where id = :id""").param("id", referral).update();
    sweep.sweep();
    assertThat(of(referral)).singleElement()
        .extracting(Escalation::state).isEqualTo(Escalation.State.CLOSED);
  }

  @Test
  void onlyTheTerritorysProbationHeadAndTheCasesOfficerSeeIt() throws Exception {
    UUID referral = lateReferral();
    sweep.sweep();
    String id = of(referral).getFirst().id().toString();

    as(probationHead, get("/api/v1/escalations"), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].id", hasItem(id)));
    as(probationHead, get("/api/v1/escalations/{id}", id), null)
        .andExpect(status().isOk());
    as(caseload.officer, get("/api/v1/escalations"), null)
        .andExpect(jsonPath("$.items[*].id", hasItem(id)));
    as(caseload.officer, get("/api/v1/escalations/{id}", id), null)
        .andExpect(status().isOk());

    String elsewhere = Fixtures.territory(jdbc);
    Actor otherHead = newUser(Role.PROBATION_HEAD, "Synthetic Other Head",
        Fixtures.organisation(jdbc, "PROBATION_UNIT", elsewhere), elsewhere);
    as(otherHead, get("/api/v1/escalations"), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
    as(otherHead, get("/api/v1/escalations/{id}", id), null)
        .andExpect(status().isNotFound());

    Actor otherOfficer = new CaseloadFixture(jdbc, users, persons, cases).officer;
    as(otherOfficer, get("/api/v1/escalations/{id}", id), null)
        .andExpect(status().isNotFound());

    Actor unrelatedHead = newUser(Role.AGENCY_HEAD, "Synthetic Unrelated Head",
        Fixtures.organisation(jdbc, "CRISIS_CENTRE", district), district);
    as(unrelatedHead, get("/api/v1/escalations/{id}", id), null)
        .andExpect(status().isNotFound());
    as(unrelatedHead, get("/api/v1/escalations"), null)
        .andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
  }

  @Test
  void anAdminWritesANewLadderVersion() throws Exception {
    Actor admin = new Actor(UUID.randomUUID(), "sla-admin", "Synthetic Admin", Role.ADMIN, null,
        "000000000");
    String body = as(admin, get("/api/v1/admin/escalation-ladder"), null)
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    int version = com.jayway.jsonpath.JsonPath.read(body, "$.version");
    as(admin, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
        .put("/api/v1/admin/escalation-ladder"), """
        {"baseVersion":%d,"steps":[{"reach":"CASE_TERRITORY","answerHours":0}]}"""
        .formatted(version))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
            "steps[0].organisationType", "steps[0].answerHours")));
    as(admin, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
        .put("/api/v1/admin/escalation-ladder"), """
        {"baseVersion":%d,"note":"same again","steps":[
          {"reach":"CASE_TERRITORY","organisationType":"AKIMAT_DEPARTMENT","answerHours":48},
          {"reach":"REGION","organisationType":"AKIMAT_DEPARTMENT","answerHours":48},
          {"reach":"REPUBLIC","organisationType":"MINISTRY","answerHours":72}]}"""
        .formatted(version))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(version + 1))
        .andExpect(jsonPath("$.createdBy").value("sla-admin"))
        .andExpect(jsonPath("$.steps[1].reach").value("REGION"));
    as(admin, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
        .put("/api/v1/admin/escalation-ladder"), """
        {"baseVersion":%d,"steps":[
          {"reach":"CASE_TERRITORY","organisationType":"AKIMAT_DEPARTMENT","answerHours":48}]}"""
        .formatted(version))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("escalation.ladder-stale-version"));
  }
}
