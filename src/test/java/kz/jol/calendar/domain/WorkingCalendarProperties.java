package kz.jol.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the working-day arithmetic, on Kazakhstan's defaults and on random calendars
 * (random days off and random working weekends over 2030–2031), starting from dates early
 * enough that the arithmetic stays within the known years.
 */
class WorkingCalendarProperties {

  static final LocalDate FIRST = LocalDate.of(2030, 1, 1);

  @Provide
  Arbitrary<WorkingCalendar> calendars() {
    Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 729).map(FIRST::plusDays);
    Arbitrary<Set<LocalDate>> nonWorking = days.set().ofMaxSize(200);
    Arbitrary<Set<LocalDate>> extraWorking = days
        .filter(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY
            || d.getDayOfWeek() == DayOfWeek.SUNDAY)
        .set().ofMaxSize(40);
    Arbitrary<WorkingCalendar> random = Combinators.combine(nonWorking, extraWorking)
        .as((off, on) -> WorkingCalendar.of(2030, 2031, off,
            on.stream().filter(d -> !off.contains(d)).collect(Collectors.toSet()),
            WorkingHours.STANDARD));
    return Arbitraries.oneOf(random, Arbitraries.just(KazakhstanCalendarTest.KZ));
  }

  /** A date in the first year the calendar knows, so that 60 working days stay inside. */
  static LocalDate in(WorkingCalendar calendar, int dayOfYear) {
    return LocalDate.ofYearDay(calendar.firstYear(), dayOfYear);
  }

  @Property
  void addingWorkingDaysNeverLandsOnANonWorkingDay(@ForAll("calendars") WorkingCalendar calendar,
      @ForAll @IntRange(min = 1, max = 365) int day, @ForAll @IntRange(max = 60) int n) {
    LocalDate from = in(calendar, day);

    LocalDate result = calendar.addWorkingDays(from, n);

    assertThat(calendar.isWorkingDay(result)).isTrue();
    assertThat(result).isAfterOrEqualTo(from);
  }

  @Property
  void addingWorkingDaysIsAdditiveFromAWorkingDay(@ForAll("calendars") WorkingCalendar calendar,
      @ForAll @IntRange(min = 1, max = 365) int day, @ForAll @IntRange(max = 30) int a,
      @ForAll @IntRange(max = 30) int b) {
    LocalDate from = in(calendar, day);
    Assume.that(calendar.isWorkingDay(from));

    assertThat(calendar.addWorkingDays(from, a + b))
        .isEqualTo(calendar.addWorkingDays(calendar.addWorkingDays(from, a), b));
  }

  @Property
  void countingBetweenUndoesAdding(@ForAll("calendars") WorkingCalendar calendar,
      @ForAll @IntRange(min = 1, max = 365) int day, @ForAll @IntRange(min = 1, max = 60) int n) {
    LocalDate from = in(calendar, day);
    LocalDate to = calendar.addWorkingDays(from, n);

    assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(n);
    assertThat(calendar.workingDaysBetween(to, from)).isEqualTo(-n);
    // The day before the result is one working day short: the result is the earliest such day.
    assertThat(calendar.workingDaysBetween(from, to.minusDays(1))).isEqualTo(n - 1);
  }

  @Property
  void addingWorkingHoursIsAdditiveAndEndsInWorkingTime(
      @ForAll("calendars") WorkingCalendar calendar,
      @ForAll @IntRange(min = 1, max = 365) int day, @ForAll @IntRange(max = 23) int hour,
      @ForAll @IntRange(max = 59) int minute, @ForAll @IntRange(max = 100) int a,
      @ForAll @IntRange(min = 1, max = 100) int b) {
    LocalDateTime from = in(calendar, day).atTime(hour, minute);
    WorkingHours hours = calendar.hours();

    LocalDateTime result = calendar.addWorkingHours(from, a + b);

    assertThat(result).isEqualTo(calendar.addWorkingHours(calendar.addWorkingHours(from, a), b));
    assertThat(calendar.isWorkingDay(result.toLocalDate())).isTrue();
    var time = result.toLocalTime();
    boolean morning = time.isAfter(hours.start()) && !time.isAfter(hours.breakStart());
    boolean afternoon = time.isAfter(hours.breakEnd()) && !time.isAfter(hours.end());
    assertThat(morning || afternoon).as("%s ends within working time", result).isTrue();
  }
}
