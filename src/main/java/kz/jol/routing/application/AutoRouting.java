package kz.jol.routing.application;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.jol.register.application.OpenCases;
import kz.jol.reintegration.DomainRiskRaised;
import kz.jol.reintegration.application.RecordedRisks;
import kz.jol.reintegration.domain.RiskLevel;
import kz.jol.routing.domain.RoutingMatrix;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Routes automatically: at once when a domain is raised to R3 (the event is kept in the
 * database until this listener has handled it, so a crash loses nothing), and every hour for
 * every open case's recorded risks, which catches R1/R2 rules (the clinic within 30 days, the
 * employment centre at R2), anything missed, and routing gaps an organisation now fills.
 */
@Service
public class AutoRouting {

  static final int PAGE = 500;
  private static final Logger log = LoggerFactory.getLogger(AutoRouting.class);

  private final ReferralService referrals;
  private final ReferralRepository repository;
  private final RoutingMatrixService matrix;
  private final RecordedRisks risks;
  private final OpenCases openCases;

  AutoRouting(ReferralService referrals, ReferralRepository repository,
      RoutingMatrixService matrix, RecordedRisks risks, OpenCases openCases) {
    this.referrals = referrals;
    this.repository = repository;
    this.matrix = matrix;
    this.risks = risks;
    this.openCases = openCases;
  }

  @ApplicationModuleListener
  void on(DomainRiskRaised event) {
    risks.of(event.caseId(), event.domain())
        .filter(r -> r.level() == RiskLevel.R3)
        .ifPresent(r -> referrals.route(r.caseId(), r.domain(), r.level(), r.since()));
  }

  @Scheduled(cron = "${jol.routing.sweep-cron:0 45 * * * *}",
      zone = "${jol.time-zone:Asia/Almaty}")
  @SchedulerLock(name = "routing-sweep", lockAtMostFor = "PT50M")
  public void scheduled() {
    int created = sweep();
    log.info("Routing sweep: {} referrals created", created);
  }

  /** Routes what the recorded risks of every open case ask for; answers the referrals made. */
  public int sweep() {
    RoutingMatrix current = matrix.current();
    int created = 0;
    UUID after = null;
    while (true) {
      List<OpenCases.OpenCase> page = openCases.after(after, PAGE);
      if (page.isEmpty()) {
        break;
      }
      List<UUID> ids = page.stream().map(OpenCases.OpenCase::id).toList();
      Set<String> known = repository.existingTriggers(ids);
      for (RecordedRisks.RecordedRisk r : risks.ofCases(ids)) {
        boolean fresh = current.rulesFor(r.domain(), r.level()).stream()
            .anyMatch(rule -> !known.contains(r.caseId() + "/" + r.domain() + "/"
                + rule.actionCode() + "/" + r.since()));
        if (fresh) {
          created += referrals.route(r.caseId(), r.domain(), r.level(), r.since());
        }
      }
      after = page.getLast().id();
    }
    return created + referrals.retryGaps(1000);
  }
}
