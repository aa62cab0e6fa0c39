package kz.jol.supervision.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A case's check-in schedule: every N weeks on a weekday, or on set days of each month, from a
 * start day. Its nominal dates fall where the pattern puts them; a date on a day off moves to
 * the next working day, and two dates that move onto the same day are one check-in.
 *
 * @param pattern how the dates repeat
 * @param intervalWeeks for {@link Pattern#WEEKLY}: every how many weeks (1–8)
 * @param weekday for {@link Pattern#WEEKLY}: the weekday
 * @param monthDays for {@link Pattern#MONTHLY}: the days of the month (1–31; a day the month
 *     lacks is its last day), at most four
 * @param startsOn the first day a check-in may fall on
 */
public record CheckInPlan(Pattern pattern, Integer intervalWeeks, DayOfWeek weekday,
    List<Integer> monthDays, LocalDate startsOn) {

  public static final int MAX_WEEKS = 8;
  public static final int MAX_MONTH_DAYS = 4;

  public CheckInPlan {
    monthDays = monthDays == null ? List.of() : List.copyOf(new TreeSet<>(monthDays));
  }

  /** How the dates repeat. */
  public enum Pattern { WEEKLY, MONTHLY }

  /**
   * A plan as entered, checked.
   *
   * @param registrationDate the case's day 0: the plan cannot start before it
   * @throws kz.jol.shared.InvalidInputException listing every problem
   */
  public static CheckInPlan of(String pattern, Integer intervalWeeks, String weekday,
      List<Integer> monthDays, LocalDate startsOn, LocalDate registrationDate) {
    Problems problems = new Problems();
    Pattern p = null;
    if (!problems.missing("pattern", pattern)) {
      try {
        p = Pattern.valueOf(pattern.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add("pattern", "supervision.not-a-choice", "is not one of the choices", pattern);
      }
    }
    if (!problems.missing("startsOn", startsOn) && startsOn.isBefore(registrationDate)) {
      problems.add("startsOn", "supervision.day-before-registration",
          "the case was registered on " + registrationDate, registrationDate);
    }
    DayOfWeek day = null;
    List<Integer> days = List.of();
    if (p == Pattern.WEEKLY) {
      if (!problems.missing("intervalWeeks", intervalWeeks)
          && (intervalWeeks < 1 || intervalWeeks > MAX_WEEKS)) {
        problems.add("intervalWeeks", "supervision.range", "from 1 to " + MAX_WEEKS, 1,
            MAX_WEEKS);
      }
      if (!problems.missing("weekday", weekday)) {
        try {
          day = DayOfWeek.valueOf(weekday.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          problems.add("weekday", "supervision.not-a-choice", "is not one of the choices",
              weekday);
        }
      }
    } else if (p == Pattern.MONTHLY && !problems.missing("monthDays", monthDays)) {
      days = monthDays.stream().distinct().sorted().toList();
      if (days.stream().anyMatch(d -> d == null || d < 1 || d > 31)) {
        problems.add("monthDays", "supervision.range", "from 1 to 31", 1, 31);
      } else if (days.size() > MAX_MONTH_DAYS) {
        problems.add("monthDays", "supervision.too-many-days", "at most " + MAX_MONTH_DAYS,
            MAX_MONTH_DAYS);
      }
    }
    problems.throwIfAny();
    return new CheckInPlan(p, p == Pattern.WEEKLY ? intervalWeeks : null, day, days, startsOn);
  }

  /** The nominal dates in [from, to], before any move off a day off. */
  public List<LocalDate> nominalDates(LocalDate from, LocalDate to) {
    LocalDate first = from.isBefore(startsOn) ? startsOn : from;
    List<LocalDate> dates = new ArrayList<>();
    if (first.isAfter(to)) {
      return dates;
    }
    switch (pattern) {
      case WEEKLY -> {
        LocalDate d = startsOn.with(TemporalAdjusters.nextOrSame(weekday));
        while (!d.isAfter(to)) {
          if (!d.isBefore(first)) {
            dates.add(d);
          }
          d = d.plusWeeks(intervalWeeks);
        }
      }
      case MONTHLY -> {
        for (YearMonth m = YearMonth.from(first); !m.atDay(1).isAfter(to); m = m.plusMonths(1)) {
          for (int day : monthDays) {
            LocalDate d = m.atDay(Math.min(day, m.lengthOfMonth()));
            if (!d.isBefore(first) && !d.isAfter(to) && !dates.contains(d)) {
              dates.add(d);
            }
          }
        }
      }
    }
    return dates;
  }

  /**
   * The check-in days in [from, to]: each nominal date moved to the next working day when it is
   * a day off, once each, in order. A moved date may land after {@code to}; it is kept, since its
   * nominal date is within the range.
   *
   * @param nextWorkingDay the day itself when it is a working day, else the next working day
   */
  public List<LocalDate> dueDates(LocalDate from, LocalDate to,
      UnaryOperator<LocalDate> nextWorkingDay) {
    return List.copyOf(new TreeSet<>(nominalDates(from, to).stream()
        .map(nextWorkingDay).toList()));
  }

  /** An expected check-in: due on a day, with its result once recorded or flagged. */
  public record Expected(UUID id, UUID caseId, LocalDate dueOn, State state, UUID eventId) {}

  /** Where an expected check-in stands. */
  public enum State {
    /** No result yet. */
    EXPECTED,
    ATTENDED,
    MISSED,
    EXCUSED,
    /** Its day ended with no result recorded: the sweep flagged it as missed. */
    FLAGGED_MISSED;

    /** Whether the check-in counts as missed: recorded so, or flagged by the sweep. */
    public boolean missed() {
      return this == MISSED || this == FLAGGED_MISSED;
    }
  }

  /** Whether an expected check-in is overdue on {@code today}: its day ended with no result. */
  public static boolean overdue(LocalDate dueOn, State state, LocalDate today) {
    return state == State.EXPECTED && dueOn.isBefore(today);
  }

  /**
   * Whether a case has had no contact for {@code days} days on {@code today}: the silence is
   * counted from the last contact, or from the registration day when there was none.
   */
  public static boolean silent(LocalDate lastContactOrRegistration, LocalDate today, int days) {
    return !lastContactOrRegistration.plusDays(days).isAfter(today);
  }
}
