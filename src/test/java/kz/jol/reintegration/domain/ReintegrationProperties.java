package kz.jol.reintegration.domain;

import static kz.jol.reintegration.domain.CaseFixture.TIMELINE;
import static kz.jol.reintegration.domain.CaseFixture.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the engine over random assessment histories and days. */
class ReintegrationProperties {

  @Provide
  Arbitrary<DomainFacts> facts() {
    Arbitrary<Boolean> b = Arbitraries.of(true, false);
    return Arbitraries.oneOf(
        Combinators.combine(b, b).as(DomainFacts.Legal::new),
        Combinators.combine(b, b, b).as(DomainFacts.Housing::new),
        Combinators.combine(b, b, b).as(DomainFacts.Economic::new),
        Combinators.combine(Arbitraries.of(HealthNeed.class), b, b, b)
            .as(DomainFacts.Health::new),
        Combinators.combine(b, b).as(DomainFacts.Institutional::new));
  }

  @Provide
  Arbitrary<Assessment> assessments() {
    // Days from before registration (pre-release work) to well after day 180.
    return Combinators.combine(Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(-30, 250), facts())
        .as((score, d, facts) -> CaseFixture.assessment(d, score, facts));
  }

  @Provide
  Arbitrary<List<Assessment>> histories() {
    return assessments().list().ofMaxSize(25);
  }

  @Provide
  Arbitrary<PlanStatus> plans() {
    return Arbitraries.integers().between(0, 20).injectNull(0.3)
        .map(d -> d == null ? PlanStatus.notApproved() : CaseFixture.approvedOnDay(d));
  }

  @Provide
  Arbitrary<RiskRules> rules() {
    Arbitrary<Integer> window = Arbitraries.integers().between(0, 30);
    return Combinators.combine(window, window, window, window,
        Arbitraries.integers().between(1, 90)).as(RiskRules::new);
  }

  @Property
  void theIndexIsTheSumOfTheCurrentScores(@ForAll("histories") List<Assessment> assessments,
      @ForAll("plans") PlanStatus plan, @ForAll @IntRange(min = -10, max = 260) int asOfDay) {
    LocalDate asOf = day(asOfDay);
    CaseEvaluation evaluation = ReintegrationPolicy.evaluate(TIMELINE,
        AssessmentHistory.of(assessments), plan, asOf, RiskRules.DEFAULTS);

    int expected = 0;
    for (Domain domain : Domain.values()) {
      expected += latestOnOrBefore(assessments, domain, asOf).map(a -> a.score().value())
          .orElse(0);
    }
    assertThat(evaluation.index()).isEqualTo(expected).isBetween(0, 10);
  }

  @Property
  void aCaseWithAZeroIsNeverSuccessful(@ForAll("histories") List<Assessment> assessments,
      @ForAll("plans") PlanStatus plan, @ForAll @IntRange(min = 0, max = 260) int asOfDay) {
    CaseEvaluation evaluation = ReintegrationPolicy.evaluate(TIMELINE,
        AssessmentHistory.of(assessments), plan, day(asOfDay), RiskRules.DEFAULTS);

    boolean anyZero = evaluation.domains().values().stream().anyMatch(d -> d.score().value() == 0);
    if (anyZero || !evaluation.criticalFailures().isEmpty() || evaluation.index() < 7) {
      assertThat(evaluation.successful()).isFalse();
    } else {
      assertThat(evaluation.successful()).isTrue();
    }
  }

  @Property
  void caseRiskIsTheHighestDomainRisk(@ForAll("histories") List<Assessment> assessments,
      @ForAll("plans") PlanStatus plan, @ForAll @IntRange(min = 0, max = 260) int asOfDay,
      @ForAll("rules") RiskRules rules) {
    CaseEvaluation evaluation = ReintegrationPolicy.evaluate(TIMELINE,
        AssessmentHistory.of(assessments), plan, day(asOfDay), rules);

    RiskLevel max = evaluation.domains().values().stream().map(DomainEvaluation::risk)
        .max(Comparator.naturalOrder()).orElseThrow();
    assertThat(evaluation.risk()).isEqualTo(max);
    evaluation.domains().values().forEach(d -> {
      assertThat(d.risk()).isEqualTo(d.riskReason().level());
      if (!d.criticalFailures().isEmpty()) {
        assertThat(d.risk()).isEqualTo(RiskLevel.R3);
      }
    });
  }

  @Property
  void anEvaluationAsOfADayUsesOnlyAssessmentsOnOrBeforeIt(
      @ForAll("histories") List<Assessment> assessments, @ForAll("plans") PlanStatus plan,
      @ForAll @IntRange(min = -10, max = 260) int asOfDay, @ForAll("rules") RiskRules rules) {
    LocalDate asOf = day(asOfDay);
    List<Assessment> known = assessments.stream().filter(a -> !a.assessedOn().isAfter(asOf))
        .toList();

    CaseEvaluation withLater = ReintegrationPolicy.evaluate(TIMELINE,
        AssessmentHistory.of(assessments), plan, asOf, rules);
    CaseEvaluation withoutLater = ReintegrationPolicy.evaluate(TIMELINE,
        AssessmentHistory.of(known), plan, asOf, rules);

    assertThat(withLater).isEqualTo(withoutLater);
  }

  /** An independent reading of "as of": the last recorded of the latest-dated on or before. */
  private static java.util.Optional<Assessment> latestOnOrBefore(List<Assessment> assessments,
      Domain domain, LocalDate asOf) {
    Assessment latest = null;
    for (Assessment a : assessments) {
      if (a.domain() == domain && !a.assessedOn().isAfter(asOf)
          && (latest == null || !a.assessedOn().isBefore(latest.assessedOn()))) {
        latest = a;
      }
    }
    return java.util.Optional.ofNullable(latest);
  }
}
