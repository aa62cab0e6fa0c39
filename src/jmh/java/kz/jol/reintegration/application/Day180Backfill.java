package kz.jol.reintegration.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.jol.reintegration.domain.AssessmentHistory;
import kz.jol.reintegration.domain.CaseTimeline;
import kz.jol.reintegration.domain.OfficialReading;
import kz.jol.reintegration.domain.PlanStatus;
import kz.jol.reintegration.domain.ReintegrationPolicy;
import kz.jol.reintegration.domain.RiskRules;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark tooling, not part of Jol: the day-180 readings the hourly {@link ReintegrationSweep}
 * would have taken over the generated five years, had Jol been running. The national data
 * generator writes none, and the sweep only reads the cases open today, so a case that reached
 * day 180 in 2023 and closed in 2024 would have no reading and the dashboards' success KPI would
 * be empty. Each missing reading is computed by the same policy the sweep uses
 * ({@link ReintegrationPolicy#officialReading}, from the assessments dated up to day 180) and
 * stored with the day-180 moment as its recording time; no event is published (nothing in a
 * benchmark listens). Deterministic: the same data give the same readings, and a second run
 * finds nothing missing. Lives in the reintegration package only to reach its repositories.
 */
public final class Day180Backfill {

  private static final int PAGE = 1000;

  private Day180Backfill() {}

  /**
   * Takes every missing reading of a case whose day 180 came before {@code today} and that was
   * not closed before it.
   *
   * @return how many readings were stored
   */
  public static int takeMissing(ApplicationContext context, LocalDate today) {
    JdbcClient jdbc = context.getBean(JdbcClient.class);
    AssessmentRepository assessments = context.getBean(AssessmentRepository.class);
    PlanRepository plans = context.getBean(PlanRepository.class);
    OfficialReadingRepository readings = context.getBean(OfficialReadingRepository.class);
    ReintegrationService reintegration = context.getBean(ReintegrationService.class);
    RiskRules rules = context.getBean(RiskRulesSettings.class).current().rules();
    TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
    ZoneId almaty = ZoneId.of("Asia/Almaty");
    int stored = 0;
    UUID after = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);
    boolean first = true;
    while (true) {
      record Due(UUID id, LocalDate registeredOn) {}
      List<Due> page = jdbc.sql("""
              select c.id, c.registration_date from probation_case c
               where (:first or c.id > :after)
                 and c.registration_date + %d < :today
                 and not (c.state = 'CLOSED' and c.state_since < c.registration_date + %d)
                 and not exists (select 1 from official_reading r where r.case_id = c.id)
               order by c.id limit %d""".formatted(OfficialReading.DAY, OfficialReading.DAY,
              PAGE))
          .param("first", first).param("after", after).param("today", today)
          .query((rs, n) -> new Due(rs.getObject(1, UUID.class),
              rs.getObject(2, LocalDate.class)))
          .list();
      if (page.isEmpty()) {
        return stored;
      }
      first = false;
      after = page.getLast().id();
      stored += transaction.execute(status -> {
        List<UUID> ids = page.stream().map(Due::id).toList();
        Map<UUID, List<kz.jol.reintegration.domain.Assessment>> histories =
            assessments.histories(ids);
        Map<UUID, PlanStatus> approved = plans.statuses(ids);
        int n = 0;
        for (Due c : page) {
          CaseTimeline timeline = reintegration.timeline(c.id(), c.registeredOn());
          OfficialReading reading = ReintegrationPolicy.officialReading(timeline,
              AssessmentHistory.of(histories.getOrDefault(c.id(), List.of())),
              approved.getOrDefault(c.id(), PlanStatus.notApproved()), rules);
          if (readings.insertOnce(c.id(), reading,
              reading.takenOn().atStartOfDay(almaty).toInstant())) {
            n++;
          }
        }
        return n;
      });
    }
  }
}
