package kz.jol.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class MedianTest {

  @Test
  void anOddCountHasItsMiddleValue() {
    assertThat(Median.of(List.of(9, 1, 5)).getAsDouble()).isEqualTo(5.0);
  }

  @Test
  void anEvenCountHasTheMeanOfItsTwoMiddleValues() {
    assertThat(Median.of(List.of(10, 2, 3, 8)).getAsDouble()).isEqualTo(5.5);
  }

  @Test
  void nothingHasNoMedian() {
    assertThat(Median.of(List.of())).isEmpty();
  }

  @Property(tries = 300)
  void theMedianLiesBetweenTheSmallestAndTheLargest(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 400) Integer> days) {
    double m = Median.of(days).getAsDouble();
    assertThat(m).isBetween((double) Collections.min(days), (double) Collections.max(days));
  }

  @Property(tries = 300)
  void asManyValuesLieAtOrAboveItAsAtOrBelow(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 400) Integer> days) {
    double m = Median.of(days).getAsDouble();
    long below = days.stream().filter(d -> d <= m).count();
    long above = days.stream().filter(d -> d >= m).count();
    assertThat(below).isGreaterThanOrEqualTo((days.size() + 1) / 2);
    assertThat(above).isGreaterThanOrEqualTo((days.size() + 1) / 2);
  }

  @Property(tries = 200)
  void theOrderDoesNotMatter(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 400) Integer> days) {
    List<Integer> shuffled = new ArrayList<>(days);
    Collections.shuffle(shuffled);
    assertThat(Median.of(shuffled)).isEqualTo(Median.of(days));
  }
}
