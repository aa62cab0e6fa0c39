package kz.jol.reintegration.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.jol.register.CaseId;

/** Test data for the engine: one case registered on a fixed day, assessments by day number. */
final class CaseFixture {

  static final LocalDate REGISTERED = LocalDate.of(2026, 3, 2);
  static final CaseId CASE = new CaseId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
  /** The plan is due on day 3 in these tests; the real date comes from the calendar. */
  static final int PLAN_DUE_DAY = 3;
  static final CaseTimeline TIMELINE =
      new CaseTimeline(CASE, REGISTERED, REGISTERED.plusDays(PLAN_DUE_DAY));

  private CaseFixture() {}

  static LocalDate day(int n) {
    return REGISTERED.plusDays(n);
  }

  static Assessment assessment(int day, int score, DomainFacts facts) {
    return new Assessment(Score.of(score), score == 2 ? "confirmed by document" : null,
        "officer-1", day(day), facts);
  }

  static Assessment legal(int day, int score, boolean document, boolean registration) {
    return assessment(day, score, new DomainFacts.Legal(document, registration));
  }

  static Assessment housing(int day, int score, boolean homeless, boolean withAggressor,
      boolean threat) {
    return assessment(day, score, new DomainFacts.Housing(homeless, withAggressor, threat));
  }

  static Assessment economic(int day, int score, boolean income, boolean track,
      boolean exploitation) {
    return assessment(day, score, new DomainFacts.Economic(income, track, exploitation));
  }

  static Assessment health(int day, int score, HealthNeed need, boolean help, boolean attached,
      boolean screened) {
    return assessment(day, score, new DomainFacts.Health(need, help, attached, screened));
  }

  static Assessment institutional(int day, int score, boolean referral, boolean supervisionOnly) {
    return assessment(day, score, new DomainFacts.Institutional(referral, supervisionOnly));
  }

  /** Facts with nothing wrong: no trigger, no failure. */
  static DomainFacts goodFacts(Domain domain) {
    return switch (domain) {
      case LEGAL -> new DomainFacts.Legal(true, true);
      case HOUSING -> new DomainFacts.Housing(false, false, false);
      case ECONOMIC -> new DomainFacts.Economic(true, true, false);
      case HEALTH -> new DomainFacts.Health(HealthNeed.LOW, true, true, true);
      case INSTITUTIONAL -> new DomainFacts.Institutional(true, false);
    };
  }

  /** An assessment of the domain with the score and nothing wrong in its facts. */
  static Assessment scored(Domain domain, int day, int score) {
    return assessment(day, score, goodFacts(domain));
  }

  static AssessmentHistory history(Assessment... assessments) {
    return AssessmentHistory.of(List.of(assessments));
  }

  static CaseEvaluation evaluate(AssessmentHistory history, PlanStatus plan, int asOfDay) {
    return evaluate(history, plan, asOfDay, RiskRules.DEFAULTS);
  }

  static CaseEvaluation evaluate(AssessmentHistory history, PlanStatus plan, int asOfDay,
      RiskRules rules) {
    return ReintegrationPolicy.evaluate(TIMELINE, history, plan, day(asOfDay), rules);
  }

  static PlanStatus approvedOnDay(int day) {
    return PlanStatus.approvedOn(day(day));
  }
}
