package kz.jol.routing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import kz.jol.calendar.WorkingDays;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;

/**
 * A deadline of the routing matrix: an amount and how it counts. The due moment is computed
 * from the moment of the referral, the case's registration day and the working-day calendar.
 */
public record Deadline(int amount, DeadlineUnit unit) {

  /** Working days end at 18:00 local time (the working-hours default). */
  public static final LocalTime END_OF_WORKING_DAY = LocalTime.of(18, 0);

  /** The longest deadline the matrix takes, in any unit: a year of days, a month of hours. */
  public static final int MAX_DAYS = 366;
  public static final int MAX_HOURS = 24 * 31;

  public Deadline {
    List<FieldProblem> problems = problems("amount", "unit", amount, unit);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** The problems of an amount and a unit, reported under the fields named. */
  public static List<FieldProblem> problems(String amountField, String unitField,
      Integer amount, DeadlineUnit unit) {
    List<FieldProblem> problems = new ArrayList<>();
    if (unit == null) {
      problems.add(new FieldProblem(unitField, "field.required", "is required"));
    }
    if (amount == null) {
      problems.add(new FieldProblem(amountField, "field.required", "is required"));
    } else {
      int max = unit == DeadlineUnit.HOURS || unit == DeadlineUnit.WORKING_HOURS
          ? MAX_HOURS : MAX_DAYS;
      if (amount < 1 || amount > max) {
        problems.add(new FieldProblem(amountField, "routing.deadline-range",
            "from 1 to " + max, 1, max));
      }
    }
    return problems;
  }

  /** The moment the deadline falls due for a referral made at {@code from}. */
  public Instant dueAt(Instant from, LocalDate registeredOn, WorkingDays calendar, ZoneId zone) {
    return switch (unit) {
      case HOURS -> from.plusSeconds(3600L * amount);
      case WORKING_HOURS -> calendar.addWorkingHours(from, amount);
      case WORKING_DAYS -> endOf(calendar.addWorkingDays(from.atZone(zone).toLocalDate(), amount),
          zone);
      case DAYS_AFTER_REGISTRATION -> {
        Instant byRegistration = endOf(registeredOn.plusDays(amount), zone);
        Instant earliest = endOf(calendar.addWorkingDays(from.atZone(zone).toLocalDate(), 1),
            zone);
        yield byRegistration.isBefore(earliest) ? earliest : byRegistration;
      }
    };
  }

  private static Instant endOf(LocalDate day, ZoneId zone) {
    return ZonedDateTime.of(day, END_OF_WORKING_DAY, zone).toInstant();
  }
}
