package kz.jol.reintegration.domain;

import static kz.jol.reintegration.domain.CaseFixture.approvedOnDay;
import static kz.jol.reintegration.domain.CaseFixture.economic;
import static kz.jol.reintegration.domain.CaseFixture.evaluate;
import static kz.jol.reintegration.domain.CaseFixture.health;
import static kz.jol.reintegration.domain.CaseFixture.history;
import static kz.jol.reintegration.domain.CaseFixture.housing;
import static kz.jol.reintegration.domain.CaseFixture.legal;
import static kz.jol.reintegration.domain.CaseFixture.scored;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Risk levels R0–R3, one row per rule. Warning windows: LEGAL 7 days before day 30 (from day
 * 23), ECONOMIC 14 before day 60 (from day 46), HEALTH 7 before screening day 30 (from day 23);
 * the plan rows use a 1-day window before its due day 3 (from day 2).
 */
class RiskPolicyTest {

  static final RiskRules PLAN_WINDOW_ONE_DAY = new RiskRules(7, 14, 7, 1, 30);

  record Row(String rule, Domain domain, AssessmentHistory history, PlanStatus plan,
      int asOfDay, RiskLevel level, RiskReason reason) {
    @Override
    public String toString() {
      return rule;
    }
  }

  static Row row(String rule, AssessmentHistory history, PlanStatus plan, int asOfDay,
      RiskReason reason) {
    Domain domain = Domain.valueOf(rule.substring(0, rule.indexOf(' ')));
    return new Row(rule, domain, history, plan, asOfDay, reason.level(), reason);
  }

