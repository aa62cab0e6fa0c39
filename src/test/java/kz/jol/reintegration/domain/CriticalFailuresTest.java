package kz.jol.reintegration.domain;

import static kz.jol.reintegration.domain.CaseFixture.approvedOnDay;
import static kz.jol.reintegration.domain.CaseFixture.day;
import static kz.jol.reintegration.domain.CaseFixture.economic;
import static kz.jol.reintegration.domain.CaseFixture.evaluate;
import static kz.jol.reintegration.domain.CaseFixture.health;
import static kz.jol.reintegration.domain.CaseFixture.history;
import static kz.jol.reintegration.domain.CaseFixture.housing;
import static kz.jol.reintegration.domain.CaseFixture.institutional;
import static kz.jol.reintegration.domain.CaseFixture.legal;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Seed 001's critical failures, one row per rule and boundary day. */
class CriticalFailuresTest {

  record Row(Domain domain, String rule, AssessmentHistory history, PlanStatus plan, int asOfDay,
      List<CriticalFailure> expected) {
    @Override
    public String toString() {
      return rule;
    }
  }

  static Row row(String rule, AssessmentHistory history, PlanStatus plan, int asOfDay,
      CriticalFailure... expected) {
    Domain domain = Domain.valueOf(rule.substring(0, rule.indexOf(' ')));
    return new Row(domain, rule, history, plan, asOfDay, List.of(expected));
  }

  static CriticalFailure failure(FailureReason reason, int sinceDay) {
    return new CriticalFailure(reason, day(sinceDay));
  }

  static final PlanStatus APPROVED = approvedOnDay(1);
  static final PlanStatus NONE = PlanStatus.notApproved();

  static Stream<Row> rows() {
    AssessmentHistory noDocument = history(legal(0, 1, false, true));
    AssessmentHistory noRegistration = history(legal(0, 1, true, false));
    AssessmentHistory noIncomeNoTrack = history(economic(0, 0, false, false, false));
    return Stream.of(
        // LEGAL: no document or no registration on day 30
        row("LEGAL no document, day 29: not yet", noDocument, APPROVED, 29),
        row("LEGAL no document, day 30: fails from day 30", noDocument, APPROVED, 30,
            failure(FailureReason.NO_IDENTITY_DOCUMENT, 30)),
        row("LEGAL no document, day 31: still from day 30", noDocument, APPROVED, 31,
            failure(FailureReason.NO_IDENTITY_DOCUMENT, 30)),
        row("LEGAL no registration, day 29: not yet", noRegistration, APPROVED, 29),
        row("LEGAL no registration, day 30", noRegistration, APPROVED, 30,
            failure(FailureReason.NO_REGISTRATION, 30)),
        row("LEGAL no registration, day 31", noRegistration, APPROVED, 31,
            failure(FailureReason.NO_REGISTRATION, 30)),
        row("LEGAL document and registration, day 31: no failure",
            history(legal(0, 1, true, true)), APPROVED, 31),
        row("LEGAL never assessed, day 30: neither document nor registration on record",
            history(), APPROVED, 30, failure(FailureReason.NO_IDENTITY_DOCUMENT, 30),
            failure(FailureReason.NO_REGISTRATION, 30)),
        row("LEGAL document lost on day 40 after having it: fails from day 40",
            history(legal(10, 1, true, true), legal(40, 0, false, true)), APPROVED, 45,
            failure(FailureReason.NO_IDENTITY_DOCUMENT, 40)),
        row("LEGAL document restored on day 35: failure over",
            history(legal(0, 0, false, true), legal(35, 1, true, true)), APPROVED, 36),
        // HOUSING: homeless or living with the aggressor, any day
        row("HOUSING homeless on day 1", history(housing(1, 0, true, false, false)), APPROVED, 1,
            failure(FailureReason.HOMELESS, 1)),
        row("HOUSING living with the aggressor on day 1",
            history(housing(1, 0, false, true, false)), APPROVED, 1,
            failure(FailureReason.LIVES_WITH_AGGRESSOR, 1)),
        row("HOUSING homeless since day 5, still on day 10: from day 5",
            history(housing(5, 0, true, false, false), housing(10, 1, true, false, false)),
            APPROVED, 12, failure(FailureReason.HOMELESS, 5)),
        row("HOUSING housed on day 7, homeless again on day 10: from day 10",
            history(housing(5, 0, true, false, false), housing(7, 1, false, false, false),
                housing(10, 0, true, false, false)),
            APPROVED, 12, failure(FailureReason.HOMELESS, 10)),
        row("HOUSING safe: no failure", history(housing(1, 1, false, false, false)), APPROVED,
            100),
        row("HOUSING never assessed: no failure", history(), APPROVED, 100),
        // ECONOMIC: no income and no track on day 60
        row("ECONOMIC no income, no track, day 59: not yet", noIncomeNoTrack, APPROVED, 59),
        row("ECONOMIC no income, no track, day 60", noIncomeNoTrack, APPROVED, 60,
            failure(FailureReason.NO_INCOME_AND_NO_TRACK, 60)),
        row("ECONOMIC no income, no track, day 61", noIncomeNoTrack, APPROVED, 61,
            failure(FailureReason.NO_INCOME_AND_NO_TRACK, 60)),
        row("ECONOMIC a track without income, day 61: no failure",
            history(economic(0, 1, false, true, false)), APPROVED, 61),
        row("ECONOMIC income without a track, day 61: no failure",
            history(economic(0, 1, true, false, false)), APPROVED, 61),
        // HEALTH: high need and no help, any day
        row("HEALTH high need, no help", history(health(2, 0, HealthNeed.HIGH, false, true, true)),
            APPROVED, 2, failure(FailureReason.HIGH_NEED_WITHOUT_HELP, 2)),
        row("HEALTH high need, help received: no failure",
            history(health(2, 1, HealthNeed.HIGH, true, true, true)), APPROVED, 2),
        row("HEALTH medium need, no help: no failure",
            history(health(2, 0, HealthNeed.MEDIUM, false, true, true)), APPROVED, 2),
        // INSTITUTIONAL: no approved plan once overdue; supervision only with no real referral
        row("INSTITUTIONAL no plan on its due day: not yet", history(), NONE, 3),
        row("INSTITUTIONAL no plan the day after its due day", history(), NONE, 4,
            failure(FailureReason.PLAN_OVERDUE, 4)),
        row("INSTITUTIONAL plan approved late, on day 6: failure over", history(),
            approvedOnDay(6), 6),
        row("INSTITUTIONAL plan approved on day 6, judged on day 5: still overdue", history(),
            approvedOnDay(6), 5, failure(FailureReason.PLAN_OVERDUE, 4)),
        row("INSTITUTIONAL supervision only, no referral",
            history(institutional(2, 0, false, true)), APPROVED, 2,
            failure(FailureReason.SUPERVISION_WITHOUT_REFERRAL, 2)),
        row("INSTITUTIONAL supervision only with a real referral: no failure",
            history(institutional(2, 1, true, true)), APPROVED, 2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void statesTheSeedsCriticalFailures(Row row) {
    // Each row states one domain's rule; the other domains of its case are not its concern.
    Domain domain = row.expected().isEmpty() ? row.domain() : row.expected().get(0).domain();
    List<CriticalFailure> failures =
        evaluate(row.history(), row.plan(), row.asOfDay()).domain(domain).criticalFailures();

    assertThat(row.domain()).isEqualTo(domain);
    assertThat(failures).containsExactlyInAnyOrderElementsOf(row.expected());
  }
}
