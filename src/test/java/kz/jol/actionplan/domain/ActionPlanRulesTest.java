package kz.jol.actionplan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of deadlines, reporting half-years, timeliness and a measure's state. */
class ActionPlanRulesTest {

  @ParameterizedTest(name = "{0} {1}/{2}–{3} ends {4}")
  @CsvSource({
      "QUARTER, 2017, 1, 0, 2017-03-31",
      "QUARTER, 2016, 1, 0, 2016-03-31",
      "QUARTER, 2017, 2, 0, 2017-06-30",
      "QUARTER, 2017, 3, 0, 2017-09-30",
      "QUARTER, 2017, 4, 0, 2017-12-31",
      "HALF_YEAR, 2018, 1, 0, 2018-06-30",
      "HALF_YEAR, 2018, 2, 0, 2018-12-31",
      "YEAR, 2019, 0, 0, 2019-12-31",
      "SPAN, 2017, 0, 2019, 2019-12-31"})
  void aDeadlineAllowsUntilTheLastDayOfItsPeriod(Deadline.Kind kind, int year, int part,
      int to, LocalDate last) {
    Deadline deadline = new Deadline(kind, year, part, to);
    assertThat(deadline.lastDay()).isEqualTo(last);
    assertThat(deadline.passedOn(last)).isFalse();
    assertThat(deadline.passedOn(last.plusDays(1))).isTrue();
  }

  @Test
  void aDeadlineRefusesShapesItCannotHave() {
    assertThatThrownBy(() -> Deadline.quarter(2017, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Deadline.span(2019, 2017)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Deadline.quarter(2017, 2).russian()).isEqualTo("2 квартал 2017 года");
    assertThat(Deadline.quarter(2017, 2).kazakh()).isEqualTo("2017 жылғы 2-тоқсан");
    assertThat(Deadline.span(2017, 2019).russian()).isEqualTo("2017 – 2019 годы");
  }

  @ParameterizedTest(name = "{0}-H{1} is due {2}")
  @CsvSource({"2017, 1, 2017-07-10", "2017, 2, 2018-01-10", "2019, 2, 2020-01-10"})
  void aHalfYearsReportIsDueOnTheTenthOfTheFollowingMonth(int year, int half, LocalDate due) {
    assertThat(new HalfYear(year, half).dueDate()).isEqualTo(due);
  }

  @Test
  void aPlanFor2017To2019HasSixHalfYears() {
    assertThat(HalfYear.covering(LocalDate.of(2017, 1, 1), LocalDate.of(2019, 12, 31)))
        .extracting(HalfYear::key)
        .containsExactly("2017-H1", "2017-H2", "2018-H1", "2018-H2", "2019-H1", "2019-H2");
    assertThat(HalfYear.parse("2018-H2")).isEqualTo(new HalfYear(2018, 2));
    assertThat(HalfYear.parse("2018-H3")).isNull();
    assertThat(HalfYear.parse("later")).isNull();
  }

  @ParameterizedTest(name = "due {0}, filed {1}, today {2}: {3} {4}")
  @CsvSource({
      "2026-07-10, 2026-07-09, 2026-08-01, ON_TIME, 0",
      "2026-07-10, 2026-07-10, 2026-08-01, ON_TIME, 0",
      "2026-07-10, 2026-07-11, 2026-08-01, LATE, 1",
      "2026-07-10, 2026-07-24, 2026-08-01, LATE, 14",
      "2026-07-10, , 2026-07-10, NOT_YET_DUE, 0",
      "2026-07-10, , 2026-07-13, MISSING, 3"})
  void aReportIsOnTimeUntilTheEndOfItsDueDay(LocalDate due, LocalDate filed, LocalDate today,
      Timeliness.Status status, long days) {
    assertThat(Timeliness.of(due, filed, today)).isEqualTo(new Timeliness(status, days));
  }

  @ParameterizedTest(name = "lead says {0}, executors say {1}, {2}: {3}")
  @CsvSource({
      ",            ,                       2017-03-01, NOT_STARTED",
      ",            NOT_STARTED,            2017-03-01, NOT_STARTED",
      ",            IN_PROGRESS,            2017-03-01, IN_PROGRESS",
      "NOT_STARTED, DONE,                   2017-03-01, IN_PROGRESS",
      "IN_PROGRESS, ,                       2017-03-01, IN_PROGRESS",
      "IN_PROGRESS, ,                       2017-04-01, OVERDUE",
      ",            DONE,                   2017-04-01, OVERDUE",
      "DONE,        ,                       2017-04-01, DONE",
      "DONE,        ,                       2017-02-01, DONE"})
  void aMeasureIsDoneOnlyWhenItsLeadSaysSoAndOverdueAfterItsDeadline(ReportState lead,
      ReportState executors, LocalDate today, MeasureState expected) {
    List<ReportState> claims = executors == null ? List.of() : List.of(executors);
    assertThat(MeasureState.of(Deadline.quarter(2017, 1), lead, claims, today))
        .isEqualTo(expected);
  }

  @Test
  void aMeasureHasExactlyOneLead() {
    var form = new CompletionForm("приказ", "бұйрық");
    assertThatThrownBy(() -> new Measure(1, "т", "м", false, form,
        List.of(new Executor("MVD", ExecutorRole.CO_EXECUTOR, false)), Deadline.year(2017), "-"))
        .isInstanceOf(IllegalArgumentException.class);
    var m = new Measure(1, "т", "м", false, form, List.of(
        new Executor("MVD", ExecutorRole.LEAD, false),
        new Executor("NGO", ExecutorRole.CO_EXECUTOR, true)), Deadline.year(2017), "-");
    assertThat(m.lead().code()).isEqualTo("MVD");
    assertThat(m.executedBy("NGO")).isTrue();
  }
}
