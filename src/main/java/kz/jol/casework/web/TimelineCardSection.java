package kz.jol.casework.web;

import static kz.jol.access.Role.PROBATION_HEAD;
import static kz.jol.access.Role.PROBATION_OFFICER;
import static kz.jol.access.Role.PROSECUTOR;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.casework.web.CaseTimeline.Entry;
import kz.jol.casework.web.CaseTimeline.Kind;
import kz.jol.register.card.CardSection;
import kz.jol.reintegration.application.PlanService;
import kz.jol.reintegration.application.ReintegrationService;
import kz.jol.reintegration.domain.Assessment;
import kz.jol.reintegration.domain.Milestone;
import kz.jol.routing.application.ReferralService;
import kz.jol.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The card's timeline: the milestones of the first 180 days (plan due, days 30, 60, 90, 180),
 * passed or ahead, merged with what happened (assessments, changes of the plan, changes of the
 * referrals), newest first. Casework composes it because it reads several modules' records.
 */
@Component
class TimelineCardSection extends CardSection {

  private final ReintegrationService reintegration;
  private final PlanService plans;
  private final ReferralService referrals;
  private final MessageSource messages;
  private final Clock clock;

  TimelineCardSection(ReintegrationService reintegration, PlanService plans,
      ReferralService referrals, MessageSource messages, Clock clock) {
    super(400, "casework/card", "timeline", PROBATION_OFFICER, PROBATION_HEAD, PROSECUTOR);
    this.reintegration = reintegration;
    this.plans = plans;
    this.referrals = referrals;
    this.messages = messages;
    this.clock = clock;
  }

  @Override
  public void addTo(Model model, UUID caseId, Actor actor) {
    Locale locale = LocaleContextHolder.getLocale();
    List<Entry> entries = new ArrayList<>();
    for (Milestone m : reintegration.evaluate(caseId, null).evaluation().milestones()) {
      entries.add(new Entry(m.date(), m.passed() ? Kind.MILESTONE_PASSED : Kind.MILESTONE_AHEAD,
          text(locale, "casework.timeline.milestone." + m.kind())));
    }
    for (Assessment a : reintegration.assessments(caseId)) {
      entries.add(new Entry(a.assessedOn(), Kind.ASSESSMENT, text(locale,
          "casework.timeline.assessment", text(locale, "reintegration.domain." + a.domain()),
          a.score().value())));
    }
    try {
      for (PlanService.TransitionView t : plans.get(caseId).history()) {
        entries.add(new Entry(t.on(), Kind.PLAN, text(locale, "casework.timeline.plan",
            text(locale, "reintegration.plan.state." + t.to()),
            t.note() == null ? "" : t.note())));
      }
    } catch (NotFoundException noPlan) {
      // no plan drafted yet: nothing to show
    }
    for (ReferralService.ReferralView r : referrals.ofCase(caseId)) {
      String action = r.action() != null ? r.action() : r.actionCode();
      String organisation = r.organisation() == null || r.organisation().name() == null ? ""
          : r.organisation().name();
      for (ReferralService.HistoryEntry h : r.history()) {
        entries.add(new Entry(LocalDate.ofInstant(h.at(), clock.getZone()), Kind.REFERRAL,
            text(locale, "casework.timeline.referral", action, organisation,
                text(locale, "routing.referral.state." + h.to()))));
      }
    }
    // Newest first; on one day the events before the milestone that falls on it.
    entries.sort(Comparator.comparing(Entry::on).reversed()
        .thenComparing(e -> e.kind() == Kind.MILESTONE_PASSED
            || e.kind() == Kind.MILESTONE_AHEAD));
    model.addAttribute("caseTimeline", new CaseTimeline(entries));
  }

  private String text(Locale locale, String key, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}
