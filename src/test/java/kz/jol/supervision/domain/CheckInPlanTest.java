package kz.jol.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import kz.jol.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The check-in schedule's dates, the move off days off, and the silence rule. */
class CheckInPlanTest {

  static final LocalDate REGISTERED = LocalDate.of(2026, 1, 1);

  /** Weekends and 1, 2 and 7 January are days off, as in Kazakhstan. */
  static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2027, 1, 1),
      LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 7));
  static final UnaryOperator<LocalDate> NEXT_WORKING = d -> {
    LocalDate day = d;
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
        || HOLIDAYS.contains(day)) {
      day = day.plusDays(1);
    }
    return day;
  };

  @Test
  void everyTwoWeeksOnATuesdayFromTheFirstTuesdayOnOrAfterTheStart() {
    var plan = CheckInPlan.of("WEEKLY", 2, "TUESDAY", null, LocalDate.of(2026, 11, 19),
        REGISTERED);
    assertThat(plan.nominalDates(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31)))
        .containsExactly(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 12, 8),
            LocalDate.of(2026, 12, 22));
  }

  @Test
  void theRangeCutsTheSeriesWithoutShiftingIt() {
    var plan = CheckInPlan.of("WEEKLY", 2, "TUESDAY", null, LocalDate.of(2026, 11, 24),
        REGISTERED);
    assertThat(plan.nominalDates(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)))
        .containsExactly(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 22));
  }

  @Test
  void twiceAMonthMovesADayOffToTheNextWorkingDay() {
    var plan = CheckInPlan.of("monthly", null, null, List.of(15, 1), LocalDate.of(2026, 12, 1),
        REGISTERED);
    // 15 Dec 2026 is a Tuesday; 1 Jan 2027 a holiday (Friday), 2 Jan a holiday Saturday, so
    // Monday 4 Jan; 15 Jan 2027 is a Friday.
    assertThat(plan.dueDates(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31), NEXT_WORKING))
        .containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15),
            LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 15));
  }

  @Test
  void aDayTheMonthLacksIsItsLastDayAndTwoDatesOnOneDayAreOneCheckIn() {
    var plan = CheckInPlan.of("MONTHLY", null, null, List.of(30, 31), LocalDate.of(2027, 2, 1),
        REGISTERED);
    assertThat(plan.nominalDates(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28)))
        .containsExactly(LocalDate.of(2027, 2, 28));
    // Saturday 27 and Sunday 28 March 2027 both move to Monday 29.
    var weekend = CheckInPlan.of("MONTHLY", null, null, List.of(27, 28),
        LocalDate.of(2027, 3, 1), REGISTERED);
    assertThat(weekend.dueDates(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31),
        NEXT_WORKING)).containsExactly(LocalDate.of(2027, 3, 29));
  }

  @ParameterizedTest(name = "{0} {1} {2} [{3}] from {4}: problem in {5}")
  @CsvSource(delimiter = ';', value = {
      "WEEKLY; 0; MONDAY; ; 2026-02-01; intervalWeeks",
      "WEEKLY; 9; MONDAY; ; 2026-02-01; intervalWeeks",
      "WEEKLY; 2; ; ; 2026-02-01; weekday",
      "WEEKLY; 2; FUNDAY; ; 2026-02-01; weekday",
      "MONTHLY; ; ; ; 2026-02-01; monthDays",
      "MONTHLY; ; ; 32; 2026-02-01; monthDays",
      "MONTHLY; ; ; 1,5,10,15,20; 2026-02-01; monthDays",
      "MONTHLY; ; ; 1; 2025-12-31; startsOn",
      "DAILY; ; ; ; 2026-02-01; pattern",
      "; ; ; ; 2026-02-01; pattern"})
  void aBadScheduleIsRefusedBesideItsField(String pattern, Integer weeks, String weekday,
      String days, LocalDate startsOn, String field) {
    List<Integer> monthDays = days == null ? null
        : java.util.Arrays.stream(days.split(",")).map(Integer::valueOf).toList();
    assertThatThrownBy(() -> CheckInPlan.of(pattern, weeks, weekday, monthDays, startsOn,
        REGISTERED))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems())
            .extracting(p -> p.field()).contains(field));
  }

  @ParameterizedTest(name = "last contact {0}, today {1}, {2} days: silent {3}")
  @CsvSource({
      "2026-10-01, 2026-10-31, 30, true",
      "2026-10-01, 2026-10-30, 30, false",
      "2026-10-01, 2026-11-15, 30, true",
      "2026-10-01, 2026-10-08, 7, true"})
  void silenceIsCountedFromTheLastContact(LocalDate last, LocalDate today, int days,
      boolean silent) {
    assertThat(CheckInPlan.silent(last, today, days)).isEqualTo(silent);
  }

  @Test
  void anExpectedCheckInIsOverdueOnlyAfterItsDayEndedWithNoResult() {
    LocalDate due = LocalDate.of(2026, 11, 20);
    assertThat(CheckInPlan.overdue(due, CheckInPlan.State.EXPECTED, due)).isFalse();
    assertThat(CheckInPlan.overdue(due, CheckInPlan.State.EXPECTED, due.plusDays(1))).isTrue();
    assertThat(CheckInPlan.overdue(due, CheckInPlan.State.ATTENDED, due.plusDays(1))).isFalse();
  }
}
