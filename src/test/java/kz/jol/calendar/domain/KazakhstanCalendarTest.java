package kz.jol.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kz.jol.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kazakhstan's calendar rules, one row per rule, on the shipped defaults for 2024–2028. */
class KazakhstanCalendarTest {

  static final WorkingCalendar KZ = defaults();

  static WorkingCalendar defaults() {
    List<CalendarDay> days = new ArrayList<>();
    IntStream.rangeClosed(2024, 2028).forEach(y -> days.addAll(KazakhstanHolidays.defaults(y)));
    return KazakhstanHolidays.calendar(2024, 2028, days, WorkingHours.STANDARD);
  }

  @ParameterizedTest(name = "{0} is a working day: {1} — {2}")
  @CsvSource(delimiter = '|', textBlock = """
      2025-01-01 | false | New Year
      2025-01-02 | false | New Year, second day
      2025-01-03 | false | decreed transfer 2025: the day off from Sunday 5 January
      2025-01-05 | true  | decreed transfer 2025: Sunday 5 January is a working day
      2025-01-07 | false | Orthodox Christmas on a Tuesday
      2024-01-07 | false | Orthodox Christmas on a Sunday
      2024-01-08 | true  | Orthodox Christmas on a Sunday is not moved to Monday
      2025-03-08 | false | 8 March on a Saturday
      2025-03-10 | false | 8 March on a Saturday moves the day off to Monday
      2025-03-21 | false | Nauryz on Friday
      2025-03-24 | false | Nauryz 22 March, a Saturday, moved to Monday
      2025-03-25 | false | Nauryz 23 March, a Sunday, moved to Tuesday
      2025-03-26 | true  | the week after Nauryz resumes on Wednesday
      2026-03-23 | false | Nauryz on Monday
      2026-03-24 | false | Nauryz 21 March, a Saturday, moved past Monday's Nauryz to Tuesday
      2026-03-25 | false | Nauryz 22 March, a Sunday, moved to Wednesday
      2026-03-26 | true  | Thursday after Nauryz 2026
      2024-05-04 | true  | decreed transfer 2024: Saturday 4 May is a working day
      2024-05-08 | false | decreed transfer 2024: the day off on Wednesday 8 May
      2025-05-08 | true  | no transfer in 2025: 8 May between two holidays is worked
      2026-05-11 | false | Victory Day on a Saturday moves the day off to Monday
      2025-07-07 | false | Capital Day on a Sunday moves the day off to Monday
      2025-09-01 | false | Constitution Day on a Saturday moves the day off to Monday
      2025-10-27 | false | Republic Day on a Saturday moves the day off to Monday
      2028-12-16 | false | Independence Day on a Saturday
      2028-12-18 | false | Independence Day on a Saturday moves the day off to Monday
      2024-06-17 | false | Kurban Ait 2024 on a Monday, as announced in Kazakhstan
      2024-06-16 | false | an ordinary Sunday
      2025-06-06 | false | Kurban Ait 2025 on a Friday
      2026-05-27 | false | Kurban Ait 2026 on a Wednesday
      2027-05-16 | false | Kurban Ait 2027 on a Sunday
      2027-05-17 | true  | Kurban Ait 2027 on a Sunday is not moved to Monday
      2028-05-05 | false | Kurban Ait 2028 on a Friday
      2025-06-05 | true  | an ordinary Thursday
      2025-06-07 | false | an ordinary Saturday
      """)
  void rules(LocalDate date, boolean working, String rule) {
    assertThat(KZ.isWorkingDay(date)).as(rule).isEqualTo(working);
  }

