package kz.jol.reintegration.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.jol.register.application.OpenCases;
import kz.jol.reintegration.DomainRiskRaised;
import kz.jol.reintegration.domain.AssessmentHistory;
import kz.jol.reintegration.domain.CaseEvaluation;
import kz.jol.reintegration.domain.CaseTimeline;
import kz.jol.reintegration.domain.Domain;
import kz.jol.reintegration.domain.OfficialReading;
import kz.jol.reintegration.domain.PlanStatus;
import kz.jol.reintegration.domain.ReintegrationPolicy;
import kz.jol.reintegration.domain.RiskRules;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every hour (so that a node started in the morning catches up at once, and a trigger date that
 * passed at midnight is found within the hour), every open case is evaluated as of today: the risk of each domain is
 * recorded, a domain that time alone raised to R3 (day 30 with no documents, day 60 with no
 * income and no track, the plan overdue) is announced with {@link DomainRiskRaised}, and the
 * day-180 reading of a case that reached day 180 is taken. One node runs it at a time
 * (ShedLock); should two run anyway, the risk ledger and the reading's unique key announce each
 * raise and each reading once. Cases go in pages of {@value #PAGE}, each page in its own
 * transaction with its events, so a sweep that dies loses at most the page it was on, and the
 * next run finds it again.
 */
@Service
public class ReintegrationSweep {

  static final int PAGE = 500;
  private static final Logger log = LoggerFactory.getLogger(ReintegrationSweep.class);

  private final OpenCases openCases;
  private final AssessmentRepository assessments;
  private final PlanRepository plans;
  private final OfficialReadingRepository readings;
  private final RiskLedger ledger;
  private final RiskRulesSettings riskRules;
  private final ReintegrationService reintegration;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final Clock clock;

  ReintegrationSweep(OpenCases openCases, AssessmentRepository assessments,
      PlanRepository plans, OfficialReadingRepository readings, RiskLedger ledger,
      RiskRulesSettings riskRules, ReintegrationService reintegration,
      ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
    this.openCases = openCases;
    this.assessments = assessments;
    this.plans = plans;
    this.readings = readings;
    this.ledger = ledger;
    this.riskRules = riskRules;
    this.reintegration = reintegration;
    this.events = events;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * What one sweep did: open cases evaluated, domains it raised to R3, and cases past day 180
   * that had no reading when the page was read and have one now (taken by this sweep or, in a
   * race, by whoever read the case at the same moment).
   */
  public record Report(LocalDate day, int cases, int raised, int readings) {

    Report plus(Report page) {
      return new Report(day, cases + page.cases, raised + page.raised,
          readings + page.readings);
    }
  }

  @Scheduled(cron = "${jol.reintegration.sweep-cron:0 30 * * * *}",
      zone = "${jol.time-zone:Asia/Almaty}")
  @SchedulerLock(name = "reintegration-sweep", lockAtMostFor = "PT50M")
  public void scheduled() {
    Report report = sweep();
    log.info("Reintegration sweep as of {}: {} open cases, {} domains raised to R3, {} day-180 "
        + "readings taken", report.day(), report.cases(), report.raised(), report.readings());
  }

  /** Sweeps every open case as of today. */
  public Report sweep() {
    LocalDate today = LocalDate.now(clock);
    RiskRules rules = riskRules.current().rules();
    Report total = new Report(today, 0, 0, 0);
    UUID after = null;
    while (true) {
      List<OpenCases.OpenCase> page = openCases.after(after, PAGE);
      if (page.isEmpty()) {
        return total;
      }
      total = total.plus(transaction.execute(status -> sweep(page, today, rules)));
      after = page.getLast().id();
    }
  }

  private Report sweep(List<OpenCases.OpenCase> page, LocalDate today, RiskRules rules) {
    List<UUID> ids = page.stream().map(OpenCases.OpenCase::id).toList();
    Map<UUID, List<kz.jol.reintegration.domain.Assessment>> histories =
        assessments.histories(ids);
    Map<UUID, PlanStatus> approved = plans.statuses(ids);
    Set<UUID> read = readings.readAmong(ids);
    List<RiskLedger.Level> levels = new ArrayList<>(ids.size() * Domain.values().length);
    int taken = 0;
    for (OpenCases.OpenCase c : page) {
      CaseTimeline timeline = reintegration.timeline(c.id(), c.registrationDate());
      AssessmentHistory history = AssessmentHistory.of(histories.getOrDefault(c.id(),
          List.of()));
      PlanStatus plan = approved.getOrDefault(c.id(), PlanStatus.notApproved());
      CaseEvaluation evaluation = ReintegrationPolicy.evaluate(timeline, history, plan, today,
          rules);
      evaluation.domains().forEach((domain, d) ->
          levels.add(new RiskLedger.Level(c.id(), domain, d.risk())));
      if (!read.contains(c.id()) && !today.isBefore(timeline.day(OfficialReading.DAY))
          && reintegration.officialReading(timeline, history, plan).isPresent()) {
        taken++;
      }
    }
    List<RiskLedger.Level> raised = ledger.record(levels, today, clock.instant());
    raised.forEach(l -> events.publishEvent(new DomainRiskRaised(l.caseId(), l.domain(), today)));
    return new Report(today, page.size(), raised.size(), taken);
  }
}
