package kz.jol.reintegration.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import kz.jol.access.UserAdministration;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.reintegration.DomainRiskRaised;
import kz.jol.reintegration.OfficialReadingTaken;
import kz.jol.reintegration.domain.Domain;
import kz.jol.support.CaseloadFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sweep announces what time alone raised to R3 and takes due day-180 readings, once each,
 * even when two sweeps run at the same time (as two nodes would without ShedLock).
 */
@SpringBootTest
class ReintegrationSweepTest {

  /** Counts every announcement, from any thread. */
  static class Announcements {
    final Map<String, AtomicInteger> raised = new ConcurrentHashMap<>();
    final Map<UUID, AtomicInteger> readings = new ConcurrentHashMap<>();

    @EventListener
    void on(DomainRiskRaised event) {
      raised.computeIfAbsent(event.caseId() + "/" + event.domain(), k -> new AtomicInteger())
          .incrementAndGet();
    }

    @EventListener
    void on(OfficialReadingTaken event) {
      readings.computeIfAbsent(event.caseId(), k -> new AtomicInteger()).incrementAndGet();
    }

    int raised(UUID caseId, Domain domain) {
      AtomicInteger n = raised.get(caseId + "/" + domain);
      return n == null ? 0 : n.get();
    }

    int readings(UUID caseId) {
      AtomicInteger n = readings.get(caseId);
      return n == null ? 0 : n.get();
    }
  }

  @TestConfiguration
  static class Listening {
    @Bean
    Announcements announcements() {
      return new Announcements();
    }
  }

  // Jol's days are Almaty's; the JVM's zone may already be in another day.
  @Autowired Clock clock;
  @Autowired ReintegrationSweep sweep;
  @Autowired Announcements announcements;
  @Autowired JdbcClient jdbc;
  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;

  CaseloadFixture caseload;

  @BeforeEach
  void anOfficer() {
    caseload = new CaseloadFixture(jdbc, users, persons, cases);
  }

  @Test
  void day30WithNoDocumentsAndAnOverduePlanAreAnnouncedOnceAcrossSweeps() {
    UUID day31 = caseload.caseRegistered(LocalDate.now(clock).minusDays(31));
    UUID day29 = caseload.caseRegistered(LocalDate.now(clock).minusDays(29));

    sweep.sweep();
    sweep.sweep();

    assertThat(announcements.raised(day31, Domain.LEGAL)).isEqualTo(1);
    assertThat(announcements.raised(day31, Domain.INSTITUTIONAL)).isEqualTo(1);
    assertThat(announcements.raised(day29, Domain.LEGAL)).isZero();
    assertThat(announcements.raised(day29, Domain.INSTITUTIONAL)).isEqualTo(1);
    assertThat(announcements.raised(day31, Domain.HOUSING)).isZero();
    assertThat(risk(day29, Domain.LEGAL)).isEqualTo("R2");
    assertThat(risk(day31, Domain.LEGAL)).isEqualTo("R3");
  }

  @Test
  void aCaseThatReachedDay180GetsItsReadingOnce() {
    UUID old = caseload.caseRegistered(LocalDate.now(clock).minusDays(185));
    UUID young = caseload.caseRegistered(LocalDate.now(clock).minusDays(179));

    ReintegrationSweep.Report first = sweep.sweep();
    sweep.sweep();

    assertThat(first.readings()).isPositive();
    assertThat(announcements.readings(old)).isEqualTo(1);
    assertThat(announcements.readings(young)).isZero();
    assertThat(jdbc.sql("select taken_on from official_reading where case_id = :id")
        .param("id", old).query(LocalDate.class).single())
        .isEqualTo(LocalDate.now(clock).minusDays(5));
  }

  @Test
  void twoSweepsAtOnceAnnounceEachRaiseAndEachReadingOnce() throws Exception {
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      ids.add(caseload.caseRegistered(LocalDate.now(clock).minusDays(61 + i * 11)));
    }
    CyclicBarrier start = new CyclicBarrier(2);
    try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
      List<Future<ReintegrationSweep.Report>> runs = new ArrayList<>();
      for (int node = 0; node < 2; node++) {
        runs.add(nodes.submit(() -> {
          start.await();
          return sweep.sweep();
        }));
      }
      for (Future<ReintegrationSweep.Report> run : runs) {
        assertThat(run.get().cases()).isGreaterThanOrEqualTo(ids.size());
      }
    }
    for (UUID id : ids) {
      // Day 60 passed with no income and no track; day 30 with no documents; no plan.
      assertThat(announcements.raised(id, Domain.ECONOMIC)).as("ECONOMIC of %s", id).isEqualTo(1);
      assertThat(announcements.raised(id, Domain.LEGAL)).as("LEGAL of %s", id).isEqualTo(1);
      assertThat(announcements.raised(id, Domain.INSTITUTIONAL)).isEqualTo(1);
      assertThat(jdbc.sql("""
              select count(*) from domain_risk_change
              where case_id = :id and risk = 'R3'""").param("id", id)
          .query(Integer.class).single()).isEqualTo(3);
    }
    long pastDay180 = ids.stream().filter(id -> announcements.readings(id) > 0).count();
    assertThat(pastDay180).isEqualTo(2); // registered 182 and 193 days ago
    ids.forEach(id -> assertThat(announcements.readings(id)).isLessThanOrEqualTo(1));
  }

  @Test
  void theScheduledRunTakesTheSharedLock() {
    sweep.scheduled();
    assertThat(jdbc.sql("select count(*) from shedlock where name = 'reintegration-sweep'")
        .query(Integer.class).single()).isEqualTo(1);
  }

  private String risk(UUID caseId, Domain domain) {
    return jdbc.sql("select risk from domain_risk where case_id = :id and domain = :d")
        .param("id", caseId).param("d", domain.name()).query(String.class).single();
  }
}