  @ParameterizedTest(name = "{0} + {1} working days = {2}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      2025-06-02 | 3 | 2025-06-05 | a plain week: Monday + 3 is Thursday
      2025-06-04 | 3 | 2025-06-10 | Kurban Ait inside the 3-working-day window
      2025-06-06 | 3 | 2025-06-11 | registered on Kurban Ait itself
      2025-06-07 | 3 | 2025-06-11 | registered on a Saturday: Monday is the first working day
      2025-12-31 | 3 | 2026-01-08 | New Year and Orthodox Christmas inside the window
      2024-12-31 | 3 | 2025-01-08 | New Year 2025 with the working Sunday 5 January
      2026-03-20 | 1 | 2026-03-26 | Nauryz spanning the weekend: five days off in a row
      2026-03-20 | 3 | 2026-03-30 | Nauryz spanning the weekend, 3 working days
      2028-12-15 | 1 | 2028-12-19 | 16 December on a Saturday: Monday off too
      2024-01-05 | 1 | 2024-01-08 | 7 January on a Sunday: Monday is worked
      2027-05-14 | 1 | 2027-05-17 | Kurban Ait on a Sunday: Monday is worked
      2025-06-06 | 0 | 2025-06-09 | adding 0 to a day off gives the next working day
      2025-06-05 | 0 | 2025-06-05 | adding 0 to a working day gives that day
      """)
  void addingWorkingDays(LocalDate from, int n, LocalDate expected, String rule) {
    assertThat(KZ.addWorkingDays(from, n)).as(rule).isEqualTo(expected);
    if (n > 0 || KZ.isWorkingDay(from)) {
      assertThat(KZ.workingDaysBetween(from, expected)).as(rule).isEqualTo(n);
    }
  }

  @ParameterizedTest(name = "{0} + {1} h = {2}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      2025-06-02T09:00 | 0  | 2025-06-02T09:00 | the start of the day
      2025-06-02T10:30 | 2  | 2025-06-02T12:30 | within the morning
      2025-06-02T11:00 | 2  | 2025-06-02T13:00 | ends exactly at lunch: the deadline is 13:00
      2025-06-02T12:00 | 2  | 2025-06-02T15:00 | crosses lunch
      2025-06-02T13:30 | 1  | 2025-06-02T15:00 | starts during lunch: counts from 14:00
      2025-06-02T07:00 | 8  | 2025-06-02T18:00 | before the day starts: a full day
      2025-06-02T17:00 | 2  | 2025-06-03T10:00 | crosses the night
      2025-06-02T19:00 | 1  | 2025-06-03T10:00 | after hours: counts from the next morning
      2025-06-05T17:00 | 2  | 2025-06-09T10:00 | crosses Kurban Ait and the weekend
      2025-06-02T09:00 | 40 | 2025-06-09T18:00 | a working week (Kurban Ait makes it a day longer)
      """)
  void addingWorkingHours(LocalDateTime from, int hours, LocalDateTime expected, String rule) {
    assertThat(KZ.addWorkingHours(from, hours)).as(rule).isEqualTo(expected);
  }

  @Test
  void workingHoursAreConfigurable() {
    WorkingHours shortDay = new WorkingHours(LocalTime.of(8, 0), LocalTime.of(12, 0),
        LocalTime.of(12, 0), LocalTime.of(16, 0));
    WorkingCalendar calendar = KZ.withHours(shortDay);

    assertThat(calendar.addWorkingHours(LocalDateTime.parse("2025-06-02T11:00"), 2))
        .isEqualTo(LocalDateTime.parse("2025-06-02T13:00"));
    assertThat(calendar.addWorkingHours(LocalDateTime.parse("2025-06-02T15:00"), 2))
        .isEqualTo(LocalDateTime.parse("2025-06-03T09:00"));
    assertThatThrownBy(() -> new WorkingHours(LocalTime.of(9, 0), LocalTime.of(14, 0),
        LocalTime.of(13, 0), LocalTime.of(18, 0))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void datesOutsideTheKnownYearsFailClearly() {
    assertThatThrownBy(() -> KZ.isWorkingDay(LocalDate.of(2029, 1, 3)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("2024 to 2028").hasMessageContaining("2029-01-03");
    assertThatThrownBy(() -> KZ.addWorkingDays(LocalDate.of(2028, 12, 28), 3))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("2029-01-0");
    assertThatThrownBy(() -> KZ.workingDaysBetween(LocalDate.of(2023, 12, 29),
        LocalDate.of(2024, 1, 3))).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> KZ.addWorkingDays(LocalDate.of(2025, 1, 6), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyYearHasOneEntryPerDateAndEveryMovedDayOffIsAWeekday() {
    for (int year = 2024; year <= 2028; year++) {
      List<CalendarDay> days = KazakhstanHolidays.defaults(year);
      Set<LocalDate> dates = new HashSet<>();
      for (CalendarDay day : days) {
        assertThat(dates.add(day.date())).as("%s appears once", day.date()).isTrue();
        assertThat(day.date().getYear()).isEqualTo(year);
        switch (day.kind()) {
          case DAY_OFF -> assertThat(KazakhstanHolidays.isWeekend(day.date())).isFalse();
          case WORKING_DAY -> assertThat(KazakhstanHolidays.isWeekend(day.date())).isTrue();
          case HOLIDAY -> { }
        }
      }
      // 13 fixed holidays, 2 days of New Year and Kurban Ait: 15 holidays a year.
      assertThat(days.stream().filter(d -> d.kind() == DayKind.HOLIDAY)).hasSize(15);
    }
  }

  @Test
  void theFixedHolidaysAreTheYearsHolidaysOtherThanKurbanAit() {
    LocalDate kurbanAit = LocalDate.of(2029, 4, 24);
    Map<LocalDate, String> fixed = KazakhstanHolidays.fixedHolidays(2029);
    assertThat(KazakhstanHolidays.year(2029, kurbanAit, List.of()).stream()
        .filter(d -> d.kind() == DayKind.HOLIDAY && !d.date().equals(kurbanAit))
        .collect(Collectors.toMap(CalendarDay::date, CalendarDay::reason))).isEqualTo(fixed);
    assertThat(fixed).hasSize(14).containsEntry(LocalDate.of(2029, 3, 21), "Nauryz");
  }
}
