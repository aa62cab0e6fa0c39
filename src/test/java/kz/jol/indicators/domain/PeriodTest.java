package kz.jol.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

  @ParameterizedTest(name = "{0} is {1} from {2} to {3}")
  @CsvSource({
      "2026,       YEAR,      2026-01-01, 2026-12-31",
      "2026-H1,    HALF_YEAR, 2026-01-01, 2026-06-30",
      "2026-H2,    HALF_YEAR, 2026-07-01, 2026-12-31",
      "2026-Q1,    QUARTER,   2026-01-01, 2026-03-31",
      "2026-Q3,    QUARTER,   2026-07-01, 2026-09-30",
      "2024-02,    MONTH,     2024-02-01, 2024-02-29",
      "2026-07,    MONTH,     2026-07-01, 2026-07-31",
      "' 2026-12 ', MONTH,    2026-12-01, 2026-12-31"})
  void aPeriodIsReadAndSpansItsDays(String text, PeriodType type, LocalDate first,
      LocalDate last) {
    Period p = Period.parse(text).orElseThrow();
    assertThat(p.type()).isEqualTo(type);
    assertThat(p.first()).isEqualTo(first);
    assertThat(p.last()).isEqualTo(last);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "26", "2026-13", "2026-00", "2026-Q5", "2026-Q0", "2026-H3",
      "2026-q1", "2026-7", "1999", "2101", "2026-Q1-01", "2026-01-15", "abcd"})
  void anythingElseIsNoPeriod(String text) {
    assertThat(Period.parse(text)).isEmpty();
  }

  @ParameterizedTest(name = "before {0} comes {1}")
  @CsvSource({"2026-01, 2025-12", "2026-07, 2026-06", "2026-Q1, 2025-Q4", "2026-Q3, 2026-Q2",
      "2026-H1, 2025-H2", "2026-H2, 2026-H1", "2026, 2025"})
  void thePreviousPeriodIsOfTheSameType(String period, String previous) {
    assertThat(Period.parse(period).orElseThrow().previous().toString()).isEqualTo(previous);
  }

  @Property(tries = 300)
  void aPeriodIsWrittenAsItIsRead(@ForAll("periods") Period p) {
    assertThat(Period.parse(p.toString())).contains(p);
  }

  @Property(tries = 300)
  void thePreviousPeriodEndsTheDayBeforeItBegins(@ForAll("periods") Period p) {
    org.junit.jupiter.api.Assumptions.assumeTrue(p.year() > Period.FIRST_YEAR);
    assertThat(p.previous().last().plusDays(1)).isEqualTo(p.first());
    assertThat(p.previous().type()).isEqualTo(p.type());
  }

  @Property(tries = 300)
  void everyDayLiesInExactlyThePeriodThatContainsIt(@ForAll("periods") Period p,
      @ForAll("offsets") int offset) {
    LocalDate day = p.first().plusDays(offset);
    Period containing = Period.containing(p.type(), day);
    assertThat(containing.contains(day)).isTrue();
    assertThat(containing.equals(p)).isEqualTo(p.contains(day));
  }

  @Provide
  Arbitrary<Period> periods() {
    return Combinators.combine(Arbitraries.of(PeriodType.values()),
            Arbitraries.integers().between(Period.FIRST_YEAR + 2, Period.LAST_YEAR - 2),
            Arbitraries.integers().between(1, 12))
        .as((type, year, i) -> new Period(type, year, (i - 1) % type.perYear() + 1));
  }

  @Provide
  Arbitrary<Integer> offsets() {
    return Arbitraries.integers().between(-400, 400);
  }
}
