package kz.jol.supervision.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.UserAdministration;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.supervision.CheckInMissed;
import kz.jol.supervision.ContactLost;
import kz.jol.supervision.SupervisionFixture;
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
 * The supervision sweep: an expected check-in whose day ended with no result is flagged missed
 * once; a scheduled ACTIVE case with no contact for 30 days raises one alert, told to its
 * officer and to the probation head over its district, once per stretch of silence, even with
 * two sweeps at once; a contact ends the alert; a case with no schedule raises none.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class SupervisionSweepTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;
  @Autowired SupervisionSweep sweep;
  @Autowired ApplicationEvents events;
  @Autowired Clock clock;

  SupervisionFixture f;
  LocalDate today;

  @BeforeEach
  void aDistrictWithItsOfficerAndHead() {
    today = LocalDate.now(clock);
    f = new SupervisionFixture(jdbc, users, persons, cases);
  }

  private ResultActions as(Actor actor, MockHttpServletRequestBuilder request, String body)
      throws Exception {
    request.with(user(JolPrincipal.of(actor)));
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    return mvc.perform(request);
  }

  /** A case registered {@code daysAgo} days ago with a schedule twice a month. */
  private UUID scheduledCase(int daysAgo) throws Exception {
    UUID caseId = f.caseRegistered(today.minusDays(daysAgo));
    as(f.officer, put("/api/v1/cases/{id}/supervision/schedule", caseId), """
        {"pattern": "MONTHLY", "monthDays": [1, 15], "startsOn": "%s"}"""
        .formatted(today.minusDays(daysAgo))).andExpect(status().isOk());
    return caseId;
  }

  private int alerts(UUID caseId) {
    return jdbc.sql("select count(*) from no_contact_alert where case_id = :id")
        .param("id", caseId).query(Integer.class).single();
  }

  private int notifications(Actor to, UUID caseId) {
    return jdbc.sql("""
            select count(*) from notification where recipient_id = :to
               and message_key = 'supervision.no-contact' and link like :link""")
        .param("to", to.userId()).param("link", "/cases/" + caseId + "%")
        .query(Integer.class).single();
  }

  @Test
  void anExpectedCheckInWithNoResultByTheEndOfItsDayIsFlaggedMissedOnce() throws Exception {
    UUID caseId = scheduledCase(10);
    UUID yesterday = UUID.randomUUID();
    UUID todays = UUID.randomUUID();
    jdbc.sql("""
            insert into expected_check_in (id, case_id, due_on, state)
            values (:y, :c, :d1, 'EXPECTED'), (:t, :c, :d2, 'EXPECTED')
            on conflict (case_id, due_on) do nothing""")
        .param("y", yesterday).param("t", todays).param("c", caseId)
        .param("d1", today.minusDays(1)).param("d2", today).update();
    jdbc.sql("update expected_check_in set state = 'EXPECTED' where case_id = :c "
        + "and due_on in (:d1, :d2)").param("c", caseId).param("d1", today.minusDays(1))
        .param("d2", today).update();

    sweep.sweep();
    sweep.sweep();

    assertThat(jdbc.sql("""
            select state from expected_check_in where case_id = :c and due_on = :d""")
        .param("c", caseId).param("d", today.minusDays(1)).query(String.class).single())
        .isEqualTo("FLAGGED_MISSED");
    assertThat(jdbc.sql("""
            select state from expected_check_in where case_id = :c and due_on = :d""")
        .param("c", caseId).param("d", today).query(String.class).single())
        .isEqualTo("EXPECTED");
    assertThat(events.stream(CheckInMissed.class).filter(e -> e.caseId().equals(caseId)))
        .singleElement().extracting(CheckInMissed::dueOn).isEqualTo(today.minusDays(1));
    as(f.officer, get("/api/v1/supervision/alerts"), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.missed[?(@.caseSummary.id == '%s')].flaggedBySweep"
            .formatted(caseId)).value(true));

    // The officer records the result afterwards: the check-in is answered, no longer flagged.
    as(f.officer, post("/api/v1/cases/{id}/supervision/events", caseId), """
        {"kind": "CHECK_IN", "day": "%s", "result": "EXCUSED", "excuseReason": "болезнь"}"""
        .formatted(today.minusDays(1))).andExpect(status().isCreated());
    assertThat(jdbc.sql("""
            select state from expected_check_in where case_id = :c and due_on = :d""")
        .param("c", caseId).param("d", today.minusDays(1)).query(String.class).single())
        .isEqualTo("EXCUSED");
  }

  @Test
  void noContactForThirtyDaysAlertsTheOfficerAndTheHeadOncePerStretch() throws Exception {
    UUID silent = scheduledCase(40);
    UUID recent = scheduledCase(10);
    UUID unscheduled = f.caseRegistered(today.minusDays(40));

    sweep.sweep();

    assertThat(alerts(silent)).isEqualTo(1);
    assertThat(alerts(recent)).isZero();
    assertThat(alerts(unscheduled)).isZero();
    assertThat(notifications(f.officer, silent)).isEqualTo(1);
    assertThat(notifications(f.head, silent)).isEqualTo(1);
    assertThat(events.stream(ContactLost.class).filter(e -> e.caseId().equals(silent)))
        .singleElement().satisfies(e -> {
          assertThat(e.sinceDay()).isEqualTo(today.minusDays(40));
          assertThat(e.days()).isEqualTo(40);
        });
    // The text names no person: only the days and the date.
    String args = jdbc.sql("""
            select message_args::text from notification where recipient_id = :to
               and message_key = 'supervision.no-contact' and link like :link""")
        .param("to", f.officer.userId()).param("link", "/cases/" + silent + "%")
        .query(String.class).single();
    assertThat(args).isEqualTo("[\"40\", \"%s\"]".formatted(today.minusDays(40)));
    as(f.head, get("/api/v1/supervision/alerts"), null)
        .andExpect(jsonPath("$.noContact[?(@.caseSummary.id == '%s')].days".formatted(silent))
            .value(40));

    sweep.sweep();
    assertThat(alerts(silent)).isEqualTo(1);
    assertThat(notifications(f.officer, silent)).isEqualTo(1);

    // A home visit that finds the person ends the stretch and its alert.
    as(f.inspector, post("/api/v1/cases/{id}/supervision/events", silent), """
        {"kind": "HOME_VISIT", "day": "%s", "result": "FOUND_AT_HOME"}""".formatted(today))
        .andExpect(status().isCreated());
    assertThat(jdbc.sql("select ended_on from no_contact_alert where case_id = :id")
        .param("id", silent).query(LocalDate.class).single()).isEqualTo(today);
    sweep.sweep();
    assertThat(alerts(silent)).isEqualTo(1);
    as(f.officer, get("/api/v1/supervision/alerts"), null)
        .andExpect(jsonPath("$.noContact[?(@.caseSummary.id == '%s')]".formatted(silent))
            .isEmpty());
  }

  @Test
  void twoSweepsAtOnceRaiseEachAlertAndNotifyExactlyOnce() throws Exception {
    List<UUID> silent = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      silent.add(scheduledCase(45));
    }
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    int raised = 0;
    try {
      List<Future<SupervisionSweep.Report>> runs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        runs.add(pool.submit(() -> {
          start.await();
          return sweep.sweep();
        }));
      }
      for (Future<SupervisionSweep.Report> run : runs) {
        raised += run.get().alerts();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(raised).isGreaterThanOrEqualTo(silent.size());
    for (UUID caseId : silent) {
      assertThat(alerts(caseId)).as("alerts of %s", caseId).isEqualTo(1);
      assertThat(notifications(f.officer, caseId)).as("officer told of %s", caseId)
          .isEqualTo(1);
      assertThat(notifications(f.head, caseId)).as("head told of %s", caseId).isEqualTo(1);
      assertThat(events.stream(ContactLost.class).filter(e -> e.caseId().equals(caseId)))
          .hasSize(1);
    }
  }
}
