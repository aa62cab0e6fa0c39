package kz.jol.reintegration.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Seed 001's critical failures, line by line. A failure judged "on day N" holds from day N
 * onwards (the registration date is day 0) while its condition holds; the others hold on any day
 * their condition does. A domain that was never assessed has no identity document, no
 * registration, no income and no track; it is not homeless and has no high health need, since
 * nobody has recorded that.
 */
public final class CriticalFailures {

  /** LEGAL: "no documents or registration on the 30th day". */
  public static final int LEGAL_DAY = 30;

  /** ECONOMIC: "no income and no trajectory on the 60th day". */
  public static final int ECONOMIC_DAY = 60;

  private CriticalFailures() {}

  /** The critical failures of one domain in force on {@code asOf}. */
  public static List<CriticalFailure> of(Domain domain, CaseTimeline timeline,
      AssessmentHistory history, PlanStatus plan, LocalDate asOf) {
    List<Assessment> upTo = history.upTo(domain, asOf);
    List<CriticalFailure> failures = new ArrayList<>(2);
    switch (domain) {
      case LEGAL -> {
        LocalDate day30 = timeline.day(LEGAL_DAY);
        add(failures, FailureReason.NO_IDENTITY_DOCUMENT, day30, asOf, upTo, true,
            a -> !((DomainFacts.Legal) a.facts()).hasIdentityDocument());
        add(failures, FailureReason.NO_REGISTRATION, day30, asOf, upTo, true,
            a -> !((DomainFacts.Legal) a.facts()).hasRegistration());
      }
      case HOUSING -> {
        add(failures, FailureReason.HOMELESS, null, asOf, upTo, false,
            a -> ((DomainFacts.Housing) a.facts()).homeless());
        add(failures, FailureReason.LIVES_WITH_AGGRESSOR, null, asOf, upTo, false,
            a -> ((DomainFacts.Housing) a.facts()).livesWithAggressor());
      }
      case ECONOMIC -> add(failures, FailureReason.NO_INCOME_AND_NO_TRACK,
          timeline.day(ECONOMIC_DAY), asOf, upTo, true, a -> {
            DomainFacts.Economic f = (DomainFacts.Economic) a.facts();
            return !f.hasLegalIncome() && !f.hasEmploymentTrack();
          });
      case HEALTH -> add(failures, FailureReason.HIGH_NEED_WITHOUT_HELP, null, asOf, upTo, false,
          a -> {
            DomainFacts.Health f = (DomainFacts.Health) a.facts();
            return f.need() == HealthNeed.HIGH && !f.helpReceived();
          });
      case INSTITUTIONAL -> {
        if (plan.isOverdueAsOf(timeline.planDueOn(), asOf)) {
          failures.add(new CriticalFailure(FailureReason.PLAN_OVERDUE,
              timeline.planDueOn().plusDays(1)));
        }
        add(failures, FailureReason.SUPERVISION_WITHOUT_REFERRAL, null, asOf, upTo, false, a -> {
          DomainFacts.Institutional f = (DomainFacts.Institutional) a.facts();
          return f.supervisionOnly() && !f.realReferralExists();
        });
      }
    }
    return failures;
  }

  /**
   * Adds the failure when its condition holds on {@code asOf}, dated from the start of the run of
   * assessments for which it held, but not before {@code from} (null: any day).
   */
  private static void add(List<CriticalFailure> failures, FailureReason reason, LocalDate from,
      LocalDate asOf, List<Assessment> upTo, boolean holdsWhenUnassessed,
      Predicate<Assessment> holds) {
    if (from != null && asOf.isBefore(from)) {
      return;
    }
    LocalDate start = null;
    boolean sinceTheStart = true;
    for (int i = upTo.size() - 1; i >= 0; i--) {
      Assessment a = upTo.get(i);
      if (!holds.test(a)) {
        sinceTheStart = false;
        break;
      }
      start = a.assessedOn();
    }
    if (start == null && !(sinceTheStart && holdsWhenUnassessed)) {
      return; // the current assessment does not show the condition, or there is none
    }
    if (sinceTheStart && holdsWhenUnassessed) {
      start = from; // held before the first assessment too
    }
    if (from != null && start.isBefore(from)) {
      start = from;
    }
    failures.add(new CriticalFailure(reason, start));
  }
}