  static Stream<Row> rows() {
    PlanStatus approved = approvedOnDay(1);
    PlanStatus none = PlanStatus.notApproved();
    AssessmentHistory noDocument = history(legal(0, 1, false, true));
    AssessmentHistory documented = history(legal(0, 1, true, true));
    AssessmentHistory noIncome = history(economic(0, 1, false, false, false));
    AssessmentHistory unscreened = history(health(0, 1, HealthNeed.MEDIUM, true, true, false));
    return Stream.of(
        // R2 window edges, LEGAL day 30 minus 7
        row("LEGAL missing document, day 22: before the window", noDocument, approved, 22,
            RiskReason.NEED_IDENTIFIED),
        row("LEGAL missing document, day 23: first day of the window", noDocument, approved, 23,
            RiskReason.TRIGGER_NEAR),
        row("LEGAL missing document, day 29: last day before the trigger", noDocument, approved,
            29, RiskReason.TRIGGER_NEAR),
        row("LEGAL missing document, day 30: critical failure", noDocument, approved, 30,
            RiskReason.CRITICAL_FAILURE),
        row("LEGAL documents in hand, score 1, day 25: trigger met, no R2", documented, approved,
            25, RiskReason.NEED_IDENTIFIED),
        row("LEGAL never assessed, day 23: the trigger is near", history(), approved, 23,
            RiskReason.TRIGGER_NEAR),
        row("LEGAL closed, day 25", history(scored(Domain.LEGAL, 0, 2)), approved, 25,
            RiskReason.CLOSED),
        // ECONOMIC day 60 minus 14
        row("ECONOMIC no income, day 45: before the window", noIncome, approved, 45,
            RiskReason.NEED_IDENTIFIED),
        row("ECONOMIC no income, day 46: first day of the window", noIncome, approved, 46,
            RiskReason.TRIGGER_NEAR),
        row("ECONOMIC no income, day 59", noIncome, approved, 59, RiskReason.TRIGGER_NEAR),
        row("ECONOMIC no income, day 60", noIncome, approved, 60, RiskReason.CRITICAL_FAILURE),
        row("ECONOMIC risk of exploitation even when closed",
            history(economic(0, 2, true, true, true)), approved, 5,
            RiskReason.RISK_OF_EXPLOITATION),
        // HEALTH screening day 30 minus 7, and slipping past it
        row("HEALTH unscreened, day 22", unscreened, approved, 22, RiskReason.NEED_IDENTIFIED),
        row("HEALTH unscreened, day 23", unscreened, approved, 23, RiskReason.TRIGGER_NEAR),
        row("HEALTH unscreened, day 31: slipping", unscreened, approved, 31,
            RiskReason.TRIGGER_NEAR),
        row("HEALTH screened, day 31", history(health(0, 1, HealthNeed.MEDIUM, true, true, true)),
            approved, 31, RiskReason.NEED_IDENTIFIED),
        row("HEALTH high need without help", history(health(0, 0, HealthNeed.HIGH, false, true,
            true)), approved, 1, RiskReason.CRITICAL_FAILURE),
        // HOUSING has no trigger date
        row("HOUSING threat of violence", history(housing(0, 1, false, false, true)), approved, 1,
            RiskReason.THREAT_OF_VIOLENCE),
        row("HOUSING homeless", history(housing(0, 0, true, false, false)), approved, 1,
            RiskReason.CRITICAL_FAILURE),
        row("HOUSING in progress, day 170", history(housing(0, 1, false, false, false)),
            approved, 170, RiskReason.NEED_IDENTIFIED),
        // INSTITUTIONAL plan due on day 3, window of 1 day
        row("INSTITUTIONAL no plan, day 1: before the window", history(), none, 1,
            RiskReason.NEED_IDENTIFIED),
        row("INSTITUTIONAL no plan, day 2: first day of the window", history(), none, 2,
            RiskReason.TRIGGER_NEAR),
        row("INSTITUTIONAL no plan, day 3: due today", history(), none, 3,
            RiskReason.TRIGGER_NEAR),
        row("INSTITUTIONAL no plan, day 4: overdue", history(), none, 4,
            RiskReason.CRITICAL_FAILURE),
        row("INSTITUTIONAL plan approved on day 2, day 3", history(), approvedOnDay(2), 3,
            RiskReason.NEED_IDENTIFIED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void statesTheRiskRules(Row row) {
    DomainEvaluation domain =
        evaluate(row.history(), row.plan(), row.asOfDay(), PLAN_WINDOW_ONE_DAY)
            .domain(row.domain());

    assertThat(domain.riskReason()).isEqualTo(row.reason());
    assertThat(domain.risk()).isEqualTo(row.level());
  }

  @Test
  void caseRiskIsTheHighestOfItsDomains() {
    CaseEvaluation evaluation = evaluate(history(scored(Domain.LEGAL, 0, 2),
        scored(Domain.HOUSING, 0, 2), scored(Domain.ECONOMIC, 0, 1), scored(Domain.HEALTH, 0, 2),
        scored(Domain.INSTITUTIONAL, 0, 2)), approvedOnDay(1), 47);

    assertThat(evaluation.domain(Domain.ECONOMIC).risk()).isEqualTo(RiskLevel.R1);
    assertThat(evaluation.domain(Domain.LEGAL).risk()).isEqualTo(RiskLevel.R0);
    assertThat(evaluation.risk()).isEqualTo(RiskLevel.R1);
  }

  @Test
  void aHousingFindingRaisesOnlyHousingToR3LaterOn() {
    AssessmentHistory history = history(scored(Domain.LEGAL, 0, 1), scored(Domain.HOUSING, 0, 1),
        housing(20, 0, true, false, false), economic(0, 1, false, false, true));

    CaseEvaluation day10 = evaluate(history, approvedOnDay(1), 10);
    CaseEvaluation day20 = evaluate(history, approvedOnDay(1), 20);

    assertThat(day10.domain(Domain.ECONOMIC).risk()).isEqualTo(RiskLevel.R3);
    assertThat(day10.domain(Domain.HOUSING).risk()).isNotEqualTo(RiskLevel.R3);
    assertThat(day20.domain(Domain.HOUSING).risk()).isEqualTo(RiskLevel.R3);
  }
}
