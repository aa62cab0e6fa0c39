package kz.jol.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.jol.casework.domain.RouteSteps.OpenReferral;
import kz.jol.casework.domain.RouteSteps.PlannedAction;
import kz.jol.casework.domain.RouteSteps.Step;
import kz.jol.reintegration.domain.Domain;
import org.junit.jupiter.api.Test;

class RouteStepsTest {

  static final LocalDate DAY = LocalDate.of(2027, 3, 1);
  static final UUID CSC = UUID.randomUUID();
  static final UUID EMPLOYMENT = UUID.randomUUID();
  static final UUID CLINIC = UUID.randomUUID();

  static PlannedAction action(Domain domain, String what, UUID organisation, LocalDate due) {
    return new PlannedAction(UUID.randomUUID(), domain, "goal: " + what, what, organisation,
        due);
  }

  static OpenReferral referral(Domain domain, String code, String name, UUID organisation,
      LocalDate due) {
    return new OpenReferral(UUID.randomUUID(), domain, code, name, organisation, due);
  }

  @Test
  void aReferralForThePlansActionAtTheSameOfficeIsOneStepDueOnTheEarlierDay() {
    var plan = action(Domain.LEGAL, "Восстановить удостоверение", CSC, DAY.plusDays(20));
    var sent = referral(Domain.LEGAL, "RESTORE_DOCUMENTS", "ХҚКО-ға жазылу", CSC, DAY.plusDays(1));

    List<Step> steps = RouteSteps.of(List.of(plan), List.of(sent));

    assertThat(steps).singleElement().satisfies(step -> {
      assertThat(step.what()).as("the matrix name is in the sheet's language")
          .isEqualTo("ХҚКО-ға жазылу");
      assertThat(step.detail()).isEqualTo("Восстановить удостоверение");
      assertThat(step.dueOn()).isEqualTo(DAY.plusDays(1));
      assertThat(step.actionCode()).isEqualTo("RESTORE_DOCUMENTS");
      assertThat(step.planActionId()).isEqualTo(plan.id());
      assertThat(step.referralId()).isEqualTo(sent.id());
    });
  }

  @Test
  void anOfficersOwnReferralKeepsThePlansWords() {
    var plan = action(Domain.HOUSING, "Жильё в кризисном центре", CSC, DAY.plusDays(2));
    var sent = referral(Domain.HOUSING, "MANUAL_1", "Временное жильё", CSC, DAY.plusDays(5));

    assertThat(RouteSteps.of(List.of(plan), List.of(sent))).singleElement().satisfies(step -> {
      assertThat(step.what()).isEqualTo("Жильё в кризисном центре");
      assertThat(step.dueOn()).isEqualTo(DAY.plusDays(2));
    });
  }

  @Test
  void anotherOfficeOrDomainIsAnotherStepAndStepsFollowTheirDates() {
    var job = action(Domain.ECONOMIC, "Центр занятости", EMPLOYMENT, DAY.plusDays(10));
    var documents = action(Domain.LEGAL, "Документы", CSC, DAY.plusDays(30));
    var clinic = referral(Domain.HEALTH, "HEALTH_SCREENING", "Скрининг", CLINIC, DAY.plusDays(3));
    // Same office as the documents action, but another domain: not the same errand.
    var cscForHealth = referral(Domain.HEALTH, "MANUAL_2", "Справка", CSC, DAY.plusDays(40));

    List<Step> steps = RouteSteps.of(List.of(documents, job), List.of(clinic, cscForHealth));

    assertThat(steps).extracting(Step::what)
        .containsExactly("Скрининг", "Центр занятости", "Документы", "Справка");
  }

  @Test
  void aReferralMatchesOneActionOnlyTheEarliestDue() {
    var idCard = action(Domain.LEGAL, "Удостоверение", CSC, DAY.plusDays(5));
    var registration = action(Domain.LEGAL, "Прописка", CSC, DAY.plusDays(25));
    var sent = referral(Domain.LEGAL, "RESTORE_DOCUMENTS", "ЦОН", CSC, DAY.plusDays(1));

    List<Step> steps = RouteSteps.of(List.of(registration, idCard), List.of(sent));

    assertThat(steps).extracting(Step::what, Step::detail, Step::dueOn).containsExactly(
        org.assertj.core.groups.Tuple.tuple("ЦОН", "Удостоверение", DAY.plusDays(1)),
        org.assertj.core.groups.Tuple.tuple("Прописка", "goal: Прописка", DAY.plusDays(25)));
  }

  @Test
  void stepsWithoutADateComeLastAndSameDayStepsFollowThePlansDomainOrder() {
    var noDate = action(Domain.LEGAL, "Без даты", CSC, null);
    var health = action(Domain.HEALTH, "Поликлиника", CLINIC, DAY);
    var housing = referral(Domain.HOUSING, "SAFE_PLACEMENT", "Кризисный центр", null, DAY);

    assertThat(RouteSteps.of(List.of(noDate, health), List.of(housing)))
        .extracting(Step::what).containsExactly("Кризисный центр", "Поликлиника", "Без даты");
  }

  @Test
  void nothingOpenIsNoStep() {
    assertThat(RouteSteps.of(List.of(), List.of())).isEmpty();
  }
}
