package kz.jol.demo.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.jol.demo.domain.SurveyProfile.AgeBand;
import kz.jol.demo.domain.SurveyProfile.Education;
import kz.jol.demo.domain.SurveyProfile.Respondent;
import kz.jol.demo.domain.SurveyProfile.WorkBefore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SurveyProfileTest {

  final List<Respondent> population = SurveyProfile.draw(200, 2025L);

  @Test
  void twoHundredWomenHaveExactlyTheSurveyedAgeShares() {
    Map<AgeBand, Long> ages = count(Respondent::ageBand);
    assertThat(ages.get(AgeBand.AGE_31_40)).isEqualTo(88);
    assertThat(ages.get(AgeBand.AGE_21_30)).isEqualTo(56);
    assertThat(ages.get(AgeBand.AGE_41_50)).isEqualTo(40);
    assertThat(ages.get(AgeBand.OTHER_UNDER_21) + ages.get(AgeBand.OTHER_OVER_50)).isEqualTo(16);
  }

  @Test
  void seventyTwoPercentHaveChildrenUnder18() {
    assertThat(count(Respondent::hasChildrenUnder18).get(true)).isEqualTo(144);
  }

  @Test
  void educationAndWorkBeforeConvictionFollowTheSurvey() {
    assertThat(count(Respondent::education)).containsExactlyInAnyOrderEntriesOf(Map.of(
        Education.VOCATIONAL, 92L, Education.SECONDARY, 82L, Education.HIGHER, 26L));
    assertThat(count(Respondent::workBefore)).containsExactlyInAnyOrderEntriesOf(Map.of(
        WorkBefore.INFORMAL, 104L, WorkBefore.UNEMPLOYED, 66L, WorkBefore.EMPLOYED, 30L));
  }

  @Test
  void theSameSeedDrawsTheSamePopulationAndAnotherSeedADifferentOrder() {
    assertThat(SurveyProfile.draw(200, 2025L)).isEqualTo(population);
    assertThat(SurveyProfile.draw(200, 7L)).isNotEqualTo(population);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 7, 33, 199, 1000})
  void anySizeGetsExactlyThatManyPeopleWithSharesWithinOnePerson(int size) {
    List<Respondent> drawn = SurveyProfile.draw(size, 1L);
    assertThat(drawn).hasSize(size);
    long informal = drawn.stream().filter(r -> r.workBefore() == WorkBefore.INFORMAL).count();
    assertThat((double) informal).isCloseTo(size * 0.52, org.assertj.core.data.Offset.offset(1.0));
  }

  private <T> Map<T, Long> count(Function<Respondent, T> attribute) {
    return population.stream().collect(Collectors.groupingBy(attribute, Collectors.counting()));
  }
}
