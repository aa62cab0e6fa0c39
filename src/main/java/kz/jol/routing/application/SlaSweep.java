package kz.jol.routing.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.jol.register.application.CaseSubjects;
import kz.jol.routing.SlaBreached;
import kz.jol.routing.domain.Escalation;
import kz.jol.routing.domain.EscalationLadder;
import kz.jol.routing.domain.LadderStep;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SLA sweep, every five minutes: finds the open referrals past their deadline with no
 * escalation yet, and the live escalations whose own deadline passed (the head's new deadline,
 * or unanswered, the answer-by moment), and opens one escalation per breach at the level the
 * ladder's rule ({@link EscalationLadder#due}) gives, publishing {@link SlaBreached}.
 *
 * <p>Several nodes: ShedLock lets one node run it at a time; should two run anyway (a lock
 * that expired, a test calling {@link #sweep()} from two threads), the unique key of
 * (referral, level) lets one insert win and the other do nothing, so each breach has exactly
 * one escalation and one event. Breaches go in pages of {@value #PAGE}, each page in its own
 * transaction with its events, so a sweep that dies loses at most the page it was on, and the
 * next run finds those breaches again. It also closes the live escalations of referrals that
 * were finished, should the listener on {@link kz.jol.routing.ReferralStateChanged} have missed
 * one.
 */
@Service
public class SlaSweep {

  static final int PAGE = 500;
  private static final Logger log = LoggerFactory.getLogger(SlaSweep.class);

  private final EscalationRepository escalations;
  private final EscalationService service;
  private final CaseSubjects subjects;
  private final Addressees addressees;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final Clock clock;

  SlaSweep(EscalationRepository escalations, EscalationService service, CaseSubjects subjects,
      Addressees addressees, ApplicationEventPublisher events, TransactionTemplate transaction,
      Clock clock) {
    this.escalations = escalations;
    this.service = service;
    this.subjects = subjects;
    this.addressees = addressees;
    this.events = events;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * What one sweep did.
   *
   * @param breaches breaches found (a breach another sweep escalated first counts here only)
   * @param opened escalations this sweep opened
   * @param closed live escalations of finished referrals it closed
   */
  public record Report(int breaches, int opened, int closed) {}

  @Scheduled(cron = "${jol.routing.sla-cron:0 */5 * * * *}",
      zone = "${jol.time-zone:Asia/Almaty}")
  @SchedulerLock(name = "sla-sweep", lockAtMostFor = "PT4M")
  public void scheduled() {
    Report report = sweep();
    if (report.opened() > 0 || report.closed() > 0) {
      log.info("SLA sweep: {} breaches, {} escalations opened, {} closed", report.breaches(),
          report.opened(), report.closed());
    }
  }

  /** Sweeps every open referral as of now. */
  public Report sweep() {
    return sweep(PAGE);
  }

  Report sweep(int pageSize) {
    Instant now = clock.instant();
    EscalationLadder ladder = service.currentLadder();
    Addressees.Finder finder = addressees.finder();
    int breaches = 0;
    int opened = 0;
    EscalationRepository.Cursor after = null;
    while (true) {
      List<EscalationRepository.Candidate> page =
          escalations.breaches(now, ladder.topLevel(), after, pageSize);
      if (page.isEmpty()) {
        break;
      }
      breaches += page.size();
      opened += transaction.execute(status -> open(page, ladder, finder, now));
      var last = page.getLast();
      after = new EscalationRepository.Cursor(last.dueAt(), last.referralId());
    }
    int closed = 0;
    while (true) {
      int n = transaction.execute(status -> service.closeFinished(pageSize, now));
      closed += n;
      if (n < pageSize) {
        break;
      }
    }
    return new Report(breaches, opened, closed);
  }

  /**
   * Opens the page's escalations with a handful of statements, whatever the page's size: the new
   * escalations, their history rows, the escalations they replace and those rows. The events go
   * out one by one, each a row of the publication registry.
   */
  private int open(List<EscalationRepository.Candidate> page, EscalationLadder ladder,
      Addressees.Finder finder, Instant now) {
    Map<UUID, CaseSubjects.Subject> cases =
        subjects.of(page.stream().map(EscalationRepository.Candidate::caseId).toList());
    List<Escalation> wanted = new ArrayList<>();
    Map<UUID, EscalationRepository.Candidate> candidateOf = new HashMap<>();
    for (EscalationRepository.Candidate c : page) {
      Optional<LadderStep> step = ladder.due(c.dueAt(), c.last(), now);
      CaseSubjects.Subject subject = cases.get(c.caseId());
      if (step.isEmpty() || subject == null) {
        continue;
      }
      Instant missed = c.lastLevel() == 0 ? c.dueAt() : c.lastDeadline();
      Escalation escalation = Escalation.open(c.referralId(), c.caseId(), step.get(),
          ladder.version(), c.organisationId(),
          finder.find(step.get(), subject.caseTerritoryCode()).orElse(null),
          subject.officerId(), subject.caseTerritoryCode(), missed, now);
      wanted.add(escalation);
      candidateOf.put(escalation.id(), c);
    }
    // Another sweep may have opened some of these levels first: those are left out.
    Set<UUID> inserted = escalations.insertAll(wanted);
    List<Escalation> opened = wanted.stream().filter(e -> inserted.contains(e.id())).toList();
    escalations.insertEvents(opened.stream().map(Escalation::id).toList(),
        Collections.nCopies(opened.size(), null), Escalation.State.OPEN, now,
        opened.stream().map(e -> "level " + e.level()).toList());

    Map<UUID, Integer> replacedBy = new HashMap<>();
    for (Escalation e : opened) {
      UUID last = candidateOf.get(e.id()).lastId();
      if (last != null) {
        replacedBy.put(last, e.level());
      }
    }
    Map<UUID, Escalation.State> replaced =
        escalations.finishAll(replacedBy.keySet(), Escalation.State.ESCALATED, now);
    List<UUID> replacedIds = List.copyOf(replaced.keySet());
    escalations.insertEvents(replacedIds, replacedIds.stream().map(replaced::get).toList(),
        Escalation.State.ESCALATED, now,
        replacedIds.stream().map(id -> "level " + replacedBy.get(id) + " opened").toList());

    for (Escalation e : opened) {
      events.publishEvent(new SlaBreached(e.referralId(), e.caseId(),
          e.breachedOrganisationId(), e.id(), e.level(), e.missedDeadline()));
    }
    return opened.size();
  }
}
