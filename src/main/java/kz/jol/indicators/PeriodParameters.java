package kz.jol.indicators;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import kz.jol.territory.Territories;

/**
 * The parameters every territory-and-period report of this module takes (control with the
 * police, intensity of interaction): days {@code from}–{@code to} as sent, and the territory.
 */
final class PeriodParameters {

  /** A period covers less than this many years (seed 000 compares over five). */
  static final int MAX_YEARS = 5;

  private PeriodParameters() {}

  /** The day sent in {@code field}, or null with its problem added. */
  static LocalDate date(String field, String value, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "field.required", "is required"));
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "field.type", "is not a valid date", value, "date"));
      return null;
    }
  }

  /**
   * Adds the problems of the period and the territory to those found so far and refuses them
   * all at once.
   *
   * @throws InvalidInputException when there is any problem
   */
  static void check(LocalDate from, LocalDate to, String territoryCode, Territories territories,
      List<FieldProblem> problems) {
    if (from != null && to != null) {
      if (from.isAfter(to)) {
        problems.add(new FieldProblem("to", "indicators.period-order",
            "the period ends before it begins"));
      } else if (!to.isBefore(from.plusYears(MAX_YEARS))) {
        problems.add(new FieldProblem("to", "indicators.period-years",
            "a period covers at most " + MAX_YEARS + " years", MAX_YEARS));
      }
    }
    if (territoryCode != null && territories.find(territoryCode).isEmpty()) {
      problems.add(new FieldProblem("territory", "indicators.territory-unknown",
          "there is no territory with this code"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
